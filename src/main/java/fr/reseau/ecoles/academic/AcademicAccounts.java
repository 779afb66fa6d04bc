package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.access.AccessPolicy;
import fr.reseau.ecoles.access.SystemAccess;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Keeps Camunda's identity in line with the academic groups (docs/access.md, « Academic working
 * groups »): each group is a tenant and a Camunda group of the same id ({@code acad-<id>}), the
 * group being a member of the tenant, so its people reach the tenant through the group and keep
 * their own network tenant untouched (a person has one account). Three global groups carry the
 * grants: {@value #MEMBERS} (the teachers, référents included), {@value #INSPECTORS} (the IA-IPR)
 * and {@value #NATIONAL} (the national group: référents and named representatives, a member of
 * every academic tenant). Every method only writes what differs.
 */
@Service
public class AcademicAccounts {

  public static final String MEMBERS = AccessPolicy.ACADEMIC_MEMBERS;
  public static final String INSPECTORS = AccessPolicy.ACADEMIC_INSPECTORS;
  public static final String NATIONAL = AccessPolicy.ACADEMIC_NATIONAL;

  private static final Map<String, String> GLOBAL_GROUPS =
      Map.of(
          MEMBERS, "Groupes académiques : enseignants",
          INSPECTORS, "Groupes académiques : IA-IPR responsables",
          NATIONAL, "Groupe de travail national");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final SystemAccess system;

  public AcademicAccounts(
      IdentityService identity, AuthorizationService authorizations, SystemAccess system) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.system = system;
  }

  /** A person as an administrator names them; names are used only for a new account. */
  public record Person(String userId, String firstName, String lastName, String email) {}

  /** Whether a Camunda account exists for this user id. */
  public boolean exists(String userId) {
    return system.call(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  /**
   * The account exists: created with the given names (no password: an administrator or the
   * installation's SSO gives one) when new; an existing account (a network member) is left as it
   * is.
   */
  public void ensurePerson(Person person, String initialPassword) {
    system.run(
        () -> {
          if (identity.createUserQuery().userId(person.userId()).count() > 0) {
            return;
          }
          User user = identity.newUser(person.userId());
          user.setFirstName(person.firstName());
          user.setLastName(person.lastName());
          user.setEmail(person.email());
          user.setPassword(initialPassword);
          identity.saveUser(user);
          readOnlySelf(person.userId());
        });
  }

  /** The group's tenant, Camunda group and memberships match it. */
  public void ensureGroup(AcademicGroup group, Collection<String> formerPeople) {
    system.run(
        () -> {
          ensureGlobalGroups();
          String id = group.engineId();
          String label = group.getAcademie() + " — " + group.getName();
          Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
          if (tenant == null || !Objects.equals(tenant.getName(), label)) {
            tenant = tenant == null ? identity.newTenant(id) : tenant;
            tenant.setName(label);
            identity.saveTenant(tenant);
          }
          Group camundaGroup = identity.createGroupQuery().groupId(id).singleResult();
          if (camundaGroup == null || !Objects.equals(camundaGroup.getName(), label)) {
            camundaGroup = camundaGroup == null ? identity.newGroup(id) : camundaGroup;
            camundaGroup.setName(label);
            camundaGroup.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(camundaGroup);
          }
          tenantGroup(id, id);
          tenantGroup(id, NATIONAL);
          Set<String> people = new java.util.TreeSet<>(group.getMembers());
          people.add(group.getInspectorUserId());
          for (String userId : people) {
            membership(userId, id, true);
          }
          for (String userId : formerPeople) {
            if (!people.contains(userId)) {
              membership(userId, id, false);
            }
          }
        });
  }

  /**
   * The person's global groups follow what they are in every academic group: teacher, IA-IPR,
   * référent or named representative (national group).
   */
  public void ensureGlobalMemberships(
      String userId, boolean member, boolean inspector, boolean national) {
    system.run(
        () -> {
          ensureGlobalGroups();
          membership(userId, MEMBERS, member);
          membership(userId, INSPECTORS, inspector);
          membership(userId, NATIONAL, national);
        });
  }

  /** Full names by user id (the user id itself for an unknown account). */
  public Map<String, String> names(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return system.call(
        () -> {
          Map<String, User> users =
              identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                  .collect(Collectors.toMap(User::getId, Function.identity()));
          Map<String, String> names = new LinkedHashMap<>();
          for (String userId : userIds) {
            User user = users.get(userId);
            names.put(
                userId,
                user == null
                    ? userId
                    : (Objects.toString(user.getFirstName(), "")
                            + " "
                            + Objects.toString(user.getLastName(), ""))
                        .strip());
          }
          return names;
        });
  }

  public String name(String userId) {
    return names(List.of(userId)).get(userId);
  }

  private void ensureGlobalGroups() {
    GLOBAL_GROUPS.forEach(
        (id, name) -> {
          if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
          }
        });
  }

  private void tenantGroup(String tenantId, String groupId) {
    if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
  }

  private void membership(String userId, String groupId, boolean wanted) {
    boolean is = identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (wanted && !is) {
      identity.createMembership(userId, groupId);
    } else if (!wanted && is) {
      identity.deleteMembership(userId, groupId);
    }
  }

  /** As for network members: a person reads their own account, the directory changes it. */
  private void readOnlySelf(String userId) {
    Authorization own =
        authorizations
            .createAuthorizationQuery()
            .userIdIn(userId)
            .resourceType(Resources.USER)
            .resourceId(userId)
            .singleResult();
    if (own != null
        && (own.isPermissionGranted(Permissions.UPDATE)
            || own.isPermissionGranted(Permissions.DELETE))) {
      own.removePermission(Permissions.ALL);
      own.addPermission(Permissions.READ);
      authorizations.saveAuthorization(own);
    }
  }
}
