package fr.reseau.ecoles.api;

import fr.reseau.ecoles.network.MemberRole;
import fr.reseau.ecoles.network.NetworkDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
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
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise.");
    }
    if (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé aux administrateurs.");
    }
  }

  /** Administrators, or a coordinator who is a member of that network. */
  public boolean isCoordinatorOf(Authentication user, String networkId) {
    var groups = user.getGroupIds();
    if (groups != null && groups.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return groups != null && groups.contains(MemberRole.COORDINATOR.groupId())
        && directory.member(user.getUserId())
            .map(m -> m.getRole() == MemberRole.COORDINATOR && m.getNetworkId().equals(networkId)).orElse(false);
  }

  /** Throws 401 without a login, 403 unless {@link #isCoordinatorOf}. */
  public void requireCoordinatorOf(String networkId) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise.");
    }
    if (!isCoordinatorOf(user, networkId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé à la coordination du réseau " + networkId + ".");
    }
  }
}
