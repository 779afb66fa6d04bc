package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.NetworkRoleGroups;
import fr.reseau.ecoles.access.ScopedRoleGroups;
import fr.reseau.ecoles.access.SystemAccess;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Keeps Camunda's identity in line with the network directory: a network is a Camunda tenant, a
 * member is a user of that tenant, and their role is one of the global role groups ({@link
 * MemberRole#groupId()}). Tenant membership, not the group, separates networks: a coordinator only
 * sees the deployments, instances and tasks of their own network's tenant. A person of several
 * networks ({@link NetworkMembership}) belongs to each of their networks' tenants; with the same
 * role in all of them, to that role's global group; with different roles, to one group per network
 * instead ({@link NetworkRoleGroups}, e.g. {@code coordinators@a} and {@code documentalistes@b}).
 *
 * <p>Every method only writes what differs, so running it twice changes nothing.
 */
@Service
public class NetworkAccounts {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final SystemAccess system;
  private final MemberRepository members;
  private final NetworkMembershipRepository memberships;
  private final ScopedRoleGroups scopedGroups;

  public NetworkAccounts(
      IdentityService identity,
      AuthorizationService authorizations,
      SystemAccess system,
      MemberRepository members,
      NetworkMembershipRepository memberships,
      ScopedRoleGroups scopedGroups) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.system = system;
    this.members = members;
    this.memberships = memberships;
    this.scopedGroups = scopedGroups;
  }

  /**
   * The person's role in each of their networks (the tenants they belong to): their home network
   * first, then their further memberships.
   */
  private Map<String, MemberRole> rolesOf(Member member) {
    Map<String, MemberRole> roles = new LinkedHashMap<>();
    Member home = members.findById(member.getUserId()).orElse(member);
    roles.put(home.getNetworkId(), home.getRole());
    memberships
        .findByUserIdOrderByNetworkId(member.getUserId())
        .forEach(m -> roles.putIfAbsent(m.getNetworkId(), m.getRole()));
    return roles;
  }

  /**
   * The person is in the role groups {@link NetworkRoleGroups#groupsFor} gives, and in no other
   * role group (groups that are not roles, such as {@code zone-pilots}, are left alone).
   */
  private boolean ensureRoleMemberships(String userId, Map<String, MemberRole> roles) {
    boolean changed = false;
    Set<String> wanted = NetworkRoleGroups.groupsFor(roles);
    Set<String> current = new LinkedHashSet<>();
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      if (NetworkRoleGroups.isRoleGroup(group.getId())) {
        current.add(group.getId());
      }
    }
    for (String groupId : current) {
      if (!wanted.contains(groupId)) {
        identity.deleteMembership(userId, groupId);
        changed = true;
      }
    }
    for (Map.Entry<String, MemberRole> role : roles.entrySet()) {
      String groupId = NetworkRoleGroups.scoped(role.getValue(), role.getKey());
      if (wanted.contains(groupId) && !current.contains(groupId)) {
        scopedGroups.ensure(role.getValue(), role.getKey());
        identity.createMembership(userId, groupId);
        changed = true;
      }
    }
    for (MemberRole role : MemberRole.values()) {
      if (wanted.contains(role.groupId()) && !current.contains(role.groupId())) {
        identity.createMembership(userId, role.groupId());
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Camunda gives every new user ALL on their own account: they could rename themselves «
   * Coordination » or delete it. Members only read it; the directory (roster) is the source.
   */
  private boolean readOnlySelf(String userId) {
    Authorization own =
        authorizations
            .createAuthorizationQuery()
            .userIdIn(userId)
            .resourceType(Resources.USER)
            .resourceId(userId)
            .singleResult();
    if (own == null
        || !(own.isPermissionGranted(Permissions.UPDATE)
            || own.isPermissionGranted(Permissions.DELETE))) {
      return false;
    }
    own.removePermission(Permissions.ALL);
    own.addPermission(Permissions.READ);
    authorizations.saveAuthorization(own);
    return true;
  }

  /** The role groups exist. Returns whether one was created. */
  public boolean ensureRoleGroups() {
    return system.call(
        () -> {
          boolean changed = false;
          for (MemberRole role : MemberRole.values()) {
            if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
              Group group = identity.newGroup(role.groupId());
              group.setName(role.groupName());
              group.setType(Groups.GROUP_TYPE_WORKFLOW);
              identity.saveGroup(group);
              changed = true;
            }
          }
          return changed;
        });
  }

  /** The network's tenant exists with the network's name. Returns whether it changed. */
  public boolean ensureTenant(Network network) {
    return system.call(
        () -> {
          Tenant tenant = identity.createTenantQuery().tenantId(network.getId()).singleResult();
          if (tenant == null) {
            tenant = identity.newTenant(network.getId());
          } else if (Objects.equals(tenant.getName(), network.getName())) {
            return false;
          }
          tenant.setName(network.getName());
          identity.saveTenant(tenant);
          return true;
        });
  }

  /**
   * The member's Camunda user exists with their name and email, belongs to their role group only
   * (or, with different roles in their networks, to their role group of each network), and to the
   * tenants of their networks only (home and further memberships). A new user gets {@code
   * initialPassword}; {@code null} leaves them without one (they cannot log in until an
   * administrator sets it, or the installation's LDAP/SSO plugin knows them). Returns whether
   * anything changed.
   */
  public boolean ensureAccount(Member member, String initialPassword) {
    return system.call(
        () -> {
          boolean changed = false;
          User user = identity.createUserQuery().userId(member.getUserId()).singleResult();
          if (user == null) {
            user = identity.newUser(member.getUserId());
            user.setPassword(initialPassword);
            changed = true;
          }
          if (changed
              || !Objects.equals(user.getFirstName(), member.getFirstName())
              || !Objects.equals(user.getLastName(), member.getLastName())
              || !Objects.equals(user.getEmail(), member.getEmail())) {
            user.setFirstName(member.getFirstName());
            user.setLastName(member.getLastName());
            user.setEmail(member.getEmail());
            identity.saveUser(user);
            changed = true;
          }
          Map<String, MemberRole> roles = rolesOf(member);
          changed |= ensureRoleMemberships(member.getUserId(), roles);
          Set<String> networkIds = roles.keySet();
          for (Tenant tenant : identity.createTenantQuery().userMember(member.getUserId()).list()) {
            if (!networkIds.contains(tenant.getId())) {
              identity.deleteTenantUserMembership(tenant.getId(), member.getUserId());
              changed = true;
            }
          }
          for (String networkId : networkIds) {
            if (identity
                    .createTenantQuery()
                    .tenantId(networkId)
                    .userMember(member.getUserId())
                    .count()
                == 0) {
              identity.createTenantUserMembership(networkId, member.getUserId());
              changed = true;
            }
          }
          return readOnlySelf(member.getUserId()) || changed;
        });
  }
}
