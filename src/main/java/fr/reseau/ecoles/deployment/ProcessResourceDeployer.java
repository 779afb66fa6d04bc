package fr.reseau.ecoles.deployment;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys {@code processes/} and {@code forms/} as one deployment with stable relative names, once
 * per network: a network is a Camunda tenant, so its definitions, instances and tasks are its own.
 *
 * <p>Duplicate filtering compares every resource with the latest deployment of the same name: a
 * restart without changes deploys nothing, and a change redeploys the whole folder, so that {@code
 * camunda:formRefBinding="deployment"} always finds the forms next to their process (the engine's
 * "deploy changed only" mode would break that binding).
 */
public class ProcessResourceDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final RepositoryService repositoryService;
  private final Path baseDirectory;
  private final String deploymentName;
  // The resources last checked: each network's deployment at start-up and a network created later
  // read the folders again, and check them only when a file changed since.
  private SortedMap<String, byte[]> checked;

  public ProcessResourceDeployer(
      RepositoryService repositoryService, Path baseDirectory, String deploymentName) {
    this.repositoryService = repositoryService;
    this.baseDirectory = baseDirectory;
    this.deploymentName = deploymentName;
  }

  /** What a call to {@link #deploy()} did. */
  public record Result(String deploymentId, boolean newDeployment, int resourceCount) {}

  /**
   * Reads the folders and checks every form reference; fails naming the file when one is missing.
   */
  public SortedMap<String, byte[]> checkedResources() {
    SortedMap<String, byte[]> resources = DeploymentResources.load(baseDirectory);
    if (resources.isEmpty()) {
      throw new IllegalStateException(
          "No process or form found in "
              + baseDirectory.toAbsolutePath()
              + "/processes nor on the classpath");
    }
    synchronized (this) {
      if (!sameContent(resources, checked)) {
        FormReferenceCheck.check(resources);
        checked = new TreeMap<>(resources);
      }
    }
    return resources;
  }

  private static boolean sameContent(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (b == null || !a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  /**
   * Deploys the folders (all but the academic groups' process and forms) for the network's tenant
   * when anything changed since that tenant's latest deployment of the same name.
   */
  public Result deploy(String tenantId) {
    return deploy(tenantId, name -> !DeploymentResources.isAcademic(name));
  }

  /**
   * Deploys the academic groups' process and forms ({@link DeploymentResources#isAcademic}) for an
   * academic group's tenant, when anything changed since that tenant's latest deployment.
   */
  public Result deployAcademic(String tenantId) {
    return deploy(tenantId, DeploymentResources::isAcademic);
  }

  private Result deploy(String tenantId, Predicate<String> scope) {
    SortedMap<String, byte[]> resources = checkedResources();
    resources.keySet().removeIf(scope.negate());
    long before = deployments(tenantId).count();
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(deploymentName)
            .source(deploymentName)
            .tenantId(tenantId)
            .enableDuplicateFiltering(false);
    resources.forEach(
        (name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    boolean newDeployment = deployments(tenantId).count() > before;
    LOG.info(
        "Processes and forms of tenant {} {}: {}",
        tenantId,
        resources.keySet(),
        newDeployment
            ? "deployed as " + deployment.getId()
            : "unchanged since deployment " + deployment.getId());
    return new Result(deployment.getId(), newDeployment, resources.size());
  }

  private DeploymentQuery deployments(String tenantId) {
    DeploymentQuery query =
        repositoryService.createDeploymentQuery().deploymentName(deploymentName);
    return tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
  }
}
