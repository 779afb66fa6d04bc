package fr.reseau.ecoles.event;

import fr.reseau.ecoles.web.PageStyle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The pages of {@code templates/event/*.html}: the year page's style and the forms' (allowed by
 * their hash), no script, forms posting to this site only (same policy as the map of practices).
 */
final class TrainingPages {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

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

  private static final String CSS_SOURCE = "'sha256-" + sha256(CSS) + "'";

  private static final TemplateEngine TEMPLATES = templates();

  private TrainingPages() {}

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(TrainingPages.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setResolvablePatterns(Set.of("event/*"));
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  static ResponseEntity<String> page(
      HttpServletResponse response, HttpStatus status, String template, Map<String, Object> v) {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src "
            + CSS_SOURCE
            + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    // "same-origin" lets our own posts carry their Origin (as the preferences page).
    response.setHeader("Referrer-Policy", "same-origin");
    Context context = new Context(Locale.FRANCE);
    context.setVariables(v);
    context.setVariable("css", CSS);
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(TEMPLATES.process("event/" + template, context));
  }

  static ResponseEntity<String> message(
      HttpServletResponse response, HttpStatus status, String heading, String text) {
    return page(response, status, "message", Map.of("heading", heading, "message", text));
  }

  /** A form posted from another site carries its own Origin: refused. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
