package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.access.SystemAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Who is asking for the preferences or outbox page: a user logged into the Camunda webapps (same
 * browser session, the link of a message opened after Tasklist) or a script with HTTP Basic against
 * Camunda's users (as {@code review.YearPageAccess} does for the year's page).
 */
@Component
class PageUser {

  private final ProcessEngine engine;
  private final IdentityService identity;

  PageUser(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  /** The logged-in user with their groups, if any. */
  Optional<Authentication> of(HttpServletRequest request) {
    return webappUser(request)
        .or(() -> basicUser(request))
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

  private Optional<String> webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    var user = authentications.getAuthenticationForProcessEngine(engine.getName());
    return Optional.ofNullable(user).map(u -> u.getIdentityId());
  }

  private Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    return identity.checkPassword(userId, decoded.substring(colon + 1))
        ? Optional.of(userId)
        : Optional.empty();
  }
}
