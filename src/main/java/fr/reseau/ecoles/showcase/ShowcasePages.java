package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.web.PageStyle;
import fr.reseau.ecoles.web.TemplatePages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The pages of {@code templates/showcase/*.html}: the site's style plus the cards and the search
 * form, allowed by their hash; no script; the search form posts (GET) to this site only.
 */
final class ShowcasePages {

  static final String CSS =
      PageStyle.CSS
          + """
          .search{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end;margin:12px 0}
          .search label{display:block;font-weight:bold}
          select,input,button{font-size:14px;padding:6px;max-width:100%}
          button{background:#1f5fa8;color:#fff;border:0;border-radius:3px;padding:8px 14px;cursor:pointer}
          .production{border:1px solid #ccc;border-left:6px solid #1f5fa8;padding:8px 12px;margin:12px 0}
          .production h3{margin:0 0 4px}.tag{display:inline-block;background:#eef3f9;border-radius:3px;padding:1px 6px;margin:2px 4px 2px 0}
          dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
          .skip{position:absolute;left:-10000px}.skip:focus{position:static}
          a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
          """;

  private static final TemplatePages PAGES = new TemplatePages("showcase", CSS);

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src "
          + PAGES.cssSource()
          + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private ShowcasePages() {}

  static ResponseEntity<String> page(
      HttpServletResponse response, HttpStatus status, String template, Map<String, Object> v) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ResponseEntity<String> page = PAGES.render(status, template, v);
    // Public, read-only and the same for everyone: a short shared cache is harmless.
    return ResponseEntity.status(page.getStatusCode())
        .contentType(TemplatePages.HTML)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
        .body(page.getBody());
  }

  static ResponseEntity<String> notFound(HttpServletResponse response) {
    return page(
        response,
        HttpStatus.NOT_FOUND,
        "message",
        Map.of(
            "heading", "Production introuvable",
            "message", "Cette production n'existe pas ou n'est pas publiée."));
  }

  /** The 429 page, written by the rate-limit filter outside Spring MVC. */
  static String tooManyRequestsPage() {
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<title>Trop de requêtes</title><style>"
        + CSS
        + "</style></head><body><main><h1>Trop de requêtes</h1>"
        + "<p>Vous avez consulté la vitrine trop souvent en une minute. Réessayez dans un instant.</p>"
        + "</main></body></html>";
  }
}
