package fr.reseau.ecoles.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.deployment.ProcessResourceDeployer;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A campaign mid-way (its visits waiting for their preparatory documents) is moved to changed
 * versions of {@code cdi-tour} (an element added) and {@code cdi-visit} (a waiting task renamed,
 * which needs an explicit mapping) through {@code POST /api/admin/migrations}, then finishes.
 */
class ProcessMigrationTest extends IntegrationTest {

  static final String RENAMED = "Task_PreVisitVisitorV2";

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessResourceDeployer deployer;
  @Autowired RepositoryService repository;

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> migrate(String user, Map<String, Object> body) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.postForEntity("/api/admin/migrations", body, Map.class);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> steps(ResponseEntity<?> answer) {
    return (List<Map<String, Object>>) ((Map<String, Object>) answer.getBody()).get("steps");
  }

  ProcessInstance startCampaign(TestNetwork network) {
    return startCdiTour(network);
  }

  void declareBoth(ProcessInstance tour, String member) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, true);
    answers.put(CdiTourVariables.VOLUNTEER_ROLE, "both");
    answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
    answers.put(CdiTourVariables.NEEDS, List.of("digital"));
    answers.put(CdiTourVariables.STRENGTHS, List.of("digital", "reading-culture"));
    answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of("travel"));
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  /**
   * The next version of the processes, deployed for the network as a designer's change would be:
   * the same files, {@code cdi-visit} with {@code Task_PreVisitVisitor} renamed, {@code cdi-tour}
   * with an intermediate event after the visits.
   */
  void deployChangedVersions(String networkId) {
    DeploymentBuilder builder =
        repository.createDeployment().name("reseau-ecoles-v2").tenantId(networkId);
    deployer
        .checkedResources()
        .forEach(
            (name, bytes) -> {
              String text = new String(bytes, StandardCharsets.UTF_8);
              if (name.endsWith("cdi-visit.bpmn")) {
                // Every mention of the id, the deadlines' expressions ('Task_…') included.
                text =
                    text.replace("\"Task_PreVisitVisitor\"", "\"" + RENAMED + "\"")
                        .replace("'Task_PreVisitVisitor'", "'" + RENAMED + "'");
              } else if (name.endsWith("cdi-tour.bpmn")) {
                text = withVisitsCompletedEvent(text);
              }
              builder.addInputStream(
                  name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            });
    builder.deploy();
  }

  static String withVisitsCompletedEvent(String bpmn) {
    String flow =
        "<bpmn:sequenceFlow id=\"Flow_VisitsDone\" sourceRef=\"CallActivity_Visits\" targetRef=\"Gateway_VisitsEnded\" />";
    assertThat(bpmn).contains(flow);
    return bpmn.replace(
            flow,
            "<bpmn:sequenceFlow id=\"Flow_VisitsDone\" sourceRef=\"CallActivity_Visits\" targetRef=\"Event_VisitsCompleted\" />"
                + "<bpmn:intermediateThrowEvent id=\"Event_VisitsCompleted\" name=\"Visites terminées\">"
                + "<bpmn:incoming>Flow_VisitsDone</bpmn:incoming>"
                + "<bpmn:outgoing>Flow_VisitsCompleted</bpmn:outgoing>"
                + "</bpmn:intermediateThrowEvent>"
                + "<bpmn:sequenceFlow id=\"Flow_VisitsCompleted\" sourceRef=\"Event_VisitsCompleted\" targetRef=\"Gateway_VisitsEnded\" />")
        .replace(
            "<bpmn:incoming>Flow_VisitsDone</bpmn:incoming>\n      <bpmn:incoming>Flow_OpenVisitsClosed</bpmn:incoming>",
            "<bpmn:incoming>Flow_VisitsCompleted</bpmn:incoming>\n      <bpmn:incoming>Flow_OpenVisitsClosed</bpmn:incoming>");
  }

  int version(ProcessInstance instance) {
    String definitionId =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getProcessDefinitionId();
    return repository.getProcessDefinition(definitionId).getVersion();
  }

  /** Up to the signed mission order, today: no reminder timer of the other visit falls due. */
  void agreeOnDate(ProcessInstance visit, String date) {
    complete(visit, RENAMED, CampaignPeople.visitorDocument());
    complete(visit, "Task_PreVisitHost", CampaignPeople.hostDocument());
    complete(visit, "Task_ProposeVisitDate", CampaignPeople.dateProposal(date));
    complete(visit, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());
    complete(visit, "Task_SignMissionOrder", CampaignPeople.missionOrderSigned("OM-" + date));
  }

  void afterTheVisit(ProcessInstance visit) {
    executeDueJobs(visit);
    complete(visit, "Task_ConfirmVisitHeld", CampaignPeople.visitHeld());
    complete(visit, "Task_WriteRecap", CampaignPeople.recap(List.of("digital")));
    complete(visit, "Task_ValidateRecap", CampaignPeople.recapValidated(true));
  }

  @Test
  void aRunningCampaignMovesToTheChangedVersionsAndFinishes() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    TestNetwork network = networks.create(2);
    ProcessInstance tour = startCampaign(network);
    declareBoth(tour, network.documentalistes().get(0));
    declareBoth(tour, network.documentalistes().get(1));
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));
    List<ProcessInstance> visits = calledInstances(tour);
    assertThat(visits).hasSize(2);
    int oldVersion = version(tour);

    deployChangedVersions(network.id());

    Map<String, Object> visitRequest = new HashMap<>();
    visitRequest.put("processKey", CdiVisitVariables.PROCESS_KEY);
    visitRequest.put("tenantId", network.id());
    assertThat(migrate(null, visitRequest).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(migrate("mathilde.arnaud", visitRequest).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A dry run (the default) lists the waiting task the new version no longer has.
    var dryRun = migrate("admin", visitRequest);
    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(steps(dryRun)).hasSize(1);
    assertThat(steps(dryRun).get(0))
        .containsEntry("instances", 2)
        .containsEntry("migrated", false)
        .containsEntry("sourceVersion", oldVersion)
        .containsEntry("targetVersion", oldVersion + 1);
    assertThat(steps(dryRun).get(0).get("problems").toString())
        .contains("Task_PreVisitVisitor: 2 instance(s) wait there");
    visitRequest.put("dryRun", false);
    assertThat(steps(migrate("admin", visitRequest)).get(0)).containsEntry("migrated", false);
    assertThat(version(visits.get(0))).as("nothing moved").isEqualTo(oldVersion);

    visitRequest.put("renamedActivities", Map.of("Task_PreVisitVisitor", RENAMED));
    assertThat(steps(migrate("admin", visitRequest)).get(0))
        .containsEntry("migrated", true)
        .containsEntry("problems", List.of());
    var tourAnswer =
        migrate(
            "admin",
            Map.of(
                "processKey",
                CdiTourVariables.PROCESS_KEY,
                "tenantId",
                network.id(),
                "dryRun",
                false));
    assertThat(steps(tourAnswer).get(0)).containsEntry("migrated", true);
    assertThat(version(tour)).isEqualTo(oldVersion + 1);
    assertThat(version(visits.get(1))).isEqualTo(oldVersion + 1);
    assertThat(task(visits.get(0), RENAMED)).isNotNull();

    agreeOnDate(visits.get(0), "2026-11-17");
    agreeOnDate(visits.get(1), "2026-11-19");
    clockAt(LocalDate.of(2026, 11, 20), 9);
    afterTheVisit(visits.get(0));
    afterTheVisit(visits.get(1));
    executeDueJobs(tour);
    assertThat(tour)
        .hasPassed("Event_VisitsCompleted", "Task_CompileSummary")
        .isWaitingAt("Task_PublishSummary");
    complete(
        tour,
        "Task_PublishSummary",
        Map.of(
            CdiTourVariables.SUMMARY_PUBLISHED,
            true,
            CdiTourVariables.SUMMARY_COMMENT,
            "Merci à toutes et tous"));
    assertThat(tour).isEnded().hasPassed("End_CampaignClosed");
  }
}
