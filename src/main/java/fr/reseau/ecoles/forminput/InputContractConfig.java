package fr.reseau.ecoles.forminput;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP half of the input contract: Json bodies sent to the engine's doors (docs/access.md). */
@Configuration
public class InputContractConfig {

  @Bean
  public FilterRegistrationBean<JsonBodyGuard> jsonBodyGuard() {
    FilterRegistrationBean<JsonBodyGuard> registration =
        new FilterRegistrationBean<>(new JsonBodyGuard());
    registration.setName("json-body-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }
}
