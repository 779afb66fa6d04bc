package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.pairing.PairingService;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
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
    return startCdiTour(network);
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
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
      answers.put(CdiTourVariables.NEEDS, List.of("digital"));
      answers.put(CdiTourVariables.STRENGTHS, List.of("digital", "reading-culture"));
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of("travel"));
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
    declare(tour, network.documentalistes().get(2), VolunteerRole.VISITOR.code());
    declare(tour, network.documentalistes().get(3), null);

    assertThat(tour)
        .isWaitingAt("Task_ReviewPairing")
        .hasPassed("Task_CloseVolunteering", "Task_ProposePairing");
    assertThat(task(tour, "Task_ReviewPairing")).hasCandidateGroup("coordinators");
    SpinJsonNode proposed = json(tour, CdiTourVariables.PROPOSED_VISITS);
    // Three volunteers, two of whom can host: at most two visits.
    assertThat(proposed.elements()).hasSize(2);
    assertThat(proposed.elements().get(0).prop("reasons").stringValue()).contains("km");

    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));
    assertThat(tour).isWaitingAt("CallActivity_Visits");
    assertThat(calledInstances(tour)).hasSize(2);
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);

    // One visit takes place on the last day of the window; its recap is not written in time.
    ProcessInstance lastDayVisit = calledInstances(tour).get(0);
    complete(
        lastDayVisit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "Le fonds"));
    complete(
        lastDayVisit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Échanger",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le fonds",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Collège"));
    complete(
        lastDayVisit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2027-05-28",
            CdiVisitVariables.VISIT_HALF_DAY,
            "afternoon"));
    complete(
        lastDayVisit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    complete(
        lastDayVisit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-7"));
    clockAt(LocalDate.of(2027, 5, 29), 9);
    executeDueJobs(tour);
    assertThat(tour).isWaitingAt("CallActivity_Visits");
    complete(lastDayVisit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));

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
                    task(tour, "Task_PublishSummary").getId(),
                    Map.of(CdiTourVariables.SUMMARY_PUBLISHED, false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.SUMMARY_PUBLISHED);
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

  @Test
  void reminderIsRecordedAndTheDeadlineClosesOpenDeclarations() {
    ProcessInstance tour = start();
    declare(tour, network.documentalistes().get(0), VolunteerRole.VISITOR.code());
    declare(tour, network.documentalistes().get(1), VolunteerRole.HOST.code());

    clockAt(LocalDate.of(2026, 9, 23), 9);
    executeDueJobs(tour);
    assertThat(tour).hasPassed("Task_RecordReminder").isWaitingAt("Task_DeclareVolunteering");
    assertThat(
            runtimeService.getVariable(
                tour.getId(), CdiTourVariables.Internal.REMINDER_PENDING_COUNT))
        .isEqualTo(2);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(tour.getId())
                .taskDefinitionKey("Task_DeclareVolunteering")
                .list())
        .extracting(Task::getPriority)
        .containsOnly(80);
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
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
    assertThat(json(tour, CdiTourVariables.PROPOSED_VISITS).elements()).hasSize(1);
  }

  @Test
  void rejectedPairingIsProposedAgainWithoutTheForbiddenPair() {
    ProcessInstance tour = start();
    for (String member : network.documentalistes()) {
      declare(tour, member, "both");
    }
    SpinJsonNode first = json(tour, CdiTourVariables.PROPOSED_VISITS).elements().get(0);
    String visitor = first.prop(PairingService.PAIR_VISITOR).stringValue();
    String host = first.prop(PairingService.PAIR_HOST).stringValue();

    complete(
        tour,
        "Task_ReviewPairing",
        Map.of(
            CdiTourVariables.PAIRING_APPROVED,
            false,
            CdiTourVariables.FORBIDDEN_PAIRS,
            List.of(Map.of(PairingService.PAIR_VISITOR, visitor, PairingService.PAIR_HOST, host))));
    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    assertThat(json(tour, CdiTourVariables.PROPOSED_VISITS).elements())
        .hasSize(4)
        .noneMatch(
            v ->
                v.prop(PairingService.PAIR_VISITOR).stringValue().equals(visitor)
                    && v.prop(PairingService.PAIR_HOST).stringValue().equals(host));
    assertThat(runtimeService.getVariable(tour.getId(), CdiTourVariables.PAIRING_APPROVED))
        .isNull();

    String unknown = "personne.inconnue";
    String reviewId = task(tour, "Task_ReviewPairing").getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    reviewId,
                    Map.of(
                        CdiTourVariables.PAIRING_APPROVED,
                        false,
                        CdiTourVariables.FORCED_PAIRS,
                        List.of(
                            Map.of(
                                PairingService.PAIR_VISITOR,
                                unknown,
                                PairingService.PAIR_HOST,
                                host)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.FORCED_PAIRS);
  }

  @Test
  void summaryComesAsSoonAsEveryVisitHasEnded() {
    ProcessInstance tour = start();
    declare(tour, network.documentalistes().get(0), VolunteerRole.VISITOR.code());
    declare(tour, network.documentalistes().get(1), VolunteerRole.HOST.code());
    declare(tour, network.documentalistes().get(2), null);
    declare(tour, network.documentalistes().get(3), null);
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));
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
    assertThat(runtimeService.getVariable(tour.getId(), CdiTourVariables.SUMMARY_CSV_URL))
        .isEqualTo("/api/networks/" + network.id() + "/campaigns/2026-2027/summary.csv");
  }

  @Test
  void aSecondCampaignForTheSameYearOrBadDatesIsRefused() {
    start();
    assertThatThrownBy(this::start)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.SCHOOL_YEAR);
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-30", "2027-10-05", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.VISIT_WINDOW_START);
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-05", "2027-10-05", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.VISIT_WINDOW_START)
        .hasMessageContaining("lendemain");
    assertThatThrownBy(() -> startYear("2027-2028", "2027-10-05", "2027-10-06", "2027-10-30"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.VISIT_WINDOW_END)
        .hasMessageContaining("28 jours");
    assertThatThrownBy(() -> startYear("2027-28", "2027-10-05", "2027-10-06", "2028-05-28"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiTourVariables.SCHOOL_YEAR);
    assertThat(campaigns.findByNetworkIdAndSchoolYear(network.id(), "2027-2028")).isEmpty();
  }

  ProcessInstance startYear(
      String schoolYear, String deadline, String windowStart, String windowEnd) {
    return startProcess(
        CdiTourVariables.PROCESS_KEY,
        network.id(),
        Map.of(
            CdiTourVariables.SCHOOL_YEAR,
            schoolYear,
            CdiTourVariables.NETWORK_ID,
            network.id(),
            CdiTourVariables.VOLUNTEERING_DEADLINE,
            deadline,
            CdiTourVariables.VISIT_WINDOW_START,
            windowStart,
            CdiTourVariables.VISIT_WINDOW_END,
            windowEnd));
  }
}
