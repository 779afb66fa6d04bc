package fr.reseau.ecoles.web;

import jakarta.servlet.http.HttpServletRequest;
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
 * The server-rendered pages of one folder of {@code templates/} with their inline stylesheet
 * (allowed by its hash in each page's Content-Security-Policy, which the caller sets): shared by
 * the training pages (event) and the map of practices (practice).
 */
public final class TemplatePages {

  public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final String folder;
  private final String css;
  private final String cssSource;
  private final TemplateEngine templates;

  /** The pages of {@code templates/<folder>/*.html}, each given {@code css} as {@code ${css}}. */
  public TemplatePages(String folder, String css) {
    this.folder = folder;
    this.css = css;
    this.cssSource = "'sha256-" + sha256(css) + "'";
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(TemplatePages.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setResolvablePatterns(Set.of(folder + "/*"));
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    this.templates = engine;
  }

  /** The CSP source that allows the stylesheet inline: {@code 'sha256-…'}. */
  public String cssSource() {
    return cssSource;
  }

  /** The page, French locale, never cached; the caller has set its security headers. */
  public ResponseEntity<String> render(
      HttpStatus status, String template, Map<String, Object> variables) {
    Context context = new Context(Locale.FRANCE);
    context.setVariables(variables);
    context.setVariable("css", css);
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(templates.process(folder + "/" + template, context));
  }

  /** A form posted from another site carries its own Origin: refused (as the preferences page). */
  public static boolean sameOrigin(HttpServletRequest request) {
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
