package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.access.PageLogin;
import fr.reseau.ecoles.access.SystemAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is asking for the preferences or outbox page ({@link PageLogin}), with their groups. */
@Component
class PageUser {

  private final PageLogin login;
  private final IdentityService identity;

  PageUser(PageLogin login, ProcessEngine engine) {
    this.login = login;
    this.identity = engine.getIdentityService();
  }

  /** The logged-in user with their groups, if any. */
  Optional<Authentication> of(HttpServletRequest request) {
    return login
        .userId(request)
        .map(
            userId -> {
              List<String> groups =
                  identity.createGroupQuery().groupMember(userId).list().stream()
                      .map(Group::getId)
                      .toList();
              return new Authentication(userId, groups);
            });
  }

  static boolean isAdministrator(Authentication user) {
    return SystemAccess.isAdministrator(user);
  }

  /**
   * A form posted from another site carries its own Origin: refused. (The webapp session cookie is
   * also SameSite=Lax, so a cross-site POST carries no session.)
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
