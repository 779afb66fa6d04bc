package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path and timer of {@code cdi-tour}, on fresh test networks. */
class CdiTourProcessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired DeclarationRepository declarations;
  @Autowired VisitRepository visits;
  @Autowired CampaignRepository campaigns;

  TestNetwork network;

  @BeforeEach
  void network() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    network = networks.create(4);
  }

  ProcessInstance start() {
    return startProcess(
        "cdi-tour",
        network.id(),
        Map.of(
            "schoolYear",
            "2026-2027",
            "networkId",
            network.id(),
            "volunteeringDeadline",
            "2026-09-30",
            "visitWindowStart",
            "2026-10-05",
            "visitWindowEnd",
            "2027-05-28"));
  }

  void declare(ProcessInstance tour, String member, String role) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put("volunteer", role != null);
    if (role != null) {
      answers.put("volunteerRole", role);
      answers.put("publicServed", "college");
      answers.put("needs", List.of("digital"));
      answers.put("strengths", List.of("digital", "reading-culture"));
      answers.put("constraintKinds", List.of("travel"));
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  SpinJsonNode json(ProcessInstance tour, String variable) {
    return (SpinJsonNode) runtimeService.getVariable(tour.getId(), variable);
  }

  @Test
  void campaignRunsFromDeclarationsToPublishedSummaryAfterTheEndOfTheWindow() {
    ProcessInstance tour = start();
    assertThat(tour).hasBusinessKey("cdi-tour:" + network.id() + ":2026-2027");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(tour.getId())
                .taskDefinitionKey("Task_DeclareVolunteering")
                .list())
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(network.documentalistes());

    declare(tour, network.documentalistes().get(0), "both");
    declare(tour, network.documentalistes().get(1), "both");
    declare(tour, network.documentalistes().get(2), "visitor");
    declare(tour, network.documentalistes().get(3), null);

    assertThat(tour)
        .isWaitingAt("Task_ReviewPairing")
        .hasPassed("Task_CloseVolunteering", "Task_ProposePairing");
    assertThat(task(tour, "Task_ReviewPairing")).hasCandidateGroup("coordinators");
    SpinJsonNode proposed = json(tour, "proposedVisits");
    // Three volunteers, two of whom can host: at most two visits.
    assertThat(proposed.elements()).hasSize(2);
    assertThat(proposed.elements().get(0).prop("reasons").stringValue()).contains("km");

    complete(tour, "Task_ReviewPairing", Map.of("pairingApproved", true));
    assertThat(tour).isWaitingAt("CallActivity_Visits");
    assertThat(calledInstances(tour)).hasSize(2);
    Long campaignId = (Long) runtimeService.getVariable(tour.getId(), "campaignId");

    // One visit takes place on the last day of the window; its recap is not written in time.
    ProcessInstance lastDayVisit = calledInstances(tour).get(0);
    complete(
        lastDayVisit,
        "Task_PreVisitVisitor",
        Map.of("visitorExpectations", "Voir", "visitorWishesToSee", "Le fonds"));
    complete(
        lastDayVisit,
        "Task_PreVisitHost",
        Map.of(
            "hostExpectations",
            "Échanger",
            "hostWishesToShow",
            "Le fonds",
            "hostPublicDescription",
            "Collège"));
    complete(
        lastDayVisit,
        "Task_ProposeVisitDate",
        Map.of("visitDate", "2027-05-28", "visitHalfDay", "afternoon"));
    complete(lastDayVisit, "Task_ConfirmVisitDate", Map.of("visitDateAccepted", true));
    complete(
        lastDayVisit,
        "Task_SignMissionOrder",
        Map.of("missionOrderSigned", true, "missionOrderRef", "OM-7"));
    clockAt(LocalDate.of(2027, 5, 29), 9);
    executeDueJobs(tour);
    assertThat(tour).isWaitingAt("CallActivity_Visits");
    complete(lastDayVisit, "Task_ConfirmVisitHeld", Map.of("visitHeld", true));

    // Fourteen days after the window: the visit never held is cancelled, the one held stays held.
    clockAt(LocalDate.of(2027, 6, 11), 9);
    executeDueJobs(tour);
    assertThat(tour).isWaitingAt("CallActivity_Visits");
    clockAt(LocalDate.of(2027, 6, 12), 9);
    executeDueJobs(tour);
    assertThat(tour)
        .isWaitingAt("Task_PublishSummary")
        .hasPassed("Task_CloseOpenVisits", "Task_CompileSummary");
    assertThat(visits.findByCampaignIdOrderById(campaignId))
        .extracting(v -> v.getStatus())
        .containsExactlyInAnyOrder(VisitStatus.HELD, VisitStatus.CANCELLED);
    assertThat(calledInstances(tour)).isEmpty();

    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(tour, "Task_PublishSummary").getId(), Map.of("summaryPublished", false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("summaryPublished");
    complete(
        tour,
        "Task_PublishSummary",
        Map.of("summaryPublished", true, "summaryComment", "Merci à toutes et tous"));
    assertThat(tour).isEnded().hasPassed("End_CampaignClosed");
  }

  @Test
  void reminderIsRecordedAndTheDeadlineClosesOpenDeclarations() {
    ProcessInstance tour = start();
    declare(tour, network.documentalistes().get(0), "visitor");
    declare(tour, network.documentalistes().get(1), "host");

    clockAt(LocalDate.of(2026, 9, 23), 9);
    executeDueJobs(tour);
    assertThat(tour).hasPassed("Task_RecordReminder").isWaitingAt("Task_DeclareVolunteering");
    assertThat(runtimeService.getVariable(tour.getId(), "reminderPendingCount")).isEqualTo(2);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(tour.getId())
                .taskDefinitionKey("Task_DeclareVolunteering")
                .list())
        .extracting(Task::getPriority)
        .containsOnly(80);
    Long campaignId = (Long) runtimeService.getVariable(tour.getId(), "campaignId");
    assertThat(campaigns.findById(campaignId).orElseThrow().getReminderRecordedAt()).isNotNull();

    clockAt(LocalDate.of(2026, 10, 1), 9);
    executeDueJobs(tour);
    assertThat(tour)
        .isWaitingAt("Task_ReviewPairing")
        .hasPassed("Timer_VolunteeringDeadline", "Task_CloseVolunteering");
    List<Declaration> all = declarations.findByCampaignIdOrderByMemberUserId(campaignId);
    assertThat(all).hasSize(4);
    assertThat(all.stream().filter(d -> !d.isAnswered()))
        .hasSize(2)
        .allMatch(d -> !d.isVolunteer());
    assertThat(json(tour, "proposedVisits").elements()).hasSize(1);
  }

  @Test
  void rejectedPairingIsProposedAgainWithoutTheForbiddenPair() {
    ProcessInstance tour = start();
    for (String member : network.documentalistes()) {
      declare(tour, member, "both");
    }
    SpinJsonNode first = json(tour, "proposedVisits").elements().get(0);
    String visitor = first.prop("visitor").stringValue();
    String host = first.prop("host").stringValue();

    complete(
        tour,
        "Task_ReviewPairing",
        Map.of(
            "pairingApproved",
            false,
            "forbiddenPairs",
            List.of(Map.of("visitor", visitor, "host", host))));
    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    assertThat(json(tour, "proposedVisits").elements())
        .hasSize(4)
        .noneMatch(
            v ->
                v.prop("visitor").stringValue().equals(visitor)
                    && v.prop("host").stringValue().equals(host));
    assertThat(runtimeService.getVariable(tour.getId(), "pairingApproved")).isNull();

    String unknown = "personne.inconnue";
    String reviewId = task(tour, "Task_ReviewPairing").getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    reviewId,
                    Map.of(
                        "pairingApproved",
                        false,
                        "forcedPairs",
                        List.of(Map.of("visitor", unknown, "host", host)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("forcedPairs");
  }

  @Test
  void summaryComesAsSoonAsEveryVisitHasEnded() {
    ProcessInstance tour = start();
    declare(tour, network.documentalistes().get(0), "visitor");
    declare(tour, network.documentalistes().get(1), "host");
    declare(tour, network.documentalistes().get(2), null);
    declare(tour, network.documentalistes().get(3), null);
    complete(tour, "Task_ReviewPairing", Map.of("pairingApproved", true));
    ProcessInstance visit = calledInstances(tour).get(0);
    assertThat(visit)
        .hasBusinessKey(
            "cdi-visit:"
                + network.id()
                + ":2026-2027:"
                + network.documentalistes().get(0)
                + ":"
                + network.documentalistes().get(1));

    driveVisitToCompletion(visit, "2026-11-26", List.of("digital"));
    executeDueJobs(tour);
    assertThat(visit).isEnded();
    assertThat(tour).isWaitingAt("Task_PublishSummary").hasNotPassed("Task_CloseOpenVisits");
    assertThat(runtimeService.getVariable(tour.getId(), "summaryCsvUrl"))
        .isEqualTo("/api/networks/" + network.id() + "/campaigns/2026-2027/summary.csv");
  }

  @Test
  void aSecondCampaignForTheSameYearOrBadDatesIsRefused() {
    start();
    assertThatThrownBy(this::start)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schoolYear");
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-30", "2027-10-05", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("visitWindowStart");
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-05", "2027-10-05", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("visitWindowStart")
        .hasMessageContaining("lendemain");
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-05", "2027-10-06", "2027-10-30"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("visitWindowEnd")
        .hasMessageContaining("28 jours");
    assertThatThrownBy(() -> startYear("2027-28", "2027-10-05", "2027-10-06", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schoolYear");
    assertThat(campaigns.findByNetworkIdAndSchoolYear(network.id(), "2027-2028")).isEmpty();
  }

  ProcessInstance startYear(
      String schoolYear, String deadline, String windowStart, String windowEnd) {
    return startProcess(
        "cdi-tour",
        network.id(),
        Map.of(
            "schoolYear",
            schoolYear,
            "networkId",
            network.id(),
            "volunteeringDeadline",
            deadline,
            "visitWindowStart",
            windowStart,
            "visitWindowEnd",
            windowEnd));
  }
}
