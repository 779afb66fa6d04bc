package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A person and their home network (the network whose roster created them); {@code userId} is also
 * their Camunda user id. The person may belong to further networks ({@link NetworkMembership}): ask
 * {@link NetworkDirectory} for "their role and establishment in network N".
 */
@Entity
@Table(
    name = "member",
    indexes = {
      @Index(name = "idx_member_network_role", columnList = "networkId, role"),
      @Index(name = "idx_member_establishment", columnList = "establishmentCode")
    })
public class Member {

  @Id private String userId;

  @Column(nullable = false)
  private String firstName;

  @Column(nullable = false)
  private String lastName;

  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  private String establishmentCode;

  @Column(nullable = false)
  private String networkId;

  /**
   * The degree an inspector works in (issue 19: IA-IPR and IEN ET {@code SECONDAIRE}, IEN premier
   * degré {@code PRIMAIRE}), which decides their seat in a zone's trio; null when unknown. The
   * person's, like their name: it holds in every network they belong to.
   */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private SchoolDegree degree;

  protected Member() {}

  public Member(
      String userId,
      String firstName,
      String lastName,
      String email,
      MemberRole role,
      String establishmentCode,
      String networkId) {
    this.userId = userId;
    update(firstName, lastName, email, role, establishmentCode, networkId);
  }

  public void update(
      String firstName,
      String lastName,
      String email,
      MemberRole role,
      String establishmentCode,
      String networkId) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.role = role;
    this.establishmentCode = establishmentCode;
    this.networkId = networkId;
  }

  public String getUserId() {
    return userId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public MemberRole getRole() {
    return role;
  }

  public String getEstablishmentCode() {
    return establishmentCode;
  }

  public String getNetworkId() {
    return networkId;
  }

  public SchoolDegree getDegree() {
    return degree;
  }

  /** Sets the inspector's degree (null: unknown); see {@link #getDegree()}. */
  public void setDegree(SchoolDegree degree) {
    this.degree = degree;
  }

  /**
   * This person as a member of another network: the same person with that network's role and
   * establishment. A view for reading, not an entity to save.
   */
  Member asMemberOf(NetworkMembership membership) {
    Member view =
        new Member(
            userId,
            firstName,
            lastName,
            email,
            membership.getRole(),
            membership.getEstablishmentCode(),
            membership.getNetworkId());
    view.degree = degree;
    return view;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
