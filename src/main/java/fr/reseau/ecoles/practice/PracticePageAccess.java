package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.access.PageLogin;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who asks for a page of the map ({@link PageLogin}: the webapps' session or HTTP Basic): 401
 * without a login, 403 unless a member of the network, one of its coordinators or an administrator.
 */
@Component
class PracticePageAccess {

  private final PageLogin login;
  private final IdentityService identity;
  private final ApiAccess access;
  private final NetworkDirectory directory;

  PracticePageAccess(
      PageLogin login, IdentityService identity, ApiAccess access, NetworkDirectory directory) {
    this.login = login;
    this.identity = identity;
    this.access = access;
    this.directory = directory;
  }

  PracticeService.Actor requireMemberOf(HttpServletRequest request, String networkId) {
    String userId =
        login
            .userId(request)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED, "Authentification requise."));
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    Authentication user = new Authentication(userId, groups);
    boolean coordinator = access.isCoordinatorOf(user, networkId);
    boolean member = directory.isMemberOf(userId, networkId);
    if (!member && !coordinator) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé aux membres du réseau " + networkId + ".");
    }
    return new PracticeService.Actor(userId, coordinator);
  }
}
