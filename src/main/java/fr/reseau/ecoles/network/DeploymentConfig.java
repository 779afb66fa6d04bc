package fr.reseau.ecoles.network;

import fr.reseau.ecoles.deployment.ProcessResourceDeployer;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks processes and forms as soon as the engine exists (a broken form reference stops the
 * start-up) and deploys them for every known network; a network created later is deployed by {@link
 * NetworkService}.
 */
@Configuration
public class DeploymentConfig {

  @Bean
  public ProcessResourceDeployer processResourceDeployer(
      ProcessEngine engine,
      NetworkRepository networks,
      @Value("${app.deployment.directory:.}") String directory,
      @Value("${app.deployment.name:reseau-ecoles}") String name) {
    ProcessResourceDeployer deployer =
        new ProcessResourceDeployer(engine.getRepositoryService(), Path.of(directory), name);
    deployer.checkedResources();
    networks.findAll().forEach(network -> deployer.deploy(network.getId()));
    return deployer;
  }
}
