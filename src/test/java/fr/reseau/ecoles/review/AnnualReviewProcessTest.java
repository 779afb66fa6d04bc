package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path and timer of {@code annual-review}, on a hand-built year of a fresh test network. */
class AnnualReviewProcessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired FeedbackRepository feedbacks;
  @Autowired NetworkMeetingRepository meetings;
  @Autowired YearReportRepository reports;
  @Autowired YearIndicatorsService indicators;
  @Autowired AnnualReviewRepository reviews;
  @Autowired fr.reseau.ecoles.notification.OutboxRepository outbox;

  TestNetwork network;
  List<String> participants;

  @BeforeEach
  void year() {
    network = networks.create(6);
    handBuilt.build(network);
    // Visits held: 0→1, 2→3, 3→0.
    participants = network.documentalistes().subList(0, 4);
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  ProcessInstance startAsCoordinator() {
    identityService.setAuthentication(
        network.coordinator(), List.of("coordinators"), List.of(network.id()));
    try {
      return startProcess(
          AnnualReviewVariables.PROCESS_KEY,
          network.id(),
          Map.of(AnnualReviewVariables.SCHOOL_YEAR, HandBuiltYear.YEAR));
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task feedbackTask(ProcessInstance review, String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(review.getId())
        .taskDefinitionKey("Task_GiveFeedback")
        .taskAssignee(member)
        .singleResult();
  }

  void giveFeedback(ProcessInstance review, String member, String score, String practice) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(AnnualReviewVariables.FEEDBACK_NEEDS_MET, score);
    answers.put(AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES, practice);
    answers.put(AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES, "Plus de temps");
    taskService.complete(feedbackTask(review, member).getId(), answers);
    executeDueJobs(review);
  }

  /** « Planifier la réunion de bilan »: the meeting's day, times and place. */
  static Map<String, Object> plannedMeeting(String date, String start, String end, String place) {
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualReviewVariables.PLANNED_MEETING_DATE, date);
    form.put(AnnualReviewVariables.PLANNED_MEETING_START_TIME, start);
    form.put(AnnualReviewVariables.PLANNED_MEETING_END_TIME, end);
    form.put(AnnualReviewVariables.PLANNED_MEETING_PLACE, place);
    return form;
  }

  /** Plans the meeting a week after today's clock, then waits at « Tenir la réunion de bilan ». */
  void planMeeting(ProcessInstance review) {
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    complete(
        review,
        "Task_PlanNetworkMeeting",
        plannedMeeting(
            fr.reseau.ecoles.calendar.EngineClock.today().plusDays(7).toString(),
            "17:00",
            "19:00",
            "CDI du collège"));
  }

  Map<String, Object> meeting(String decision, boolean startNext) {
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualReviewVariables.MEETING_DATE, "2027-05-31");
    form.put(AnnualReviewVariables.MEETING_DECISION, decision);
    form.put(AnnualReviewVariables.MEETING_NOTES, "Visites plus tôt dans l'année");
    form.put(AnnualReviewVariables.REQUESTED_TRAININGS, List.of("digital", "guidance"));
    form.put(AnnualReviewVariables.START_NEXT_CAMPAIGN, startNext);
    if (startNext) {
      form.put(AnnualReviewVariables.NEXT_SCHOOL_YEAR, "2027-2028");
      form.put(AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE, "2027-09-24");
      form.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_START, "2027-09-27");
      form.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_END, "2028-05-26");
    }
    return form;
  }

  @Test
  void feedbackRemindedThenClosedAtTheDeadlineThenTheMeetingStartsNextYearsCampaign() {
    ProcessInstance review = startAsCoordinator();
    assertThat(review)
        .hasBusinessKey("annual-review:" + network.id() + ":" + HandBuiltYear.YEAR)
        .isWaitingAt("Task_GiveFeedback");
    assertThat(runtimeService.getVariable(review.getId(), AnnualReviewVariables.FEEDBACK_DUE_DATE))
        .isEqualTo("2027-06-22");
    assertThat(
            runtimeService.getVariable(
                review.getId(), AnnualReviewVariables.FEEDBACK_REMINDER_DATE))
        .isEqualTo("2027-06-15");
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_GiveFeedback")
            .list();
    assertThat(tasks)
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(participants);
    assertThat(tasks).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());

    giveFeedback(review, participants.get(0), "4", "Un coin lecture repensé");
    giveFeedback(review, participants.get(1), "5", null);
    giveFeedback(review, participants.get(2), "3", "Des séances EMI avec les collègues");
    assertThat(feedbacks.findByReviewIdOrderById(reviewId(review)))
        .extracting(Feedback::getNeedsMetScore)
        .containsExactly(4, 5, 3);
    // Private answers: stored, never left in the engine nor in its history.
    for (String name :
        List.of(
            AnnualReviewVariables.FEEDBACK_NEEDS_MET,
            AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
            AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES)) {
      // (the open task's own empty field stays until it is answered)
      assertThat(
              runtimeService
                  .createVariableInstanceQuery()
                  .processInstanceIdIn(review.getId())
                  .variableName(name)
                  .list())
          .allSatisfy(v -> assertThat(v.getValue()).isNull());
      assertThat(
              historyService
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(review.getId())
                  .variableName(name)
                  .count())
          .isZero();
      assertThat(
              historyService.createHistoricDetailQuery().processInstanceId(review.getId()).list())
          .noneMatch(d -> d.toString().contains(name));
    }

    // One week before the deadline, the last open task moves up.
    clockAt(LocalDate.of(2027, 6, 15), 9);
    executeDueJobs(review);
    assertThat(
            runtimeService.getVariable(
                review.getId(), AnnualReviewVariables.Internal.FEEDBACK_REMINDER_PENDING_COUNT))
        .isEqualTo(1);
    Task late = feedbackTask(review, participants.get(3));
    assertThat(late.getPriority()).isEqualTo(80);
    assertThat(review).isWaitingAt("Task_GiveFeedback");
    // ... and its author is reminded, with the link to their own task (the follow-up date).
    assertThat(late.getFollowUpDate()).isEqualTo(new ProcessDates().daysBefore("2027-06-15", 0));
    assertThat(outbox.findByRecipientUserIdOrderById(participants.get(3)))
        .filteredOn(m -> m.getKind().equals("task-reminder"))
        .singleElement()
        .satisfies(m -> assertThat(m.getLink()).endsWith("task=" + late.getId()));
    assertThat(outbox.findByRecipientUserIdOrderById(participants.get(0)))
        .noneMatch(m -> m.getKind().equals("task-reminder"));

    // At the end of the last day, the review goes on without it.
    clockAt(LocalDate.of(2027, 6, 23), 9);
    executeDueJobs(review);
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(review).hasPassed("Task_CompileIndicators");
    Task plan = task(review, "Task_PlanNetworkMeeting");
    assertThat(taskService.getIdentityLinksForTask(plan.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("coordinators");
    // Reminder after followUpAfter (P7D, processes/task-deadlines.dmn), the task's follow-up date.
    assertThat(plan.getFollowUpDate())
        .isEqualTo(
            java.util.Date.from(
                java.time.ZonedDateTime.of(2027, 6, 30, 9, 0, 0, 0, ProcessDates.ZONE)
                    .toInstant()));
    complete(
        review,
        "Task_PlanNetworkMeeting",
        plannedMeeting("2027-06-29", "17h30", "19:30", "Salle du conseil, collège Pont-Romain"));
    AnnualReview planned =
        reviews.findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR).orElseThrow();
    assertThat(planned.getMeetingStartsAt())
        .isEqualTo(java.time.LocalDateTime.of(2027, 6, 29, 17, 30));
    assertThat(planned.getMeetingEndsAt())
        .isEqualTo(java.time.LocalDateTime.of(2027, 6, 29, 19, 30));
    assertThat(planned.getMeetingPlace()).isEqualTo("Salle du conseil, collège Pont-Romain");
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    assertThat(taskService.getIdentityLinksForTask(task(review, "Task_HoldNetworkMeeting").getId()))
        .extracting(IdentityLink::getGroupId)
        .contains("coordinators");
    assertThat(runtimeService.getVariable(review.getId(), AnnualReviewVariables.NEXT_SCHOOL_YEAR))
        .isEqualTo("2027-2028");
    assertThat(
            runtimeService.getVariable(
                review.getId(), AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE))
        .isEqualTo("2027-09-30");
    assertThat(runtimeService.getVariable(review.getId(), AnnualReviewVariables.YEAR_PAGE_URL))
        .isEqualTo("/bilan/" + network.id() + "/2026-2027");
    SpinJsonNode figures =
        (SpinJsonNode)
            runtimeService.getVariable(review.getId(), AnnualReviewVariables.REVIEW_KEY_FIGURES);
    assertThat(figures.toString())
        .contains("{\"label\":\"Avis reçus\",\"value\":\"3\",\"previous\":\"—\"}")
        .contains(
            "{\"label\":\"Besoins initiaux satisfaits : note moyenne sur 5\",\"value\":\"4\",\"previous\":\"—\"}");
    SpinJsonNode texts =
        (SpinJsonNode)
            runtimeService.getVariable(review.getId(), AnnualReviewVariables.FEEDBACK_TEXTS);
    assertThat(texts.elements()).hasSize(3);
    assertThat(texts.toString())
        .contains("Un coin lecture repensé")
        .doesNotContain(participants.get(0));

    complete(review, "Task_HoldNetworkMeeting", meeting("adjust", true));
    assertThat(review).hasPassed("Task_ProduceReport", "Task_StartNextCampaign").isEnded();
    assertThat(review).hasPassed("End_NextCampaignStarted");
    NetworkMeeting meeting = meetings.findByReviewId(reviewId(review)).orElseThrow();
    assertThat(meeting.getDecision()).isEqualTo(MeetingDecision.ADJUST);
    assertThat(meeting.getRequestedTrainings()).containsExactly("digital", "guidance");
    YearIndicators report =
        indicators.read(
            reports.findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR).orElseThrow());
    assertThat(report.feedback())
        .isEqualTo(new YearIndicators.Scores(4, 3, true, List.of(0L, 0L, 1L, 1L, 1L), 4.0));
    assertThat(report.meeting())
        .isEqualTo(
            new YearIndicators.Meeting(
                "2027-05-31",
                "Poursuivre en ajustant les règles ou le calendrier",
                List.of("Numérique et ressources en ligne", "Orientation et parcours des élèves"),
                "2027-2028"));

    ProcessInstance next =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(meeting.getNextCampaignProcessInstanceId())
            .singleResult();
    assertThat(next.getTenantId()).isEqualTo(network.id());
    assertThat(next.getBusinessKey()).isEqualTo("cdi-tour:" + network.id() + ":2027-2028");
    assertThat(runtimeService.getVariable(next.getId(), CdiTourVariables.VISIT_WINDOW_END))
        .isEqualTo("2028-05-26");
    assertThat(next).isWaitingAt("Task_DeclareVolunteering");
  }

  @Test
  void everyFeedbackGivenGoesStraightToTheMeetingAndAStopEndsTheReviewWithoutCampaign() {
    ProcessInstance review = startAsCoordinator();
    for (String member : participants) {
      giveFeedback(review, member, "5", "Rien");
    }
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(review).hasNotPassed("Task_RecordFeedbackReminder");
    // Only the planning step's reminder waits.
    assertThat(managementService.createJobQuery().processInstanceId(review.getId()).count())
        .isOne();
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(review.getId())
                .activityId("Timer_PlanNetworkMeetingReminder")
                .count())
        .isOne();
    planMeeting(review);
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    assertThat(managementService.createJobQuery().processInstanceId(review.getId()).count())
        .isZero();

    complete(review, "Task_HoldNetworkMeeting", meeting("stop", false));
    assertThat(review).hasPassed("End_ReviewClosed").isEnded();
    assertThat(review).hasNotPassed("Task_StartNextCampaign");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("cdi-tour:" + network.id() + ":2027-2028")
                .count())
        .isZero();
    assertThat(reports.findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR)).isPresent();
  }

  @Test
  void theEndOfACampaignStartsTheReviewThroughItsMessage() {
    runtimeService
        .createMessageCorrelation("Message_CampaignEnded")
        .tenantId(network.id())
        .setVariable(AnnualReviewVariables.SCHOOL_YEAR, HandBuiltYear.YEAR)
        .setVariable(AnnualReviewVariables.Internal.NETWORK_ID, network.id())
        .correlateStartMessage();
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .singleResult();
    // The campaign's end commits first; the review opens in a job of its own.
    assertThat(review).isWaitingAt("Start_CampaignEnded");
    // As on the job executor, which authenticates the job's tenant and no user
    // (AnnualReviewOnJobExecutorIT
    // runs the real one): the review opens for the process's network, nobody's rights to check.
    identityService.setAuthentication(null, null, List.of(network.id()));
    try {
      executeDueJobs(review);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(review).isWaitingAt("Task_GiveFeedback");
    assertThat(
            reviews
                .findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR)
                .orElseThrow()
                .getStartedBy())
        .isNull();
  }

  @Test
  void aYearWithoutVisitsHeldAsksNobodyAndGoesToTheMeeting() {
    ProcessInstance review =
        startProcess(
            AnnualReviewVariables.PROCESS_KEY,
            network.id(),
            Map.of(AnnualReviewVariables.SCHOOL_YEAR, "2030-2031"));
    executeDueJobs(review);
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(review).hasPassed("Task_GiveFeedback#multiInstanceBody", "Task_CompileIndicators");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey("Task_GiveFeedback")
                .count())
        .isZero();
  }

  @Test
  void refusals() {
    // One review per network and year.
    startAsCoordinator();
    assertThatThrownBy(this::startAsCoordinator)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(AnnualReviewVariables.SCHOOL_YEAR);
    // Only the network's coordinators.
    identityService.setAuthentication(
        network.documentalistes().get(0),
        List.of(CdiTourVariables.DOCUMENTALISTES),
        List.of(network.id()));
    try {
      assertThatThrownBy(
              () ->
                  startProcess(
                      AnnualReviewVariables.PROCESS_KEY,
                      network.id(),
                      Map.of(AnnualReviewVariables.SCHOOL_YEAR, "2027-2028")))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThatThrownBy(
            () ->
                startProcess(
                    AnnualReviewVariables.PROCESS_KEY,
                    network.id(),
                    Map.of(AnnualReviewVariables.SCHOOL_YEAR, "2027")))
        .hasMessageContaining("Champ « schoolYear »");
  }

  @Test
  void badFeedbackAndMeetingFormsAreRefusedNamingTheField() {
    ProcessInstance review = startAsCoordinator();
    Task task = feedbackTask(review, participants.get(0));
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task.getId(), Map.of(AnnualReviewVariables.FEEDBACK_NEEDS_MET, "7")))
        .hasMessageContaining("Champ « feedbackNeedsMet »");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of()))
        .hasMessageContaining("Champ « feedbackNeedsMet »");
    for (String member : participants) {
      giveFeedback(review, member, "4", null);
    }
    String planTask = task(review, "Task_PlanNetworkMeeting").getId();
    Map<String, Object> past = plannedMeeting("2027-06-01", "17:00", "19:00", null);
    assertThatThrownBy(() -> taskService.complete(planTask, past))
        .hasMessageContaining("Champ « plannedMeetingDate »");
    Map<String, Object> noDate = plannedMeeting(null, "17:00", "19:00", null);
    assertThatThrownBy(() -> taskService.complete(planTask, noDate))
        .hasMessageContaining("Champ « plannedMeetingDate »");
    Map<String, Object> badStart = plannedMeeting("2027-06-24", "25:00", "19:00", null);
    assertThatThrownBy(() -> taskService.complete(planTask, badStart))
        .hasMessageContaining("Champ « plannedMeetingStartTime »")
        .hasMessageContaining("n'est pas une heure");
    Map<String, Object> backwards = plannedMeeting("2027-06-24", "19:00", "17:00", null);
    assertThatThrownBy(() -> taskService.complete(planTask, backwards))
        .hasMessageContaining("Champ « plannedMeetingEndTime »")
        .hasMessageContaining("finir après");
    Map<String, Object> longPlace = plannedMeeting("2027-06-24", "17:00", "19:00", "x".repeat(301));
    assertThatThrownBy(() -> taskService.complete(planTask, longPlace))
        .hasMessageContaining("Champ « plannedMeetingPlace »");
    Map<String, Object> controlPlace = plannedMeeting("2027-06-24", "17:00", "19:00", "a\u0007b");
    assertThatThrownBy(() -> taskService.complete(planTask, controlPlace))
        .hasMessageContaining("Champ « plannedMeetingPlace »");
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(
            reviews
                .findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR)
                .orElseThrow()
                .getMeetingStartsAt())
        .isNull();
    assertThat(outbox.findByRecipientUserIdOrderById(network.coordinator()))
        .noneMatch(m -> m.getKind().equals("network-meeting-invitation"));
    planMeeting(review);
    String meetingTask = task(review, "Task_HoldNetworkMeeting").getId();
    Map<String, Object> stopAndStart = meeting("stop", true);
    assertThatThrownBy(() -> taskService.complete(meetingTask, stopAndStart))
        .hasMessageContaining("Champ « startNextCampaign »");
    Map<String, Object> future = meeting("continue", false);
    future.put(AnnualReviewVariables.MEETING_DATE, "2027-06-02");
    assertThatThrownBy(() -> taskService.complete(meetingTask, future))
        .hasMessageContaining("Champ « meetingDate »");
    Map<String, Object> shortWindow = meeting("continue", true);
    shortWindow.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_END, "2027-10-01");
    assertThatThrownBy(() -> taskService.complete(meetingTask, shortWindow))
        .hasMessageContaining("Champ « nextVisitWindowEnd »");
    Map<String, Object> badYear = meeting("continue", true);
    badYear.put(AnnualReviewVariables.NEXT_SCHOOL_YEAR, "2027-2029");
    assertThatThrownBy(() -> taskService.complete(meetingTask, badYear))
        .hasMessageContaining("Champ « nextSchoolYear »");
    Map<String, Object> thisYear = meeting("continue", true);
    thisYear.put(AnnualReviewVariables.NEXT_SCHOOL_YEAR, HandBuiltYear.YEAR);
    thisYear.put(AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE, "2026-09-24");
    thisYear.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_START, "2026-09-27");
    thisYear.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_END, "2027-05-26");
    assertThatThrownBy(() -> taskService.complete(meetingTask, thisYear))
        .hasMessageContaining("Champ « nextSchoolYear »");
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    assertThat(meetings.findByReviewId(reviewId(review))).isEmpty();
  }

  @Test
  void theCoordinatorsAreRemindedToPlanTheMeetingAfterAWeek() {
    ProcessInstance review = startAsCoordinator();
    for (String member : participants) {
      giveFeedback(review, member, "4", null);
    }
    Task plan = task(review, "Task_PlanNetworkMeeting");
    clockAt(LocalDate.of(2027, 6, 8), 10);
    executeDueJobs(review);
    assertThat(review).hasPassed("End_PlanNetworkMeetingReminded");
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(outbox.findByRecipientUserIdOrderById(network.coordinator()))
        .filteredOn(m -> m.getKind().equals("task-reminder"))
        .singleElement()
        .satisfies(m -> assertThat(m.getLink()).endsWith("task=" + plan.getId()));
    assertThat(outbox.findByRecipientUserIdOrderById(participants.get(0)))
        .noneMatch(m -> m.getKind().equals("task-reminder"));
    planMeeting(review);
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
  }

  Long reviewId(ProcessInstance review) {
    return ((Number)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(review.getId())
                .variableName(AnnualReviewVariables.Internal.REVIEW_ID)
                .singleResult()
                .getValue())
        .longValue();
  }
}
