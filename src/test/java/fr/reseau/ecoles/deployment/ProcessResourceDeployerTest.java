package fr.reseau.ecoles.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessResourceDeployerTest extends IntegrationTest {

  @Autowired ProcessResourceDeployer deployer;
  @Autowired RepositoryService repositoryService;

  @Test
  void aRestartWithoutChangesDeploysNothingWhateverTheWorkingDirectory(@TempDir Path elsewhere) {
    long before = repositoryService.createDeploymentQuery().deploymentName("reseau-ecoles").count();
    assertThat(deployer.deploy("ventoux-baronnies").newDeployment()).isFalse();
    // Started from another folder (no processes/ there): the classpath copy has the same names and
    // bytes.
    ProcessResourceDeployer fromElsewhere =
        new ProcessResourceDeployer(repositoryService, elsewhere, "reseau-ecoles");
    assertThat(fromElsewhere.deploy("ventoux-baronnies").newDeployment()).isFalse();
    assertThat(repositoryService.createDeploymentQuery().deploymentName("reseau-ecoles").count())
        .isEqualTo(before);
  }

  @Test
  void eachNetworkHasItsOwnDeployment() {
    for (String network : List.of("ventoux-baronnies", "sainte-victoire")) {
      assertThat(
              repositoryService
                  .createProcessDefinitionQuery()
                  .tenantIdIn(network)
                  .latestVersion()
                  .list())
          .extracting(ProcessDefinition::getKey)
          .contains(CdiTourVariables.PROCESS_KEY, CdiVisitVariables.PROCESS_KEY);
    }
    assertThat(
            repositoryService
                .createDeploymentQuery()
                .deploymentName("reseau-ecoles")
                .withoutTenantId()
                .count())
        .isZero();
  }

  @Test
  void resourcesHaveStableRelativeNames() {
    String deploymentId =
        repositoryService
            .createDeploymentQuery()
            .deploymentName("reseau-ecoles")
            .tenantIdIn("sainte-victoire")
            .orderByDeploymentTime()
            .desc()
            .listPage(0, 1)
            .get(0)
            .getId();
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
        .contains(
            "processes/cdi-tour.bpmn",
            "processes/cdi-visit.bpmn",
            "processes/pairing-weights.dmn",
            "processes/task-deadlines.dmn",
            "forms/declare-volunteering.form")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void aChangedFileCreatesANewVersion(@TempDir Path base) throws IOException {
    writeProbe(base, "probe-form", "Première version");
    ProcessResourceDeployer probe =
        new ProcessResourceDeployer(repositoryService, base, "deployment-probe");
    assertThat(probe.deploy("probe-tenant").newDeployment()).isTrue();
    assertThat(probe.deploy("probe-tenant").newDeployment()).isFalse();

    writeProbe(base, "probe-form", "Deuxième version");
    assertThat(probe.deploy("probe-tenant").newDeployment()).isTrue();
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("deployment-probe")
                .latestVersion()
                .singleResult()
                .getVersion())
        .isEqualTo(2);
  }

  @Test
  void aMissingFormFailsWithTheFileNamed(@TempDir Path base) throws IOException {
    writeProbe(base, "formulaire-absent", "Tâche sans formulaire");
    Files.delete(base.resolve("forms/probe.form"));
    Files.writeString(
        base.resolve("forms/other.form"),
        "{\"id\": \"un-autre\", \"type\": \"default\", \"components\": []}");
    ProcessResourceDeployer probe =
        new ProcessResourceDeployer(repositoryService, base, "deployment-missing-form");
    assertThatThrownBy(() -> probe.deploy("probe-tenant"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("processes/probe.bpmn")
        .hasMessageContaining("Task_Probe")
        .hasMessageContaining("formulaire-absent");
    assertThat(
            repositoryService
                .createDeploymentQuery()
                .deploymentName("deployment-missing-form")
                .count())
        .isZero();
  }

  private static void writeProbe(Path base, String formRef, String taskName) throws IOException {
    Files.createDirectories(base.resolve("processes"));
    Files.createDirectories(base.resolve("forms"));
    Bpmn.writeModelToFile(
        base.resolve("processes/probe.bpmn").toFile(),
        Bpmn.createExecutableProcess("deployment-probe")
            .camundaHistoryTimeToLive(30)
            .startEvent()
            .userTask("Task_Probe")
            .name(taskName)
            .camundaFormRef(formRef)
            .camundaFormRefBinding("deployment")
            .endEvent()
            .done());
    Files.writeString(
        base.resolve("forms/probe.form"),
        "{\"id\": \"probe-form\", \"type\": \"default\", \"components\": []}");
  }
}
