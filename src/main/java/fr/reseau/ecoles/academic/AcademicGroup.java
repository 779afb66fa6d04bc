package fr.reseau.ecoles.academic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * An academic working group (seed 004, « groupe de travail académique »): several teachers of an
 * académie, one of them the référent teacher, working on a theme or project under the
 * responsibility of an IA-IPR. In the engine it is a Camunda tenant and a Camunda group of the same
 * id prefixed {@value #ENGINE_PREFIX} ({@code AcademicAccounts}).
 */
@Entity
@Table(name = "academic_group")
public class AcademicGroup {

  /** Prefix of the group's Camunda tenant and group ids (never a network id: see ReservedIds). */
  public static final String ENGINE_PREFIX = "acad-";

  @Id
  @Column(length = 60)
  private String id;

  @Version private long version;

  /** The académie, as named on its site (« Aix-Marseille »). */
  @Column(nullable = false, length = 100)
  private String academie;

  /** The project's name (« Scénarios numériques en sciences au collège »). */
  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 1000)
  private String theme;

  @Column(nullable = false, length = 100)
  private String referentUserId;

  /** The IA-IPR responsible for the group; validates its productions. */
  @Column(nullable = false, length = 100)
  private String inspectorUserId;

  /** The teachers of the group, the référent included (user ids). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "academic_group_member", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "user_id", length = 100)
  private Set<String> members = new TreeSet<>();

  @Column(nullable = false)
  private Instant createdAt;

  protected AcademicGroup() {}

  public AcademicGroup(String id, Instant now) {
    this.id = id;
    this.createdAt = now;
  }

  public void define(
      String academie,
      String name,
      String theme,
      String referentUserId,
      String inspectorUserId,
      Collection<String> members) {
    this.academie = academie;
    this.name = name;
    this.theme = theme;
    this.referentUserId = referentUserId;
    this.inspectorUserId = inspectorUserId;
    this.members.clear();
    this.members.addAll(members);
    this.members.add(referentUserId);
  }

  /** The Camunda tenant and group of this academic group. */
  public String engineId() {
    return ENGINE_PREFIX + id;
  }

  public boolean hasMember(String userId) {
    return members.contains(userId);
  }

  /** Whether the person belongs to the group in any way: teacher, référent or IA-IPR. */
  public boolean involves(String userId) {
    return hasMember(userId) || inspectorUserId.equals(userId);
  }

  public String getId() {
    return id;
  }

  public String getAcademie() {
    return academie;
  }

  public String getName() {
    return name;
  }

  public String getTheme() {
    return theme;
  }

  public String getReferentUserId() {
    return referentUserId;
  }

  public String getInspectorUserId() {
    return inspectorUserId;
  }

  /** The teachers (référent included), sorted by user id. */
  public Set<String> getMembers() {
    return Set.copyOf(members);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
