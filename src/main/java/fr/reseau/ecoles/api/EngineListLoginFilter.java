package fr.reseau.ecoles.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's authentication filter lets the list of engine names ({@code /engine-rest/engine})
 * through without a login; here only the health check answers anonymous callers.
 */
class EngineListLoginFilter implements Filter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  EngineListLoginFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    AuthenticationResult result =
        basic.extractAuthenticatedUser((HttpServletRequest) request, engine);
    if (result.isAuthenticated()) {
      chain.doFilter(request, response);
    } else {
      HttpServletResponse http = (HttpServletResponse) response;
      basic.augmentResponseByAuthenticationChallenge(http, engine);
      http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }
}
