package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path and timer of {@code cdi-visit}, started on its own for a fresh test network. */
class CdiVisitProcessTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16); // a Monday
  static final String VISIT_DATE = "2026-11-26"; // a Thursday, school day in zones A and B

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired VisitDocumentService visitDocuments;
  @Autowired VisitStepRepository steps;
  @Autowired RecapRepository recaps;
  @Autowired PreVisitDocumentRepository preVisitDocuments;

  TestNetwork network;
  String visitor;
  String host;

  @BeforeEach
  void network() {
    clockAt(TODAY, 9);
    network = networks.create(2);
    visitor = network.documentalistes().get(0);
    host = network.documentalistes().get(1);
  }

  ProcessInstance start() {
    return startVisit(network, visitor, host);
  }

  Visit visitOf(ProcessInstance instance) {
    Long id = (Long) runtimeService.getVariable(instance.getId(), CdiVisitVariables.VISIT_ID);
    return visits.findById(id).orElseThrow();
  }

  void preVisits(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_PreVisitVisitor", "Task_PreVisitHost");
    assertThat(task(instance, "Task_PreVisitVisitor")).isAssignedTo(visitor);
    assertThat(task(instance, "Task_PreVisitHost")).isAssignedTo(host);
    complete(
        instance,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir comment s'organise l'accueil",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "La banque de prêt et l'espace lecture",
            CdiVisitVariables.VISITOR_QUESTIONS,
            "Quel budget ?"));
    assertThat(instance).isWaitingAt("Task_PreVisitHost");
    complete(
        instance,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Un regard neuf sur l'aménagement",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le projet lecture avec les 6e",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Collège rural de 400 élèves"));
  }

  void agreeDate(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    assertThat(task(instance, "Task_ProposeVisitDate")).isAssignedTo(host);
    complete(
        instance,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE, VISIT_DATE, CdiVisitVariables.VISIT_HALF_DAY, "morning"));
    assertThat(task(instance, "Task_ConfirmVisitDate")).isAssignedTo(visitor);
    complete(
        instance, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
  }

  void signMissionOrder(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_SignMissionOrder");
    assertThat(task(instance, "Task_SignMissionOrder")).isAssignedTo(network.principals().get(0));
    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-2026-042"));
  }

  void dayAfterVisit(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Timer_DayAfterVisit");
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate())
        .isEqualTo(new fr.reseau.ecoles.calendar.ProcessDates().dayAfter(VISIT_DATE));
    clockAt(LocalDate.parse(VISIT_DATE).plusDays(1), 9);
    executeDueJobs(instance);
  }

  /** Pre-visit documents, date, mission order, then the day after the visit. */
  void reachVisitHeldQuestion(ProcessInstance instance) {
    preVisits(instance);
    agreeDate(instance);
    signMissionOrder(instance);
    dayAfterVisit(instance);
  }

  void recap(ProcessInstance instance) {
    complete(
        instance,
        "Task_WriteRecap",
        Map.of(
            CdiVisitVariables.RECAP_EXCHANGES,
            "Échanges riches sur la politique documentaire",
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
            "Signalétique du fonds fiction",
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
            "Essayer le club lecture",
            CdiVisitVariables.RECAP_ACTIONS,
            "Projet commun au printemps",
            CdiVisitVariables.RECAP_TRAINING_NEEDS,
            List.of("digital", "info-literacy"),
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
            true));
  }

  /** The host sends the recap back with an amendment. */
  void sendRecapBack(ProcessInstance instance) {
    complete(
        instance,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            false,
            CdiVisitVariables.RECAP_AMENDMENTS,
            "Ajouter le projet théâtre"));
  }

  @Test
  void privateAnswersGoOnlyToATaskOfTheVisitsProcessHeldByOneOfItsTeachers() {
    ProcessInstance instance = start();
    Visit visit = visitOf(instance);
    String third = "someone-not-of-this-visit";
    assertThat(
            visitDocuments.privateContentForTask(visit.getId(), instance.getId(), host, "own-task"))
        .isNotNull();
    assertThatThrownBy(
            () ->
                visitDocuments.privateContentForTask(
                    visit.getId(), instance.getId(), third, "someone-else"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused to task someone-else");
    assertThatThrownBy(
            () -> visitDocuments.privateContentForTask(visit.getId(), "other-process", host, "t"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mainPathEndsWithValidatedRecap() {
    ProcessInstance instance = start();
    assertThat(instance)
        .hasBusinessKey("cdi-visit:" + network.id() + ":2026-2027:" + visitor + ":" + host);
    preVisits(instance);
    assertThat(preVisitDocuments.findByVisitId(visitOf(instance).getId())).hasSize(2);
    agreeDate(instance);
    assertThat(visitOf(instance).getStatus()).isEqualTo(VisitStatus.DATE_AGREED);
    signMissionOrder(instance);
    assertThat(visitOf(instance).getMissionOrderRef()).isEqualTo("OM-2026-042");
    dayAfterVisit(instance);
    assertThat(task(instance, "Task_ConfirmVisitHeld")).isAssignedTo(host);
    complete(instance, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    assertThat(visitOf(instance).getStatus()).isEqualTo(VisitStatus.HELD);
    assertThat(task(instance, "Task_WriteRecap")).isAssignedTo(visitor);
    recap(instance);
    assertThat(task(instance, "Task_ValidateRecap")).isAssignedTo(host);
    Long visitId = visitOf(instance).getId();
    complete(instance, "Task_ValidateRecap", Map.of(CdiVisitVariables.RECAP_VALIDATED, true));

    assertThat(instance).isEnded().hasPassed("Task_CloseVisit", "End_VisitCompleted");
    Visit visit = visits.findById(visitId).orElseThrow();
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.COMPLETED);
    assertThat(visit.getVisitDate()).isEqualTo(LocalDate.parse(VISIT_DATE));
    assertThat(recaps.findFirstByVisitIdOrderByVersionDesc(visitId).orElseThrow().getValidated())
        .isTrue();
    assertThat(steps.findByVisitIdOrderById(visitId))
        .extracting(VisitStep::getStep)
        .containsExactly(
            "Task_ProposeVisitDate",
            "Task_ConfirmVisitDate",
            "Task_SignMissionOrder",
            "Task_ConfirmVisitHeld");
  }

  @Test
  void refusedDateGoesBackToTheHostWithTheComment() {
    ProcessInstance instance = start();
    preVisits(instance);
    complete(
        instance,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            VISIT_DATE,
            CdiVisitVariables.VISIT_HALF_DAY,
            "afternoon"));
    complete(
        instance,
        "Task_ConfirmVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE_ACCEPTED,
            false,
            CdiVisitVariables.DATE_REFUSAL_COMMENT,
            "Je suis en conseil de classe ce jour-là"));
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    assertThat(runtimeService.getVariable(instance.getId(), CdiVisitVariables.DATE_REFUSAL_COMMENT))
        .isEqualTo("Je suis en conseil de classe ce jour-là");
    agreeDate(instance);
    assertThat(instance).isWaitingAt("Task_SignMissionOrder");
  }

  @Test
  void refusedMissionOrderAsksThePairForAnotherDate() {
    ProcessInstance instance = start();
    preVisits(instance);
    agreeDate(instance);
    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            false,
            CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON,
            "Sortie scolaire ce jour-là"));
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    assertThat(visitOf(instance).getStatus()).isEqualTo(VisitStatus.PLANNED);
    complete(
        instance,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-12-03",
            CdiVisitVariables.VISIT_HALF_DAY,
            "afternoon"));
    // The earlier acceptance must not count for the new date.
    assertThat(runtimeService.getVariable(instance.getId(), CdiVisitVariables.VISIT_DATE_ACCEPTED))
        .isNull();
    assertThat(
            runtimeService.getVariable(
                instance.getId(), CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON))
        .isNull();
  }

  @Test
  void visitNotHeldAsksForANewDate() {
    ProcessInstance instance = start();
    reachVisitHeldQuestion(instance);
    complete(
        instance,
        "Task_ConfirmVisitHeld",
        Map.of(
            CdiVisitVariables.VISIT_HELD,
            false,
            CdiVisitVariables.VISIT_NOT_HELD_REASON,
            "Grève des transports"));
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
  }

  @Test
  void aRecapLongerThanTheEngineKeepsIsRefusedNamingTheField() {
    ProcessInstance instance = start();
    reachVisitHeldQuestion(instance);
    complete(instance, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    String taskId = task(instance, "Task_WriteRecap").getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    taskId,
                    Map.of(
                        CdiVisitVariables.RECAP_EXCHANGES,
                        "é".repeat(4001),
                        CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
                        "Signalétique",
                        CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
                        "Club lecture")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.RECAP_EXCHANGES)
        .hasMessageContaining("4000");
    assertThat(instance).isWaitingAt("Task_WriteRecap");
    assertThat(recaps.findFirstByVisitIdOrderByVersionDesc(visitOf(instance).getId())).isEmpty();
  }

  @Test
  void recapSentBackReturnsToTheVisitorAndKeepsEachVersion() {
    ProcessInstance instance = start();
    reachVisitHeldQuestion(instance);
    complete(instance, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    recap(instance);
    sendRecapBack(instance);
    assertThat(instance).isWaitingAt("Task_WriteRecap");
    recap(instance);
    Long visitId = visitOf(instance).getId();
    assertThat(recaps.findFirstByVisitIdOrderByVersionDesc(visitId).orElseThrow().getVersion())
        .isEqualTo(2);
    complete(instance, "Task_ValidateRecap", Map.of(CdiVisitVariables.RECAP_VALIDATED, true));
    assertThat(instance).isEnded();
  }

  @Test
  void noDateThreeWeeksBeforeTheEndGoesToTheCoordinatorsWhoReschedule() {
    ProcessInstance instance = start();
    preVisits(instance);
    assertThat(
            runtimeService.getVariable(instance.getId(), CdiVisitVariables.DATE_AGREEMENT_DEADLINE))
        .isEqualTo("2027-03-10");
    clockAt(LocalDate.of(2027, 3, 11), 9);
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_ResolveStalledVisit");
    assertThat(task(instance, "Task_ResolveStalledVisit")).hasCandidateGroup("coordinators");

    complete(
        instance,
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "reschedule",
            CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
            "2027-03-24",
            CdiVisitVariables.STALLED_COMMENT,
            "Merci de fixer une date avant fin mars"));
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("Timer_DateAgreementDeadline")
                .singleResult()
                .getDuedate())
        .isEqualTo(new fr.reseau.ecoles.calendar.ProcessDates().endOfDay("2027-03-24"));
  }

  @Test
  void coordinatorsCanCancelAStalledVisit() {
    ProcessInstance instance = start();
    Long visitId = visitOf(instance).getId();
    // The stall timer guards the date agreement, which starts once both pre-visit documents are in
    // (before, each pre-visit task has deadlines of its own: CdiVisitFollowUpTest).
    preVisits(instance);
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    clockAt(LocalDate.of(2027, 3, 11), 9);
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_ResolveStalledVisit");
    complete(
        instance,
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "cancel",
            CdiVisitVariables.STALLED_COMMENT,
            "Mutation"));
    assertThat(instance).isEnded().hasPassed("Task_CancelVisit", "End_VisitCancelled");
    Visit visit = visits.findById(visitId).orElseThrow();
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.CANCELLED);
    assertThat(visit.getCancelReason()).contains("Mutation");
  }

  @Test
  void aDateOutsideTheWindowOrOnAHolidayIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = start();
    preVisits(instance);
    String taskId = task(instance, "Task_ProposeVisitDate").getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    taskId,
                    Map.of(
                        CdiVisitVariables.VISIT_DATE,
                        "2027-06-15",
                        CdiVisitVariables.VISIT_HALF_DAY,
                        "morning")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.VISIT_DATE)
        .hasMessageContaining("période de visites");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    taskId,
                    Map.of(
                        CdiVisitVariables.VISIT_DATE,
                        "2026-12-22",
                        CdiVisitVariables.VISIT_HALF_DAY,
                        "morning")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Vacances de Noël");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    taskId,
                    Map.of(
                        CdiVisitVariables.VISIT_DATE,
                        "2026-11-28",
                        CdiVisitVariables.VISIT_HALF_DAY,
                        "morning")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("samedi");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    taskId,
                    Map.of(
                        CdiVisitVariables.VISIT_DATE,
                        VISIT_DATE,
                        CdiVisitVariables.VISIT_HALF_DAY,
                        "evening")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.VISIT_HALF_DAY);
    assertThat(instance).isWaitingAt("Task_ProposeVisitDate");
    assertThat(steps.findByVisitIdOrderById(visitOf(instance).getId())).isEmpty();
  }

  @Test
  void aVisitInsideOneEstablishmentCannotStart() {
    host = networks.addColleague(network, 0);
    assertThatThrownBy(this::start)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.HOST)
        .hasMessageContaining("même établissement");
  }

  @Test
  void aVisitIdThatIsNotANumberOrAlreadyRunIsRefused() {
    assertThatThrownBy(
            () ->
                startProcess(
                    CdiVisitVariables.PROCESS_KEY,
                    network.id(),
                    Map.of(CdiVisitVariables.VISIT_ID, "douze")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.VISIT_ID);
    Long running = visitOf(start()).getId();
    assertThatThrownBy(
            () ->
                startProcess(
                    CdiVisitVariables.PROCESS_KEY,
                    network.id(),
                    Map.of(CdiVisitVariables.VISIT_ID, running)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("déjà suivie");
  }

  @Test
  void answersOfAnEarlierRoundNeverCountForTheNextOne() {
    ProcessInstance instance = start();
    reachVisitHeldQuestion(instance);
    complete(
        instance,
        "Task_ConfirmVisitHeld",
        Map.of(
            CdiVisitVariables.VISIT_HELD,
            false,
            CdiVisitVariables.VISIT_NOT_HELD_REASON,
            "Malade"));
    clockAt(TODAY.plusDays(14), 9);
    complete(
        instance,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-12-10",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    complete(
        instance, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    // The reference of the first mission order does not sign the second one.
    String secondOrder = task(instance, "Task_SignMissionOrder").getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    secondOrder, Map.of(CdiVisitVariables.MISSION_ORDER_SIGNED, true)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.MISSION_ORDER_REF);
    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-2026-099"));
    assertThat(visitOf(instance).getMissionOrderRef()).isEqualTo("OM-2026-099");

    clockAt(LocalDate.of(2026, 12, 11), 9);
    executeDueJobs(instance);
    complete(instance, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    recap(instance);
    sendRecapBack(instance);
    recap(instance);
    assertThat(runtimeService.getVariable(instance.getId(), CdiVisitVariables.RECAP_AMENDMENTS))
        .isNull();
    Long visitId = visitOf(instance).getId();
    complete(instance, "Task_ValidateRecap", Map.of(CdiVisitVariables.RECAP_VALIDATED, true));
    assertThat(recaps.findFirstByVisitIdOrderByVersionDesc(visitId).orElseThrow().getAmendments())
        .isNull();
  }
}
