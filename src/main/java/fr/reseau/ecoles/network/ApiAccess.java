package fr.reseau.ecoles.network;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.NetworkRoleGroups;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may call the application's endpoints: the logged-in user as Camunda's filter set it. */
@Component
public class ApiAccess {

  private final IdentityService identity;
  private final NetworkDirectory directory;

  public ApiAccess(IdentityService identity, NetworkDirectory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  /** Throws 401 without a login, 403 unless an administrator. */
  public void requireAdministrator() {
    if (!SystemAccess.isAdministrator(loggedIn())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux administrateurs.");
    }
  }

  /** Administrators, or a coordinator who is a member of that network. */
  public boolean isCoordinatorOf(Authentication user, String networkId) {
    if (SystemAccess.isAdministrator(user)) {
      return true;
    }
    if (user == null || user.getUserId() == null) {
      return false;
    }
    // The global group, or the coordinators' group of that very network (a role in each network).
    return NetworkRoleGroups.holds(user.getGroupIds(), MemberRole.COORDINATOR, networkId)
        && directory
            .memberIn(user.getUserId(), networkId)
            .map(m -> m.getRole() == MemberRole.COORDINATOR)
            .orElse(false);
  }

  /** Administrators, or a member of that network with one of the roles. */
  public boolean hasRoleIn(Authentication user, String networkId, MemberRole... roles) {
    if (SystemAccess.isAdministrator(user)) {
      return true;
    }
    return user != null
        && user.getUserId() != null
        && directory
            .memberIn(user.getUserId(), networkId)
            .map(m -> java.util.Arrays.asList(roles).contains(m.getRole()))
            .orElse(false);
  }

  /** Throws 401 without a login, 403 unless {@link #hasRoleIn}. */
  public void requireRoleIn(String networkId, MemberRole... roles) {
    if (!hasRoleIn(loggedIn(), networkId, roles)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Réservé, dans le réseau "
              + networkId
              + ", à : "
              + java.util.Arrays.stream(roles)
                  .map(MemberRole::groupName)
                  .collect(java.util.stream.Collectors.joining(", "))
              + ".");
    }
  }

  /** Throws 401 without a login, 403 unless {@link #isCoordinatorOf}. */
  public void requireCoordinatorOf(String networkId) {
    Authentication user = loggedIn();
    if (!isCoordinatorOf(user, networkId)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé à la coordination du réseau " + networkId + ".");
    }
  }

  private Authentication loggedIn() {
    // A request's login; never the job executor's tenant-only authentication.
    Authentication user = Requester.person(identity).orElse(null);
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise.");
    }
    return user;
  }
}
