package fr.reseau.ecoles.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/health} answers everyone (load balancers); anything else under {@code /actuator}
 * (today only the endpoint list; more if an operator exposes more) takes HTTP Basic of an
 * administrator ({@code camunda-admin}): 401 without a login, 403 for anyone else.
 */
@Configuration
public class ActuatorAccess {

  @Bean
  public FilterRegistrationBean<Filter> actuatorAccessFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new AdministratorsOnly(engine));
    registration.setName("actuator-administrators");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    return registration;
  }

  static final class AdministratorsOnly implements Filter {

    private final ProcessEngine engine;
    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    AdministratorsOnly(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse out = (HttpServletResponse) response;
      AuthenticationResult login = basic.extractAuthenticatedUser(http, engine);
      if (!login.isAuthenticated()) {
        basic.augmentResponseByAuthenticationChallenge(out, engine);
        out.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      List<String> groups =
          engine
              .getIdentityService()
              .createGroupQuery()
              .groupMember(login.getAuthenticatedUser())
              .list()
              .stream()
              .map(group -> group.getId())
              .toList();
      if (!groups.contains(Groups.CAMUNDA_ADMIN)) {
        out.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
