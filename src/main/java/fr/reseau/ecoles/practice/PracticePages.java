package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.web.PageStyle;
import fr.reseau.ecoles.web.TemplatePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The pages of {@code templates/practice/*.html}: the year page's style plus a few rules for the
 * map, the cards and the form, allowed by their hash; scripts only from this site, and only the
 * tile server's images besides our own.
 */
final class PracticePages {

  static final String CSS =
      PageStyle.CSS
          + """
          .map svg{max-width:100%;height:auto;font-size:13px}#carte-leaflet{height:420px;max-width:100%}
          .search{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end;margin:12px 0}
          .search label,.form label{display:block;font-weight:bold}
          select,input,textarea,button{font-size:14px;padding:6px;max-width:100%}
          textarea,.form input[type=text],.form input[type=url]{width:100%;box-sizing:border-box}
          button{background:#1f5fa8;color:#fff;border:0;border-radius:3px;padding:8px 14px;cursor:pointer}
          button.secondary{background:#fff;color:#1f5fa8;border:1px solid #1f5fa8}
          .practice{border:1px solid #ccc;border-left:6px solid #1f5fa8;padding:8px 12px;margin:12px 0}
          .practice.welcomes{border-left-color:#2e7d32}.practice.hidden{border-left-color:#8a1c1c;background:#fbf1f1}
          .practice h3{margin:0 0 4px}.tags{color:#333}.tag{display:inline-block;background:#eef3f9;border-radius:3px;padding:1px 6px;margin:2px 4px 2px 0}
          .actions{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}.actions form{margin:0}
          fieldset{border:1px solid #ccc;margin:12px 0}.form p{margin:10px 0}.hint{color:#555;font-size:12px;font-weight:normal}
          .error{border:2px solid #8a1c1c;padding:8px;color:#8a1c1c}.search label.inline,label.inline{display:inline}
          a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
          """;

  private static final TemplatePages PAGES = new TemplatePages("practice", CSS);

  static final String CSS_SOURCE = PAGES.cssSource();

  private PracticePages() {}

  static ResponseEntity<String> page(
      HttpServletResponse response, HttpStatus status, String template, Map<String, Object> v) {
    policy(response, (String) v.get("tileUrl"));
    return PAGES.render(status, template, v);
  }

  static ResponseEntity<String> redirect(String location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, location)
        .build();
  }

  /**
   * Replaces the site's policy (web.SecurityHeaders): forms post to this site; with a tile server,
   * Leaflet's script and stylesheet from this site and the tiles' images from that server.
   */
  static void policy(HttpServletResponse response, String tileUrl) {
    String tiles = tileSource(tileUrl);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src "
            + CSS_SOURCE
            + (tiles == null ? "" : " 'self'")
            + "; img-src 'self' data:"
            + (tiles == null ? "" : " " + tiles)
            + (tiles == null ? "" : "; script-src 'self'")
            + "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    // As the preferences page: "same-origin" lets our own posts carry their Origin.
    response.setHeader("Referrer-Policy", "same-origin");
  }

  /**
   * {@code https://*.tile.example.org} for {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}.
   */
  static String tileSource(String tileUrl) {
    if (tileUrl == null || tileUrl.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(tileUrl.replace("{s}", "s-sub").replaceAll("\\{[a-z]+}", "0"));
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost().replace("s-sub", "*");
      return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } catch (Exception e) {
      return null;
    }
  }

  /** A form posted from another site carries its own Origin: refused (as the preferences page). */
  static boolean sameOrigin(HttpServletRequest request) {
    return TemplatePages.sameOrigin(request);
  }
}
