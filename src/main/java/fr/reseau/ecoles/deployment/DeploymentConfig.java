package fr.reseau.ecoles.deployment;

import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deploys processes and forms as soon as the engine exists: a broken deployment stops the start-up. */
@Configuration
public class DeploymentConfig {

  @Bean
  public ProcessResourceDeployer processResourceDeployer(ProcessEngine engine,
      @Value("${app.deployment.directory:.}") String directory, @Value("${app.deployment.name:reseau-ecoles}") String name) {
    ProcessResourceDeployer deployer = new ProcessResourceDeployer(engine.getRepositoryService(), Path.of(directory), name);
    deployer.deploy();
    return deployer;
  }
}
