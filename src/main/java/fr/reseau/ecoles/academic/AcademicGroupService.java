package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.academic.AcademicAccounts.Person;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.deployment.ProcessResourceDeployer;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ReservedIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The academic groups and the national group: who is in them, and the engine following (tenant,
 * groups, deployment of {@code production-publication}). Refusals name the field (400).
 */
@Service
public class AcademicGroupService {

  static final Pattern GROUP_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");
  static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

  private final AcademicGroupRepository groups;
  private final NationalRepresentativeRepository representatives;
  private final AcademicAccounts accounts;
  private final ProcessResourceDeployer deployer;
  private final SystemAccess system;

  public AcademicGroupService(
      AcademicGroupRepository groups,
      NationalRepresentativeRepository representatives,
      AcademicAccounts accounts,
      ProcessResourceDeployer deployer,
      SystemAccess system) {
    this.groups = groups;
    this.representatives = representatives;
    this.accounts = accounts;
    this.deployer = deployer;
    this.system = system;
  }

  /** What an administrator sends to create or change a group. */
  public record GroupDefinition(
      String academie,
      String name,
      String theme,
      Person inspector,
      String referent,
      List<Person> members) {}

  public Optional<AcademicGroup> find(String groupId) {
    return groups.findById(groupId);
  }

  public AcademicGroup require(String groupId) {
    return groups
        .findById(groupId)
        .orElseThrow(() -> new IllegalStateException("Unknown academic group " + groupId));
  }

  /** The group of an academic tenant ({@code acad-<id>}), if it is one. */
  public Optional<AcademicGroup> ofTenant(String tenantId) {
    return tenantId != null && tenantId.startsWith(AcademicGroup.ENGINE_PREFIX)
        ? groups.findById(tenantId.substring(AcademicGroup.ENGINE_PREFIX.length()))
        : Optional.empty();
  }

  public List<AcademicGroup> all() {
    return groups.findAllByOrderByAcademieAscIdAsc();
  }

  public List<AcademicGroup> involving(String userId) {
    return groups.involving(userId);
  }

  /** The référents and the named representatives. */
  public boolean isNationalMember(String userId) {
    return groups.existsByReferentUserId(userId) || representatives.existsById(userId);
  }

  public List<NationalRepresentative> representatives() {
    return representatives.findAllByOrderByUserId();
  }

  /**
   * Creates or replaces the group (idempotent); new people get an account without password, people
   * who already have one (network members) keep it.
   */
  @Transactional
  public AcademicGroup define(String groupId, GroupDefinition definition, String password) {
    if (groupId == null || !GROUP_ID.matcher(groupId).matches()) {
      throw new InvalidInputException(
          "groupId", "identifiant en minuscules, chiffres et tirets (50 caractères au plus).");
    }
    String academie = required("academie", definition.academie(), 100);
    String name = required("name", definition.name(), 200);
    String theme = optional("theme", definition.theme(), 1000);
    if (definition.inspector() == null) {
      throw new InvalidInputException("inspector", "l'IA-IPR responsable est obligatoire.");
    }
    checkPerson("inspector", definition.inspector());
    List<Person> people = definition.members() == null ? List.of() : definition.members();
    if (people.isEmpty()) {
      throw new InvalidInputException("members", "au moins un enseignant (le référent).");
    }
    Set<String> memberIds = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      if (person == null) {
        throw new InvalidInputException("members[" + i + "]", "personne attendue.");
      }
      checkPerson("members[" + i + "]", person);
      memberIds.add(person.userId());
    }
    if (definition.referent() == null || !memberIds.contains(definition.referent())) {
      throw new InvalidInputException(
          "referent", "le professeur référent doit être l'un des membres du groupe.");
    }
    if (memberIds.contains(definition.inspector().userId())) {
      throw new InvalidInputException(
          "inspector", "l'IA-IPR responsable n'est pas membre enseignant du groupe.");
    }
    accounts.ensurePerson(definition.inspector(), password);
    people.forEach(p -> accounts.ensurePerson(p, password));

    AcademicGroup group =
        groups.findById(groupId).orElseGet(() -> new AcademicGroup(groupId, EngineClock.now()));
    boolean created = group.getAcademie() == null;
    Set<String> former = new HashSet<>();
    if (!created) {
      former.addAll(group.getMembers());
      former.add(group.getInspectorUserId());
    }
    group.define(
        academie, name, theme, definition.referent(), definition.inspector().userId(), memberIds);
    group = groups.saveAndFlush(group);
    accounts.ensureGroup(group, former);
    Set<String> touched = new HashSet<>(former);
    touched.addAll(group.getMembers());
    touched.add(group.getInspectorUserId());
    touched.forEach(this::refreshGlobalMemberships);
    system.run(() -> deployer.deployAcademic(tenantOf(groupId)));
    return group;
  }

  /** Names (or renames) a representative of the national group. */
  @Transactional
  public NationalRepresentative nameRepresentative(Person person, String title, String password) {
    checkPerson("userId", person);
    String checkedTitle = required("title", title, 200);
    accounts.ensurePerson(person, password);
    NationalRepresentative representative =
        representatives
            .findById(person.userId())
            .orElseGet(() -> new NationalRepresentative(person.userId(), checkedTitle));
    representative.retitle(checkedTitle);
    representative = representatives.saveAndFlush(representative);
    refreshGlobalMemberships(person.userId());
    return representative;
  }

  /** The names of a group's people, by user id: the référent first, then the teachers. */
  public Map<String, String> memberNames(AcademicGroup group) {
    List<String> ids = new ArrayList<>();
    ids.add(group.getReferentUserId());
    group.getMembers().stream().filter(m -> !m.equals(group.getReferentUserId())).forEach(ids::add);
    return new LinkedHashMap<>(accounts.names(ids));
  }

  public static String tenantOf(String groupId) {
    return AcademicGroup.ENGINE_PREFIX + groupId;
  }

  private void refreshGlobalMemberships(String userId) {
    List<AcademicGroup> theirs = groups.involving(userId);
    boolean member = theirs.stream().anyMatch(g -> g.hasMember(userId));
    boolean inspector = theirs.stream().anyMatch(g -> g.getInspectorUserId().equals(userId));
    boolean national =
        theirs.stream().anyMatch(g -> g.getReferentUserId().equals(userId))
            || representatives.existsById(userId);
    accounts.ensureGlobalMemberships(userId, member, inspector, national);
  }

  private void checkPerson(String field, Person person) {
    if (person.userId() == null || !USER_ID.matcher(person.userId()).matches()) {
      throw new InvalidInputException(
          field + ".userId", "identifiant de compte invalide (lettres, chiffres, . _ @ -).");
    }
    if (ReservedIds.isReservedUserId(person.userId())) {
      throw new InvalidInputException(field + ".userId", "identifiant réservé.");
    }
    if (!accounts.exists(person.userId())) {
      required(field + ".lastName", person.lastName(), 100);
      optional(field + ".firstName", person.firstName(), 100);
      String email = optional(field + ".email", person.email(), 200);
      if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new InvalidInputException(field + ".email", "adresse électronique invalide.");
      }
    }
  }

  static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidInputException(field, "ce champ est obligatoire.");
    }
    return text;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, "le texte dépasse " + max + " caractères.");
    }
    return text;
  }
}
