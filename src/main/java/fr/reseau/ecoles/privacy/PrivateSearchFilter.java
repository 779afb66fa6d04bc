package fr.reseau.ecoles.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.web.BufferedBodyRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit's plugin queries run on a MyBatis session factory and command executor of their own,
 * outside the checks of {@link PrivateQueryGuard}; this filter refuses, at their HTTP door, any
 * Cockpit plugin request that names a private field, whatever its case, anywhere in its query
 * string or JSON body (so nobody can guess an answer letter by letter, nor sort by one).
 */
@Configuration
public class PrivateSearchFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<Filter> privateSearchFilterRegistration(
      PrivateVariables privateVariables) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Door(privateVariables));
    registration.setName("private-search");
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    return registration;
  }

  static final class Door implements Filter {

    private final PrivateVariables privateVariables;

    Door(PrivateVariables privateVariables) {
      this.privateVariables = privateVariables;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      byte[] body = http.getInputStream().readAllBytes();
      Set<String> named = new TreeSet<>();
      if (http.getQueryString() != null) {
        String query = URLDecoder.decode(http.getQueryString(), StandardCharsets.UTF_8);
        for (String token : query.split("[^A-Za-z0-9]+")) {
          named.addAll(privateVariables.matching(token));
        }
      }
      if (body.length > 0) {
        try {
          collect(JSON.readTree(body), named);
        } catch (IOException notJson) {
          // not a JSON body: nothing to search in
        }
      }
      if (!named.isEmpty()) {
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(HttpServletResponse.SC_FORBIDDEN);
        out.setContentType("application/json;charset=UTF-8");
        out.getWriter()
            .write(
                JSON.writeValueAsString(
                    Map.of(
                        "type",
                        "AuthorizationException",
                        "message",
                        "Une recherche ne peut pas porter sur le contenu des documents privés ("
                            + String.join(", ", named)
                            + ").")));
        return;
      }
      chain.doFilter(new BufferedBodyRequest(http, body), response);
    }

    /** Every field name and text value of the body that names a private field, at any depth. */
    private void collect(JsonNode node, Set<String> named) {
      if (node == null) {
        return;
      }
      if (node.isTextual()) {
        named.addAll(privateVariables.matching(node.asText()));
      } else if (node.isObject()) {
        node.fields()
            .forEachRemaining(
                field -> {
                  named.addAll(privateVariables.matching(field.getKey()));
                  collect(field.getValue(), named);
                });
      } else if (node.isArray()) {
        node.forEach(child -> collect(child, named));
      }
    }
  }
}
