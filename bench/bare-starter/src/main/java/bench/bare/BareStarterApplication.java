package bench.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A bare Camunda 7.24 Spring Boot starter: the engine, its webapps and REST API, and nothing of
 * the application. The only addition is HTTP Basic on /engine-rest (Camunda's own filter, as its
 * documentation shows), so that the benchmark logs in the same way on both servers.
 */
@SpringBootApplication
public class BareStarterApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareStarterApplication.class, args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
