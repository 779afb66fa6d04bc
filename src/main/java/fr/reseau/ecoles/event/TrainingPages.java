package fr.reseau.ecoles.event;

import fr.reseau.ecoles.web.PageStyle;
import fr.reseau.ecoles.web.TemplatePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The pages of {@code templates/event/*.html}: the year page's style and the forms' (allowed by
 * their hash), no script, forms posting to this site only (same policy as the map of practices).
 */
final class TrainingPages {

  /** The year page's style and a few rules for the forms, allowed by their hash. */
  static final String CSS =
      PageStyle.CSS
          + """
          form label{display:block;font-weight:bold}
          select,input,textarea,button{font-size:14px;padding:6px;max-width:100%}
          textarea{width:100%;box-sizing:border-box}
          button{background:#1f5fa8;color:#fff;border:0;border-radius:3px;padding:8px 14px;cursor:pointer}
          article{border:1px solid #ccc;border-left:6px solid #1f5fa8;padding:8px 12px;margin:12px 0}
          article h3{margin:0 0 4px}[role=alert]{border:2px solid #8a1c1c;padding:8px;color:#8a1c1c}
          a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
          """;

  private static final TemplatePages PAGES = new TemplatePages("event", CSS);

  private TrainingPages() {}

  static ResponseEntity<String> page(
      HttpServletResponse response, HttpStatus status, String template, Map<String, Object> v) {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src "
            + PAGES.cssSource()
            + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    // "same-origin" lets our own posts carry their Origin (as the preferences page).
    response.setHeader("Referrer-Policy", "same-origin");
    return PAGES.render(status, template, v);
  }

  static ResponseEntity<String> message(
      HttpServletResponse response, HttpStatus status, String heading, String text) {
    return page(response, status, "message", Map.of("heading", heading, "message", text));
  }

  /** A form posted from another site carries its own Origin: refused. */
  static boolean sameOrigin(HttpServletRequest request) {
    return TemplatePages.sameOrigin(request);
  }
}
