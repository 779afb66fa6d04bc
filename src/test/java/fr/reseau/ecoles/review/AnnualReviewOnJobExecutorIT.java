package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of a campaign opens the year's review by itself, on the job executor with nobody logged
 * in; its reminder and deadline fire there too, and the meeting starts next year's campaign.
 */
class AnnualReviewOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired AnnualReviewRepository reviews;
  @Autowired NetworkMeetingRepository meetings;

  @Test
  void theEndOfACampaignOpensTheReviewWhoseMeetingStartsNextYearsCampaign() {
    TestNetwork network = networks.create(3);
    CampaignPeople people = new CampaignPeople(this, network);
    ProcessInstance tour = people.startCampaign("2026-2027");
    people.declareAll(
        tour,
        Map.of(
            network.documentalistes().get(0),
            "both",
            network.documentalistes().get(1),
            "both",
            network.documentalistes().get(2),
            "both"));
    people.approvePairing(tour);
    List<ProcessInstance> visits = calledInstances(tour);
    assertThat(visits).hasSize(3);
    // Every pair prepares its visit on the day of the pairing, before the clock moves to the visit:
    // past their due dates (dueAfter), pre-visit documents are escalated to the coordinators.
    for (int i = 0; i < visits.size(); i++) {
      people.prepareVisit(visits.get(i), CampaignPeople.visitDay(i));
    }
    clockAt(LocalDate.of(2026, 11, 27), 9);
    for (ProcessInstance visit : visits) {
      people.finishVisit(visit, List.of("digital"));
    }
    assertThat(task(tour, "Task_PublishSummary")).as("summary to publish").isNotNull();
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();

    // Opened on the job executor, where nobody is logged in.
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .singleResult();
    assertThat(review).as("annual review started by the end of the campaign").isNotNull();
    AnnualReview opened =
        reviews.findByNetworkIdAndSchoolYear(network.id(), "2026-2027").orElseThrow();
    assertThat(opened.getProcessInstanceId()).isEqualTo(review.getId());
    List<Task> feedback =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_GiveFeedback")
            .list();
    assertThat(feedback)
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(network.documentalistes());

    giveFeedback(review, network.documentalistes().get(0));
    // The reminder, then the deadline, on the job executor.
    LocalDate due =
        LocalDate.parse(
            (String)
                runtimeService.getVariable(
                    review.getId(), AnnualReviewVariables.FEEDBACK_DUE_DATE));
    LocalDate reminder =
        LocalDate.parse(
            (String)
                runtimeService.getVariable(
                    review.getId(), AnnualReviewVariables.FEEDBACK_REMINDER_DATE));
    clockAt(reminder, 9);
    assertThat(
            runtimeService.getVariable(
                review.getId(), AnnualReviewVariables.Internal.FEEDBACK_REMINDER_PENDING_COUNT))
        .isEqualTo(2);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey("Task_GiveFeedback")
                .list())
        .extracting(Task::getPriority)
        .containsOnly(80);
    clockAt(due.plusDays(1), 9);
    assertThat(task(review, "Task_PlanNetworkMeeting"))
        .as("meeting to plan after the deadline")
        .isNotNull();
    completeAs(
        network.coordinator(),
        review,
        "Task_PlanNetworkMeeting",
        Map.of(
            AnnualReviewVariables.PLANNED_MEETING_DATE,
            fr.reseau.ecoles.calendar.EngineClock.today().plusDays(7).toString(),
            AnnualReviewVariables.PLANNED_MEETING_START_TIME,
            "17:00",
            AnnualReviewVariables.PLANNED_MEETING_END_TIME,
            "19:00"));
    assertThat(task(review, "Task_HoldNetworkMeeting")).as("meeting planned").isNotNull();

    Map<String, Object> meeting = new HashMap<>();
    meeting.put(AnnualReviewVariables.MEETING_DATE, due.plusDays(1).toString());
    meeting.put(AnnualReviewVariables.MEETING_DECISION, "continue");
    meeting.put(AnnualReviewVariables.REQUESTED_TRAININGS, List.of("digital"));
    meeting.put(AnnualReviewVariables.START_NEXT_CAMPAIGN, true);
    meeting.put(AnnualReviewVariables.NEXT_SCHOOL_YEAR, "2027-2028");
    meeting.put(AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE, "2027-09-24");
    meeting.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_START, "2027-09-27");
    meeting.put(AnnualReviewVariables.NEXT_VISIT_WINDOW_END, "2028-05-26");
    completeAs(network.coordinator(), review, "Task_HoldNetworkMeeting", meeting);
    assertThat(isEnded(review)).isTrue();

    String nextId =
        meetings.findByReviewId(opened.getId()).orElseThrow().getNextCampaignProcessInstanceId();
    ProcessInstance next =
        runtimeService.createProcessInstanceQuery().processInstanceId(nextId).singleResult();
    assertThat(next.getBusinessKey()).isEqualTo("cdi-tour:" + network.id() + ":2027-2028");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(next.getId())
                .taskDefinitionKey("Task_DeclareVolunteering")
                .count())
        .isEqualTo(3);
    assertNoFailure();
  }

  void giveFeedback(ProcessInstance review, String member) {
    completeAs(
        member,
        taskOf(review, "Task_GiveFeedback", member),
        Map.of(
            AnnualReviewVariables.FEEDBACK_NEEDS_MET,
            "4",
            AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
            "Un coin lecture repensé",
            AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
            "Plus tôt dans l'année"));
  }
}
