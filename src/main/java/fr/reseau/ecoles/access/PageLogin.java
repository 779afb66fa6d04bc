package fr.reseau.ecoles.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Who is asking for one of our pages outside {@code /api}: a user logged into the Camunda webapps
 * (same browser session, so a link opened after Tasklist works) or a script with HTTP Basic against
 * Camunda's users. The year's pages, the calendar page, the preferences and the outbox all ask
 * here.
 */
@Component
public class PageLogin {

  private final ProcessEngine engine;
  private final IdentityService identity;

  public PageLogin(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  /** The logged-in user's id; empty without a login or with a wrong password. */
  public Optional<String> userId(HttpServletRequest request) {
    return webappUser(request).or(() -> basicUser(request));
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
