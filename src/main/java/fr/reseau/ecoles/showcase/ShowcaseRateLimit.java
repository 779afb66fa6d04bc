package fr.reseau.ecoles.showcase;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public part answers each client (its address as the servlet container sees it: behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so that it is the visitor's) at
 * most app.showcase.rate-limit.requests-per-minute times a minute, on all nodes together ({@link
 * ShowcaseRateLimiter}). Past that: {@code 429} with a French page on {@code /vitrine}, {@code 503}
 * on {@code /oai} (the flow control OAI-PMH harvesters expect), both with {@code Retry-After}.
 */
@Configuration
public class ShowcaseRateLimit {

  @Bean
  public FilterRegistrationBean<Filter> showcaseRateLimitFilter(ShowcaseRateLimiter limiter) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Limit(limiter));
    registration.setName("showcase-rate-limit");
    registration.addUrlPatterns("/vitrine", "/vitrine/*", "/oai", "/oai/*");
    return registration;
  }

  static final class Limit implements Filter {

    private final ShowcaseRateLimiter limiter;

    Limit(ShowcaseRateLimiter limiter) {
      this.limiter = limiter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      long now = System.currentTimeMillis();
      if (limiter.tryAcquire(http.getRemoteAddr(), now)) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse out = (HttpServletResponse) response;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      boolean oai = path.startsWith("/oai");
      out.setStatus(oai ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : 429);
      out.setHeader("Retry-After", Long.toString(ShowcaseRateLimiter.secondsLeft(now)));
      out.setHeader("Cache-Control", "no-store");
      out.setHeader("Content-Security-Policy", ShowcasePages.CONTENT_SECURITY_POLICY);
      out.setContentType(oai ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8");
      out.setCharacterEncoding(StandardCharsets.UTF_8.name());
      out.getWriter()
          .write(
              oai
                  ? "Trop de requêtes : réessayez dans une minute."
                  : ShowcasePages.tooManyRequestsPage());
    }
  }
}
