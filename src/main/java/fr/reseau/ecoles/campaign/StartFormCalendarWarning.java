package fr.reseau.ecoles.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.reseau.ecoles.access.PageLogin;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkCalendar;
import fr.reseau.ecoles.network.NetworkDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The calendar warning on the {@code cdi-tour} start form itself. Tasklist 7.24 gives a Camunda
 * Form (form-js) no variable when it starts a process (it asks {@code form-variables} for tasks
 * only), so the warning is written into the form as it is served: the start form fetched from
 * {@code …/process-definition/{id}/deployed-start-form} (Tasklist's {@code /camunda/api/engine/…}
 * or {@code /engine-rest}) gets, in its component {@code Text_calendarWarning}, the sentence for
 * the caller's network ("le calendrier scolaire connu pour votre réseau (zone B) s'arrête le
 * 2027-07-03 …") and a FEEL condition that shows it once the last day of the visit period entered
 * is after that day. The deployed resource is not changed; another form is not touched.
 */
@Configuration
public class StartFormCalendarWarning {

  public static final String FORM_ID = "cdi-tour-start";
  public static final String COMPONENT_ID = "Text_calendarWarning";

  private static final Pattern DEPLOYED_START_FORM =
      Pattern.compile(
          "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/.+/deployed-start-form$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> startFormCalendarWarningFilter(
      PageLogin login, NetworkDirectory directory, NetworkCalendar calendar) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Warning(login, directory, calendar));
    registration.setName("start-form-calendar-warning");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class Warning extends OncePerRequestFilter {

    private final PageLogin login;
    private final NetworkDirectory directory;
    private final NetworkCalendar calendar;

    Warning(PageLogin login, NetworkDirectory directory, NetworkCalendar calendar) {
      this.login = login;
      this.directory = directory;
      this.calendar = calendar;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return !"GET".equals(request.getMethod()) || !DEPLOYED_START_FORM.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      byte[] body = wrapper.getContentAsByteArray();
      Optional<byte[]> changed =
          wrapper.getStatus() == HttpServletResponse.SC_OK
              ? withWarning(request, body)
              : Optional.empty();
      if (changed.isPresent()) {
        wrapper.resetBuffer();
        response.setContentLength(changed.get().length);
        response.getOutputStream().write(changed.get());
        response.flushBuffer();
      } else {
        wrapper.copyBodyToResponse();
      }
    }

    private Optional<byte[]> withWarning(HttpServletRequest request, byte[] body) {
      if (body.length == 0 || body.length > 1_000_000) {
        return Optional.empty();
      }
      JsonNode form;
      try {
        form = JSON.readTree(body);
      } catch (IOException e) {
        return Optional.empty();
      }
      if (form == null || !FORM_ID.equals(form.path("id").asText())) {
        return Optional.empty();
      }
      Optional<ObjectNode> component = find(form.path("components"));
      Optional<String> networkId =
          login.userId(request).flatMap(directory::member).map(Member::getNetworkId);
      if (component.isEmpty() || networkId.isEmpty()) {
        return Optional.empty();
      }
      fill(component.get(), networkId.get());
      try {
        return Optional.of(JSON.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    private void fill(ObjectNode component, String networkId) {
      ObjectNode conditional = JSON.createObjectNode();
      Optional<NetworkCalendar.Coverage> coverage = calendar.coverage(networkId);
      if (coverage.isEmpty()) {
        component.put(
            "text",
            "**"
                + calendar
                    .unknownCalendarWarning(networkId)
                    .orElse("Attention : le calendrier scolaire de votre réseau n'est pas connu.")
                + "**");
        conditional.put("hide", "=false");
      } else {
        String last = coverage.get().lastDay().toString();
        component.put(
            "text",
            "**Attention : le calendrier scolaire connu pour votre réseau (zone "
                + String.join(", ", coverage.get().zones())
                + ") s'arrête le "
                + last
                + ".** Votre période de visites va au-delà : la campagne peut s'ouvrir, mais aucune"
                + " visite ne pourra être convenue après le "
                + last
                + " tant que l'administration n'aura pas importé le calendrier officiel de l'année.");
        // form-js (feelin) compares dates, not texts: a string comparison fails to evaluate.
        conditional.put(
            "hide", "=visitWindowEnd = null or date(visitWindowEnd) <= date(\"" + last + "\")");
      }
      component.set("conditional", conditional);
    }

    private static Optional<ObjectNode> find(JsonNode components) {
      for (JsonNode component : components) {
        if (COMPONENT_ID.equals(component.path("id").asText())
            && component instanceof ObjectNode node) {
          return Optional.of(node);
        }
        Optional<ObjectNode> inner = find(component.path("components"));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
  }
}
