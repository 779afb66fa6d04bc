package fr.reseau.ecoles.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An operational zone of a network (issue 19: « Aix », « Pertuis », « Gardanne »), steered in the
 * field by a trio. An establishment belongs to at most one zone of its network.
 */
@Entity
@Table(
    name = "network_zone",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_network_zone_code",
            columnNames = {"networkId", "code"}))
public class NetworkZone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  /** Stable identifier inside the network, as written in the roster's {@code zone} column. */
  @Column(nullable = false, length = 50)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  protected NetworkZone() {}

  public NetworkZone(String networkId, String code, String name) {
    this.networkId = networkId;
    this.code = code;
    this.name = name;
  }

  public void rename(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
