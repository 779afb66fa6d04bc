package fr.reseau.ecoles.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Security headers of the application's own responses ({@code /bilan}, {@code /api}, {@code
 * /engine-rest}, error pages): a strict Content-Security-Policy (no script at all, the pages' one
 * inline stylesheet by its hash, never framed), {@code X-Content-Type-Options: nosniff} (a download
 * is never run as a page) and no referrer. The Camunda webapps under {@code /camunda/} keep the
 * headers of their own filter ({@code camunda.bpm.webapp.header-security.*}: CSP with their script
 * nonce, nosniff, {@code frame-ancestors 'none'}), which this one must not override.
 */
@Configuration
public class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src "
          + PageStyle.CSP_SOURCE
          + "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Bean
  public FilterRegistrationBean<Filter> securityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Headers());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
    return registration;
  }

  static final class Headers implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (!path.startsWith("/camunda/")) {
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("X-Frame-Options", "DENY");
        out.setHeader("Referrer-Policy", "no-referrer");
      }
      chain.doFilter(request, response);
    }
  }
}
