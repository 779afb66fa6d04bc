package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.PageLogin;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is asking for the year's page: a user logged into the Camunda webapps (Tasklist or Cockpit,
 * same browser session) or a script with HTTP Basic against Camunda's users. Only the network's
 * coordinators (and administrators) get the page.
 */
@Component
public class YearPageAccess {

  private final PageLogin login;
  private final IdentityService identity;
  private final ApiAccess access;
  private final NetworkDirectory directory;

  public YearPageAccess(
      PageLogin login, ProcessEngine engine, ApiAccess access, NetworkDirectory directory) {
    this.login = login;
    this.identity = engine.getIdentityService();
    this.access = access;
    this.directory = directory;
  }

  /** 401 without a login (or a wrong password), 403 unless a coordinator of that network. */
  public void requireCoordinatorOf(HttpServletRequest request, String networkId) {
    if (!access.isCoordinatorOf(requireLogin(request), networkId)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé à la coordination du réseau " + networkId + ".");
    }
  }

  /**
   * 401 without a login (or a wrong password), 403 unless a member of that network (any role), a
   * coordinator of it or an administrator: the published network summary.
   */
  public void requireMemberOf(HttpServletRequest request, String networkId) {
    Authentication user = requireLogin(request);
    boolean member = directory.isMemberOf(user.getUserId(), networkId);
    if (!member && !access.isCoordinatorOf(user, networkId)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé aux membres du réseau " + networkId + ".");
    }
  }

  /**
   * The person asking, from the webapps' session or HTTP Basic, with their groups and tenants; 401
   * without a login (or with a wrong password). Also used by the other pages outside {@code /api}.
   */
  public Authentication requireLogin(HttpServletRequest request) {
    String userId =
        login
            .userId(request)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED, "Authentification requise."));
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return new Authentication(userId, groups, tenants);
  }
}
