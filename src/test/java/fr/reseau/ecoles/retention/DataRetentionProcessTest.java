package fr.reseau.ecoles.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code data-retention}: a nightly timer starts the purge; deployed for a network, it purges that
 * network.
 */
class DataRetentionProcessTest extends RetentionTestSupport {

  static final Path MODEL = Path.of("processes/data-retention.bpmn");

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired CampaignRepository campaigns;

  @Test
  void theNightlyTimerOfANetworkStartsThePurgeOfThatNetwork() {
    TestNetwork network = networks.create(2);
    Long campaignId = cancelledCampaign(network);

    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .timers()
            .singleResult();
    // A start timer has no instance yet: its activity is on its job definition.
    assertThat(
            managementService
                .createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId())
                .singleResult()
                .getActivityId())
        .isEqualTo("Timer_EveryNight");
    assertThat(serverTime(timer))
        .satisfies(
            due -> {
              assertThat(due.getHour()).isEqualTo(3);
              assertThat(due.getMinute()).isZero();
            });

    clockAt(EXPIRY, 3);
    execute(timer);
    ProcessInstance night =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .singleResult();
    // The purge runs in its own job: a failure is an incident on the task, the nightly timer goes
    // on.
    assertThat(night).isWaitingAt("Task_PurgePersonalContent");
    assertThat(declarations(campaignId)).isEqualTo(2);
    Job next =
        managementService
            .createJobQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .timers()
            .singleResult();
    assertThat(next.getDuedate()).isAfter(timer.getDuedate());
    assertThat(serverTime(next).getHour()).isEqualTo(3);

    execute(job(night));
    assertThat(night)
        .isEnded()
        .hasPassed("Timer_EveryNight", "Task_PurgePersonalContent", "End_PersonalContentPurged");
    assertThat(declarations(campaignId)).isZero();
    assertThat(campaigns.findById(campaignId).orElseThrow().getPersonalContentPurgedAt())
        .isNotNull();
    SpinJsonNode purged =
        (SpinJsonNode)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(night.getId())
                .variableName(DataRetentionVariables.Internal.PURGED_CAMPAIGNS)
                .singleResult()
                .getValue();
    assertThat(purged.elements())
        .extracting(SpinJsonNode::stringValue)
        .contains(network.id() + " 2026-2027");
  }

  @Test
  void deployedForANetworkItPurgesThatNetworkOnly() throws IOException {
    TestNetwork network = networks.create(2);
    TestNetwork other = networks.create(2);
    Long campaignId = cancelledCampaign(network);
    Long otherCampaignId = cancelledCampaign(other);

    // Each network has its own deployment of processes/ (ProcessResourceDeployer), so its own
    // timer.
    clockAt(EXPIRY, 3);
    ProcessInstance night = runNight(network);
    assertThat(night).isEnded().hasPassed("Task_PurgePersonalContent");
    assertThat(declarations(campaignId)).isZero();
    assertThat(declarations(otherCampaignId)).isEqualTo(2);
  }

  @Test
  void theRetentionPeriodIsTheTasksInputParameter() throws IOException {
    TestNetwork network = networks.create(2);
    Long campaignId = cancelledCampaign(network);
    String model = Files.readString(MODEL, StandardCharsets.UTF_8);
    String parameter =
        "<camunda:inputParameter name=\"retentionMonthsAfterSchoolYear\">${12}</camunda:inputParameter>";
    assertThat(model).contains(parameter);

    Deployment deployment =
        deployForNetwork(network, model.replace(parameter, parameter.replace("${12}", "${24}")));
    try {
      clockAt(EXPIRY, 3);
      runNight(network);
      assertThat(declarations(campaignId)).isEqualTo(2);
      clockAt(EXPIRY.plusYears(1), 3);
      runNight(network);
      assertThat(declarations(campaignId)).isZero();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  /** A designer's changed model, deployed for that network only. */
  Deployment deployForNetwork(TestNetwork network, String model) {
    return repositoryService
        .createDeployment()
        .name("data-retention-test")
        .tenantId(network.id())
        .addString("processes/data-retention.bpmn", model)
        .deploy();
  }

  /** The network's timer fires, then the purge job runs. */
  ProcessInstance runNight(TestNetwork network) {
    execute(
        managementService
            .createJobQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .timers()
            .singleResult());
    ProcessInstance night =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .singleResult();
    assertThat(night).isWaitingAt("Task_PurgePersonalContent");
    execute(job(night));
    assertThat(night).isEnded();
    return night;
  }

  static LocalDateTime serverTime(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
  }
}
