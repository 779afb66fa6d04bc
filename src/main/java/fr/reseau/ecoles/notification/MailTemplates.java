package fr.reseau.ecoles.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from {@code templates/mail/<kind>.txt} (first line: the subject, then the text)
 * and {@code templates/mail/<kind>.html}, each followed by the footer {@code
 * templates/mail/footer.txt} / {@code footer.html} (the link to the preferences page). Designers
 * edit the templates; values are escaped in HTML.
 */
@Component
public class MailTemplates {

  /** Values every template may use besides the notice's model. */
  public static final String RECIPIENT_NAME = "recipientName";

  public static final String LINK = "link";
  public static final String PREFERENCES_LINK = "preferencesLink";

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(suffix);
    resolver.setResolvablePatterns(Set.of("mail/*"));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** A rendered message. */
  public record Rendered(String subject, String text, String html) {}

  public Rendered render(String kind, Map<String, Object> values) {
    if (kind == null || !kind.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("Bad template name: " + kind);
    }
    Context context = new Context(Locale.FRANCE);
    context.setVariables(values);
    String fullText = text.process("mail/" + kind, context).strip();
    int newline = fullText.indexOf('\n');
    String subject = (newline < 0 ? fullText : fullText.substring(0, newline)).strip();
    String body = newline < 0 ? "" : fullText.substring(newline + 1).strip();
    String textFooter = text.process("mail/footer", context).strip();
    String page = html.process("mail/" + kind, context);
    String htmlFooter = html.process("mail/footer", context);
    int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String withFooter =
        end < 0 ? page + htmlFooter : page.substring(0, end) + htmlFooter + page.substring(end);
    return new Rendered(subject, body + "\n\n-- \n" + textFooter + "\n", withFooter);
  }
}
