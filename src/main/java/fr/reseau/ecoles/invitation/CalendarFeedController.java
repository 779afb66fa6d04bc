package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.review.YearPageAccess;
import fr.reseau.ecoles.web.PageStyle;
import fr.reseau.ecoles.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The personal subscription feed: {@code GET /calendrier/{token}.ics} needs no login (the token is
 * the secret; 404 for an unknown or revoked one); {@code /calendrier} is the logged-in person's
 * page showing their address, with « Révoquer et créer une nouvelle adresse » and « Révoquer »
 * (POST with a per-session form token).
 */
@RestController
public class CalendarFeedController {

  public static final String PAGE_PATH = InvitationPaths.CALENDAR_PAGE;
  static final String FORM_TOKEN = "calendarFormToken";
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final MediaType ICS = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  /** The pages' policy, but for its forms, which post to this site. */
  static final String CSP_WITH_FORMS =
      SecurityHeaders.CONTENT_SECURITY_POLICY.replace("form-action 'none'", "form-action 'self'");

  private final YearPageAccess login;
  private final CalendarFeedService feeds;
  private final Links links;

  public CalendarFeedController(YearPageAccess login, CalendarFeedService feeds, Links links) {
    this.login = login;
    this.feeds = feeds;
    this.links = links;
  }

  public String feedUrl(String token) {
    return links.page(PAGE_PATH + "/" + token + ".ics");
  }

  @GetMapping("/calendrier/{token}.ics")
  public ResponseEntity<byte[]> feed(@PathVariable String token) {
    byte[] ics =
        feeds
            .feed(token)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Adresse inconnue."));
    return ResponseEntity.ok()
        .contentType(ICS)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(ics);
  }

  @GetMapping(PAGE_PATH)
  public ResponseEntity<String> page(HttpServletRequest request, HttpServletResponse response) {
    String userId = login.requireLogin(request).getUserId();
    // Replaces the filter's header (one policy, not two that would both apply).
    response.setHeader("Content-Security-Policy", CSP_WITH_FORMS);
    return html(page(userId, feeds.tokenOf(userId), formToken(request.getSession(true))));
  }

  /** « Révoquer et créer une nouvelle adresse » (or the first address). */
  @PostMapping(PAGE_PATH + "/nouvelle-adresse")
  public ResponseEntity<String> renew(
      @RequestParam(name = "jeton", required = false) String formToken,
      HttpServletRequest request) {
    String userId = login.requireLogin(request).getUserId();
    checkFormToken(request, formToken);
    feeds.renew(userId);
    return seeOther();
  }

  @PostMapping(PAGE_PATH + "/revocation")
  public ResponseEntity<String> revoke(
      @RequestParam(name = "jeton", required = false) String formToken,
      HttpServletRequest request) {
    String userId = login.requireLogin(request).getUserId();
    checkFormToken(request, formToken);
    feeds.revoke(userId);
    return seeOther();
  }

  private String page(String userId, Optional<String> token, String formToken) {
    StringBuilder body = new StringBuilder();
    body.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">")
        .append("<title>Mon calendrier</title><style>")
        .append(PageStyle.CSS)
        .append("</style></head><body><h1>Mon calendrier</h1>")
        .append(
            "<p class=\"sub\">Vos dates du réseau (visites, journées d'ateliers, réunions de bilan,"
                + " évènements où vous avez une place, ateliers de mutualisation) dans votre agenda : abonnez-vous à l'adresse ci-dessous depuis votre agenda"
                + " (« ajouter un calendrier par URL »). Gardez-la pour vous : elle suffit pour"
                + " lire vos dates.</p>");
    String hidden =
        "<input type=\"hidden\" name=\"jeton\" value=\"" + HtmlUtils.htmlEscape(formToken) + "\">";
    if (token.isPresent()) {
      body.append("<p>Votre adresse d'abonnement :</p><p><code>")
          .append(HtmlUtils.htmlEscape(feedUrl(token.get())))
          .append("</code></p>")
          .append("<form method=\"post\" action=\"")
          .append(PAGE_PATH)
          .append("/nouvelle-adresse\">")
          .append(hidden)
          .append("<button type=\"submit\">Révoquer et créer une nouvelle adresse</button></form>")
          .append("<form method=\"post\" action=\"")
          .append(PAGE_PATH)
          .append("/revocation\">")
          .append(hidden)
          .append("<button type=\"submit\">Révoquer l'adresse</button></form>");
    } else {
      body.append("<p class=\"empty\">Vous n'avez pas d'adresse d'abonnement.</p>")
          .append("<form method=\"post\" action=\"")
          .append(PAGE_PATH)
          .append("/nouvelle-adresse\">")
          .append(hidden)
          .append("<button type=\"submit\">Créer mon adresse d'abonnement</button></form>");
    }
    body.append("<p class=\"note\">Connecté·e en tant que ")
        .append(HtmlUtils.htmlEscape(userId))
        .append(".</p></body></html>");
    return body.toString();
  }

  /** One random token per session, required by the page's forms (no cross-site form post). */
  static String formToken(HttpSession session) {
    Object token = session.getAttribute(FORM_TOKEN);
    if (token instanceof String existing) {
      return existing;
    }
    String created = CalendarFeedService.newToken();
    session.setAttribute(FORM_TOKEN, created);
    return created;
  }

  private static void checkFormToken(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(FORM_TOKEN);
    if (!(expected instanceof String token)
        || submitted == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Formulaire expiré : rouvrez la page « Mon calendrier ».");
    }
  }

  private static ResponseEntity<String> seeOther() {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, PAGE_PATH)
        .build();
  }

  private static ResponseEntity<String> html(String page) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(page);
  }
}
