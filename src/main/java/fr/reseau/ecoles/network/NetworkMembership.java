package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A person's membership of a network other than their home one ({@link Member#getNetworkId()}): for
 * example a documentaliste sharing an establishment of each of two networks, or an inspector
 * working in several networks. Their role is the home role (one Camunda role group per person,
 * docs/access.md); the establishment is the one they work in for this network. Read through {@link
 * NetworkDirectory}, never on its own.
 */
@Entity
@Table(
    name = "network_membership",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_network_membership",
            columnNames = {"userId", "networkId"}),
    indexes = @Index(name = "idx_network_membership_network", columnList = "networkId, role"))
public class NetworkMembership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String userId;

  @Column(nullable = false)
  private String networkId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private MemberRole role;

  private String establishmentCode;

  protected NetworkMembership() {}

  public NetworkMembership(
      String userId, String networkId, MemberRole role, String establishmentCode) {
    this.userId = userId;
    this.networkId = networkId;
    update(role, establishmentCode);
  }

  public void update(MemberRole role, String establishmentCode) {
    this.role = role;
    this.establishmentCode = establishmentCode;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public MemberRole getRole() {
    return role;
  }

  public String getEstablishmentCode() {
    return establishmentCode;
  }
}
