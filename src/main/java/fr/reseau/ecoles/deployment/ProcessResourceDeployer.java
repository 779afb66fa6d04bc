package fr.reseau.ecoles.deployment;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.SortedMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys {@code processes/} and {@code forms/} as one deployment with stable relative names.
 *
 * <p>Duplicate filtering compares every resource with the latest deployment of the same name: a
 * restart without changes deploys nothing, and a change redeploys the whole folder, so that
 * {@code camunda:formRefBinding="deployment"} always finds the forms next to their process (the
 * engine's "deploy changed only" mode would break that binding).
 */
public class ProcessResourceDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final RepositoryService repositoryService;
  private final Path baseDirectory;
  private final String deploymentName;

  public ProcessResourceDeployer(RepositoryService repositoryService, Path baseDirectory, String deploymentName) {
    this.repositoryService = repositoryService;
    this.baseDirectory = baseDirectory;
    this.deploymentName = deploymentName;
  }

  /** What a call to {@link #deploy()} did. */
  public record Result(String deploymentId, boolean newDeployment, int resourceCount) {}

  /** Deploys the folders when anything changed since the latest deployment of the same name. */
  public Result deploy() {
    SortedMap<String, byte[]> resources = DeploymentResources.load(baseDirectory);
    if (resources.isEmpty()) {
      throw new IllegalStateException("No process or form found in " + baseDirectory.toAbsolutePath()
          + "/processes nor on the classpath");
    }
    FormReferenceCheck.check(resources);

    long before = repositoryService.createDeploymentQuery().deploymentName(deploymentName).count();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source(deploymentName)
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    boolean newDeployment = repositoryService.createDeploymentQuery().deploymentName(deploymentName).count() > before;
    LOG.info("Processes and forms {}: {}", resources.keySet(),
        newDeployment ? "deployed as " + deployment.getId() : "unchanged since deployment " + deployment.getId());
    return new Result(deployment.getId(), newDeployment, resources.size());
  }
}
