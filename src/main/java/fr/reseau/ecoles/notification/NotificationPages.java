package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.web.PageStyle;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
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

/** The pages of {@code templates/notification/*.html}, styled like the year's page. */
final class NotificationPages {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  /** The year page's policy, with forms posting to this site only. */
  static final String CSP_WITH_FORMS =
      "default-src 'none'; style-src "
          + PageStyle.CSP_SOURCE
          + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final TemplateEngine TEMPLATES = templates();

  private NotificationPages() {}

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(NotificationPages.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setResolvablePatterns(Set.of("notification/*"));
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  static String render(String template, Map<String, Object> values) {
    Context context = new Context(Locale.FRANCE);
    context.setVariables(values);
    context.setVariable("css", PageStyle.CSS);
    return TEMPLATES.process("notification/" + template, context);
  }

  static ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> v) {
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(render(template, v));
  }

  /**
   * Replaces the policy {@code web.SecurityHeaders} set (a header added by a {@code ResponseEntity}
   * would come second, and browsers enforce both).
   */
  static void policy(HttpServletResponse response, String policy) {
    response.setHeader(CSP, policy);
  }

  static final String CSP = "Content-Security-Policy";

  /** A short French page for a refusal (not logged in, not allowed, bad input). */
  static ResponseEntity<String> refusal(HttpStatus status, String title, String message) {
    return page(status, "message", Map.of("heading", title, "message", message));
  }
}
