package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code Task_HoldNetworkMeeting} « Tenir la réunion de bilan » with the board's choice of next
 * year's indicators: a checklist (Json) and a target each, refused naming the field, stored for the
 * next school year in the meeting's transaction, then shown against next year's figures.
 */
class NextIndicatorsStepTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired IdentityService identityService;
  @Autowired IndicatorTargetRepository targets;
  @Autowired NetworkMeetingRepository meetings;
  @Autowired YearReportRepository reports;
  @Autowired YearIndicatorsService indicators;
  @Autowired IndicatorBoards boards;

  @Test
  void theMeetingChoosesNextYearsIndicatorsWithATargetEach() {
    TestNetwork network = networks.create(6);
    handBuilt.build(network);
    clockAt(LocalDate.of(2027, 6, 1), 9);
    ProcessInstance review = start(network);
    for (String member : network.documentalistes().subList(0, 4)) {
      taskService.complete(
          taskService
              .createTaskQuery()
              .processInstanceId(review.getId())
              .taskDefinitionKey("Task_GiveFeedback")
              .taskAssignee(member)
              .singleResult()
              .getId(),
          Map.of(
              AnnualReviewVariables.FEEDBACK_NEEDS_MET,
              "4",
              AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
              "Rien",
              AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
              "Rien"));
      executeDueJobs(review);
    }
    complete(
        review,
        "Task_PlanNetworkMeeting",
        AnnualReviewProcessTest.plannedMeeting(
            EngineClock.today().plusDays(7).toString(), "17:00", "19:00", "CDI du collège"));
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    String meetingTask = task(review, "Task_HoldNetworkMeeting").getId();

    // Tasklist's checklist submits a Json list; a target outside its range is refused, nothing
    // kept.
    Map<String, Object> tooHigh = meeting();
    tooHigh.put(AnnualReviewVariables.TARGET_NEEDS_COVERED_RATE, 150);
    assertThatThrownBy(() -> taskService.complete(meetingTask, tooHigh))
        .hasMessageContaining("Champ « targetNeedsCoveredRate »");
    Map<String, Object> missing = meeting();
    missing.remove(AnnualReviewVariables.TARGET_INTER_DEGREE_VISITS);
    assertThatThrownBy(() -> taskService.complete(meetingTask, missing))
        .hasMessageContaining("Champ « targetInterDegreeVisits »");
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    Long reviewId =
        ((Number)
                runtimeService.getVariable(
                    review.getId(), AnnualReviewVariables.Internal.REVIEW_ID))
            .longValue();
    assertThat(meetings.findByReviewId(reviewId)).isEmpty();
    assertThat(targets.findByNetworkIdAndSchoolYearOrderById(network.id(), "2027-2028")).isEmpty();

    taskService.complete(meetingTask, meeting());

    assertThat(review).hasPassed("Task_ProduceReport").hasPassed("End_ReviewClosed").isEnded();
    assertThat(targets.findByNetworkIdAndSchoolYearOrderById(network.id(), "2027-2028"))
        .extracting(IndicatorTarget::getIndicator, IndicatorTarget::getTarget)
        .containsExactlyInAnyOrder(
            tuple("visitsHeld", 5.0),
            tuple("needsCoveredRate", 50.0),
            tuple("interDegreeVisits", 2.0));
    assertThat(targets.findByNetworkIdAndSchoolYearOrderById(network.id(), HandBuiltYear.YEAR))
        .isEmpty();
    // The report keeps the territorial figures for the years to come.
    YearIndicators reported =
        indicators.read(
            reports.findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR).orElseThrow());
    assertThat(reported.territory().network().values()).containsEntry("visitsHeld", 3.0);
    // Next year's board: the three indicators, against this year's report in the years.
    IndicatorBoard next = boards.board(network.id(), "2027-2028");
    assertThat(next.chosen())
        .extracting(IndicatorBoard.Chosen::indicator)
        .containsExactly("visitsHeld", "needsCoveredRate", "interDegreeVisits");
    assertThat(next.years())
        .extracting(IndicatorBoard.YearPoint::schoolYear)
        .containsExactly(HandBuiltYear.YEAR, "2027-2028");
  }

  private Map<String, Object> meeting() {
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualReviewVariables.MEETING_DATE, "2027-05-31");
    form.put(AnnualReviewVariables.MEETING_DECISION, "continue");
    form.put(AnnualReviewVariables.REQUESTED_TRAININGS, List.of());
    form.put(AnnualReviewVariables.START_NEXT_CAMPAIGN, false);
    form.put(
        AnnualReviewVariables.NEXT_INDICATORS,
        SpinValues.jsonValue("[\"visitsHeld\",\"needsCoveredRate\",\"interDegreeVisits\"]")
            .create());
    form.put(AnnualReviewVariables.TARGET_VISITS_HELD, 5L);
    form.put(AnnualReviewVariables.TARGET_NEEDS_COVERED_RATE, 50.0);
    form.put(AnnualReviewVariables.TARGET_INTER_DEGREE_VISITS, 2);
    return form;
  }

  private ProcessInstance start(TestNetwork network) {
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
}
