package fr.reseau.ecoles.api;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}, used by Camunda Modeler and scripts) and the
 * application's own endpoints under {@code /api} require HTTP Basic against Camunda's identity
 * service, with Camunda's own filter: the same users and passwords as Tasklist, and the logged-in
 * user, their groups and tenants are known to the engine for the request, so authorizations and
 * tenant checks apply. The webapps keep their own session login and CSRF protection; only {@code
 * /actuator/health} answers without a login.
 */
@Configuration
public class ApiSecurityConfig {

  @Bean
  public FilterRegistrationBean<Filter> apiAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> engineListLoginFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new EngineListLoginFilter(engine));
    registration.setName("engine-list-login");
    registration.addUrlPatterns("/engine-rest/engine", "/engine-rest/engine/");
    return registration;
  }
}
