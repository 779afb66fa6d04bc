package fr.reseau.ecoles.summary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.retention.DataRetentionVariables;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.review.NetworkMeetingRepository;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.workshop.WorkshopDayPeople;
import fr.reseau.ecoles.workshop.WorkshopDayRepository;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole year of the demo network with the real job executor and nobody logged in on it: the
 * campaign from the coordinator's start to the published summary, a workshop day of the demo
 * school, the annual review opened by the end of the campaign, its meeting starting next year's
 * campaign, and the nightly retention removing the year's personal content a year later. People act
 * through the engine's services as themselves; every timer and async continuation runs on the job
 * executor. It fails as soon as any job of the five processes fails or leaves an incident.
 */
class DemoYearOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final String NETWORK = DemoCampaignTest.NETWORK;
  static final String COORDINATOR = "mathilde.arnaud";
  static final List<String> PROCESSES =
      List.of(
          CdiTourVariables.PROCESS_KEY,
          CdiVisitVariables.PROCESS_KEY,
          AnnualReviewVariables.PROCESS_KEY,
          WorkshopDayVariables.PROCESS_KEY,
          DataRetentionVariables.PROCESS_KEY);

  @Autowired VisitRepository visits;
  @Autowired CampaignRepository campaigns;
  @Autowired AnnualReviewRepository reviews;
  @Autowired NetworkMeetingRepository meetings;
  @Autowired WorkshopDayRepository workshopDays;
  @Autowired WorkshopDayPeople workshopPeople;
  @Autowired SummaryService summaries;
  @Autowired HistoryService historyService;

  @Test
  void aWholeDemoYearLeavesNoIncident() {
    List<String> documentalistes = new ArrayList<>(DemoCampaignTest.ANSWERS.keySet());
    documentalistes.addAll(List.of("ines.moreau", "elise.blanc"));
    CampaignPeople people =
        new CampaignPeople(this, new TestNetwork(NETWORK, documentalistes, List.of(), COORDINATOR));

    ProcessInstance tour = people.startCampaign("2026-2027");
    assertThat(taskService.createTaskQuery().processInstanceId(tour.getId()).count()).isEqualTo(14);
    DemoCampaignTest.ANSWERS.forEach(
        (member, answer) ->
            completeAs(
                member, taskOf(tour, "Task_DeclareVolunteering", member), declaration(answer)));
    clockAt(LocalDate.of(2026, 9, 23), 9);
    assertThat(variable(tour, CdiTourVariables.Internal.REMINDER_PENDING_COUNT)).isEqualTo(2);
    clockAt(LocalDate.of(2026, 10, 1), 9);
    people.approvePairing(tour);

    List<ProcessInstance> visitInstances = calledInstances(tour);
    assertThat(visitInstances).hasSize(8);
    clockAt(LocalDate.of(2026, 10, 12), 9);
    // The two pairs that will not agree on a date send their pre-visit documents in time (each
    // step has its own deadlines); the date agreement then stalls.
    for (int i = 6; i < 8; i++) {
      people.byAssignee(
          visitInstances.get(i),
          "Task_PreVisitVisitor",
          Map.of(
              CdiVisitVariables.VISITOR_EXPECTATIONS,
              "Voir",
              CdiVisitVariables.VISITOR_WISHES_TO_SEE,
              "Tout"));
      people.byAssignee(
          visitInstances.get(i),
          "Task_PreVisitHost",
          Map.of(
              CdiVisitVariables.HOST_EXPECTATIONS,
              "Échanger",
              CdiVisitVariables.HOST_WISHES_TO_SHOW,
              "Le fonds",
              CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
              "Lycée"));
    }

    for (int i = 0; i < 6; i++) {
      people.prepareVisit(visitInstances.get(i), CampaignPeople.visitDay(i));
    }
    clockAt(LocalDate.of(2026, 11, 27), 9);
    for (int i = 0; i < 6; i++) {
      people.finishVisit(visitInstances.get(i), DemoCampaignTest.RECAP_NEEDS.get(i));
    }
    // In the winter, a workshop day of the demo school, every timer on the job executor.
    Long dayId =
        workshopPeople.runWholeDay(this, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 4));

    // Three weeks before the end of the window, the two visits without a date go to the
    // coordinators.
    clockAt(LocalDate.of(2027, 5, 8), 9);
    people.byAssignee(
        visitInstances.get(6),
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "cancel",
            CdiVisitVariables.STALLED_COMMENT,
            "Congé"));
    people.byAssignee(
        visitInstances.get(7),
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "reschedule",
            CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
            "2027-05-20"));
    // Still no date: the end of the window closes it.
    clockAt(LocalDate.of(2027, 6, 12), 9);
    Long campaignId = (Long) variable(tour, CdiTourVariables.Internal.CAMPAIGN_ID);
    assertThat(visits.findByCampaignIdOrderById(campaignId))
        .extracting(v -> v.getStatus())
        .filteredOn(s -> s == VisitStatus.COMPLETED)
        .hasSize(6);
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();
    assertThat(summaries.find(NETWORK, "2026-2027").orElseThrow().isPublished()).isTrue();

    // The end of the campaign opened the review on the job executor.
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(NETWORK)
            .singleResult();
    assertThat(review).as("annual review opened by the end of the campaign").isNotNull();
    List<Task> feedback =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_GiveFeedback")
            .list();
    assertThat(feedback).hasSizeGreaterThan(1);
    // Everyone but one answers; the reminder and the deadline fire on the job executor.
    for (Task task : feedback.subList(1, feedback.size())) {
      completeAs(
          task.getAssignee(),
          task,
          CampaignPeople.feedback(
              taskService,
              task.getId(),
              Map.of(
                  AnnualReviewVariables.FEEDBACK_NEEDS_MET,
                  "4",
                  AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
                  "Nouvelle organisation du prêt",
                  AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
                  "Visites avant Noël")));
    }
    clockAfterTimer(review, "Timer_FeedbackReminder");
    assertThat(variable(review, AnnualReviewVariables.Internal.FEEDBACK_REMINDER_PENDING_COUNT))
        .isEqualTo(1);
    clockAfterTimer(review, "Timer_FeedbackDeadline");
    Map<String, Object> meeting = new HashMap<>();
    meeting.put(AnnualReviewVariables.MEETING_DATE, LocalDate.of(2027, 7, 2).toString());
    meeting.put(AnnualReviewVariables.MEETING_DECISION, "continue");
    meeting.put(AnnualReviewVariables.REQUESTED_TRAININGS, List.of("digital"));
    meeting.put(AnnualReviewVariables.START_NEXT_CAMPAIGN, true);
    meeting.put(AnnualReviewVariables.NEXT_SCHOOL_YEAR, "2027-2028");
    meeting.put(AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE, "2027-09-24");
    meeting.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_START, "2027-09-27");
    meeting.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_END, "2028-05-26");
    completeAs(
        COORDINATOR,
        review,
        "Task_PlanNetworkMeeting",
        Map.of(
            AnnualReviewVariables.PLANNED_MEETING_DATE,
            fr.reseau.ecoles.calendar.EngineClock.today().plusDays(7).toString(),
            AnnualReviewVariables.PLANNED_MEETING_START_TIME,
            "17:00",
            AnnualReviewVariables.PLANNED_MEETING_END_TIME,
            "19:00"));
    completeAs(COORDINATOR, review, "Task_HoldNetworkMeeting", meeting);
    assertThat(isEnded(review)).isTrue();
    Long reviewId =
        reviews.findByNetworkIdAndSchoolYear(NETWORK, "2026-2027").orElseThrow().getId();
    ProcessInstance next =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(
                meetings.findByReviewId(reviewId).orElseThrow().getNextCampaignProcessInstanceId())
            .singleResult();
    assertThat(next.getBusinessKey()).isEqualTo("cdi-tour:" + NETWORK + ":2027-2028");

    // The five processes ran this year (the nightly data-retention with every move of the clock),
    // none
    // ever had an incident. (Checked now: their history goes a year after they end, by history
    // cleanup.)
    for (String process : PROCESSES) {
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(process)
                  .tenantIdIn(NETWORK)
                  .count())
          .as("instances of %s this year", process)
          .isPositive();
      assertThat(
              historyService.createHistoricIncidentQuery().processDefinitionKeyIn(process).count())
          .as("incidents of %s, ever", process)
          .isZero();
    }

    // A year after the end of the school year, the network's nightly timer removes its personal
    // content.
    clockAtRetentionNight(NETWORK, LocalDate.of(2028, 9, 1));
    assertThat(campaigns.findById(campaignId).orElseThrow().getPersonalContentPurgedAt())
        .isNotNull();
    assertThat(visits.findByCampaignIdOrderById(campaignId)).isEmpty();
    assertThat(workshopDays.findById(dayId).orElseThrow().getPersonalContentPurgedAt()).isNotNull();

    assertNoFailure();
  }

  static Map<String, Object> declaration(DemoCampaignTest.Answer answer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CdiTourVariables.VOLUNTEER, answer.role() != null);
    if (answer.role() != null) {
      variables.put(CdiTourVariables.VOLUNTEER_ROLE, answer.role());
      variables.put(CdiTourVariables.PUBLIC_SERVED, answer.publicServed());
      variables.put(CdiTourVariables.NEEDS, answer.needs());
      variables.put(CdiTourVariables.STRENGTHS, answer.strengths());
      variables.put(CdiTourVariables.PPCR_PLANNED, answer.ppcr());
      variables.put(CdiTourVariables.CONSTRAINT_KINDS, answer.constraints());
    }
    return variables;
  }
}
