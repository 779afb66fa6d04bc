package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import java.util.LinkedHashSet;
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
 * networks ({@link NetworkMembership}) belongs to each of their networks' tenants, and to their one
 * role group (the same role in every network: groups are not per tenant).
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

  public NetworkAccounts(
      IdentityService identity,
      AuthorizationService authorizations,
      SystemAccess system,
      MemberRepository members,
      NetworkMembershipRepository memberships) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.system = system;
    this.members = members;
    this.memberships = memberships;
  }

  /** The tenants the person belongs to: their home network and their further memberships. */
  private Set<String> networksOf(Member member) {
    Set<String> networkIds = new LinkedHashSet<>();
    members
        .findById(member.getUserId())
        .ifPresentOrElse(
            home -> networkIds.add(home.getNetworkId()),
            () -> networkIds.add(member.getNetworkId()));
    memberships.findByUserIdOrderByNetworkId(member.getUserId()).stream()
        .map(NetworkMembership::getNetworkId)
        .forEach(networkIds::add);
    return networkIds;
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
   * The member's Camunda user exists with their name and email, belongs to their role group only,
   * and to the tenants of their networks only (home and further memberships). A new user gets
   * {@code initialPassword}; {@code null} leaves them without one (they cannot log in until an
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
          for (MemberRole role : MemberRole.values()) {
            boolean isMember =
                identity
                        .createUserQuery()
                        .userId(member.getUserId())
                        .memberOfGroup(role.groupId())
                        .count()
                    > 0;
            if (role == member.getRole() && !isMember) {
              identity.createMembership(member.getUserId(), role.groupId());
              changed = true;
            } else if (role != member.getRole() && isMember) {
              identity.deleteMembership(member.getUserId(), role.groupId());
              changed = true;
            }
          }
          Set<String> networkIds = networksOf(member);
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
