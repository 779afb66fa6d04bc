package fr.reseau.ecoles.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Role groups of one network, for a person whose role differs between their networks (issue 19,
 * docs/access.md "A role in each network"). Camunda's groups are global and its authorizations name
 * a definition key, not a tenant: a person in {@code coordinators} has the coordinators' rights in
 * every tenant they belong to. So such a person is in {@code <role group>@<networkId>} instead
 * (e.g. {@code coordinators@sainte-victoire}), whose grants are split in two:
 *
 * <ul>
 *   <li>what does not read a network's work (applications, filters, READ and CREATE_INSTANCE on
 *       definitions, CREATE on instances) is granted to the group like the global one ({@link
 *       #scopedGrants}); a start is then checked against the role of the started instance's network
 *       ({@link NetworkRoleAuthorizations});
 *   <li>what reads instances and tasks (READ_INSTANCE, READ_TASK, READ_TASK_VARIABLE) is granted on
 *       each instance and task of that network only, and candidate group {@code <role group>} of a
 *       task of that network gets {@code <role group>@<networkId>} beside it ({@link
 *       NetworkRoleAuthorizations}).
 * </ul>
 *
 * People with one role everywhere stay in the global group, as before.
 */
public final class NetworkRoleGroups {

  /** Camunda's group ids are at most 64 characters (ACT_ID_GROUP.ID_). */
  static final int MAX_GROUP_ID = 64;

  /** By name: the grants mix {@code Permissions.READ} and the definitions' own permissions. */
  private static final Set<String> NOT_READING_WORK = Set.of("READ", "CREATE_INSTANCE");

  private NetworkRoleGroups() {}

  /** The group of that role in that network. */
  public static String scoped(MemberRole role, String networkId) {
    String id = role.groupId() + "@" + networkId;
    if (id.length() <= MAX_GROUP_ID) {
      return id;
    }
    // A very long network id: shortened, and told apart by a hash of the whole id.
    String hash = sha256(networkId).substring(0, 8);
    return id.substring(0, MAX_GROUP_ID - 10) + "-h" + hash;
  }

  /** The role whose network group this id is ({@code <role group>@…}), if it is one. */
  public static Optional<MemberRole> scopedRole(String groupId) {
    if (groupId == null) {
      return Optional.empty();
    }
    for (MemberRole role : MemberRole.values()) {
      if (groupId.startsWith(role.groupId() + "@")) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The role whose global group this id is, if it is one. */
  public static Optional<MemberRole> globalRole(String groupId) {
    for (MemberRole role : MemberRole.values()) {
      if (role.groupId().equals(groupId)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Whether the id is a role group, global or of one network. */
  public static boolean isRoleGroup(String groupId) {
    return globalRole(groupId).isPresent() || scopedRole(groupId).isPresent();
  }

  /** Whether these groups (a login's) give that role in that network. */
  public static boolean holds(Collection<String> groupIds, MemberRole role, String networkId) {
    return groupIds != null
        && (groupIds.contains(role.groupId()) || groupIds.contains(scoped(role, networkId)));
  }

  /**
   * The Camunda groups of a person whose role in each network is given: the global group when the
   * role is the same everywhere, else one group per network.
   */
  public static Set<String> groupsFor(Map<String, MemberRole> roleByNetwork) {
    Set<String> groups = new LinkedHashSet<>();
    if (new LinkedHashSet<>(roleByNetwork.values()).size() <= 1) {
      roleByNetwork.values().forEach(role -> groups.add(role.groupId()));
    } else {
      roleByNetwork.forEach((networkId, role) -> groups.add(scoped(role, networkId)));
    }
    return groups;
  }

  /** The names of the permissions the role's global group holds on that definition key. */
  public static Set<String> definitionPermissions(MemberRole role, String key) {
    Set<String> permissions = new LinkedHashSet<>();
    for (AccessPolicy.Grant grant : AccessPolicy.GRANTS) {
      if (grant.groupId().equals(role.groupId())
          && grant.resource() == Resources.PROCESS_DEFINITION
          && (grant.resourceId().equals(key) || grant.resourceId().equals("*"))) {
        grant.permissions().forEach(p -> permissions.add(p.getName()));
      }
    }
    return permissions;
  }

  /**
   * The global group's grants that read nothing of a network's work, given to the network's group;
   * the rest is granted per instance and task.
   */
  public static List<AccessPolicy.Grant> scopedGrants(MemberRole role, String groupId) {
    return AccessPolicy.GRANTS.stream()
        .filter(grant -> grant.groupId().equals(role.groupId()))
        .map(
            grant ->
                grant.resource() == Resources.PROCESS_DEFINITION
                    ? new AccessPolicy.Grant(
                        groupId,
                        grant.resource(),
                        grant.resourceId(),
                        grant.permissions().stream()
                            .filter(p -> NOT_READING_WORK.contains(p.getName()))
                            .toList())
                    : new AccessPolicy.Grant(
                        groupId, grant.resource(), grant.resourceId(), grant.permissions()))
        .filter(grant -> !grant.permissions().isEmpty())
        .toList();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
