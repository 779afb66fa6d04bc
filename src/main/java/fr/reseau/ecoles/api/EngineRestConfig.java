package fr.reseau.ecoles.api;

import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jersey's settings for the engine's REST API ({@code /engine-rest}). */
@Configuration
public class EngineRestConfig {

  /**
   * No WADL: Jersey would describe every path of the API to anyone logged in ({@code
   * /engine-rest/application.wadl}, and the body of each OPTIONS answer), which no client of this
   * application reads, and build a JAXB context for it at the first request (about 270 classes
   * loaded while the first users log in, docs/performance.md).
   */
  @Bean
  public ResourceConfigCustomizer engineRestWithoutWadl() {
    return config -> config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
