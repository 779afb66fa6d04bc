package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationForm;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual review asks every volunteer of the year, through the engine: a volunteer whose visit
 * did not take place is asked why instead of the questions on the visit, and the server holds them
 * to it whatever the form sends.
 */
class FeedbackFromEveryVolunteerTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired IdentityService identityService;
  @Autowired FeedbackRepository feedbacks;
  @Autowired DeclarationRepository declarations;
  @Autowired MemberRepository members;

  TestNetwork network;
  String withoutVisit;

  @BeforeEach
  void year() {
    network = networks.create(6);
    Long campaignId = handBuilt.build(network);
    // Visits held: 0→1, 2→3, 3→0; a fifth volunteer, never paired.
    withoutVisit = networks.addColleague(network, 5);
    declarations.save(
        Declaration.answered(
            campaignId,
            withoutVisit,
            members.findById(withoutVisit).orElseThrow().getEstablishmentCode(),
            new DeclarationForm(
                true,
                VolunteerRole.BOTH,
                "college",
                Set.of(),
                null,
                Set.of("digital"),
                Set.of(),
                false,
                null),
            Instant.parse("2026-09-15T08:00:00Z")));
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  ProcessInstance start() {
    identityService.setAuthentication(
        network.coordinator(), List.of("coordinators"), List.of(network.id()));
    try {
      ProcessInstance review =
          startProcess(
              AnnualReviewVariables.PROCESS_KEY,
              network.id(),
              Map.of(AnnualReviewVariables.SCHOOL_YEAR, HandBuiltYear.YEAR));
      executeDueJobs(review);
      return review;
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

  @Test
  void everyVolunteerIsAskedAndOneWithoutAVisitSaysWhyInsteadOfAScore() {
    ProcessInstance review = start();
    List<String> docs = network.documentalistes();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey("Task_GiveFeedback")
                .list())
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(
            docs.get(0), docs.get(1), docs.get(2), docs.get(3), withoutVisit);
    Task without = feedbackTask(review, withoutVisit);
    Task held = feedbackTask(review, docs.get(0));
    assertThat(taskService.getVariable(without.getId(), AnnualReviewVariables.FEEDBACK_VISIT_HELD))
        .isEqualTo(false);
    assertThat(taskService.getVariable(held.getId(), AnnualReviewVariables.FEEDBACK_VISIT_HELD))
        .isEqualTo(true);

    // A score alone is not an answer for them: the form's « why » is required.
    assertThatThrownBy(
            () ->
                taskService.complete(
                    without.getId(), Map.of(AnnualReviewVariables.FEEDBACK_NEEDS_MET, "5")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON + " »");
    taskService.complete(
        without.getId(),
        Map.of(
            AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON,
            "Aucune date commune avant l'inspection",
            AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
            "Fixer les dates plus tôt"));
    taskService.complete(
        held.getId(),
        Map.of(
            AnnualReviewVariables.FEEDBACK_NEEDS_MET,
            "4",
            AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
            "Un coin lecture repensé"));

    Long reviewId =
        ((Number)
                runtimeService.getVariable(
                    review.getId(), AnnualReviewVariables.Internal.REVIEW_ID))
            .longValue();
    assertThat(feedbacks.findByReviewIdOrderById(reviewId))
        .extracting(
            Feedback::getMemberUserId, Feedback::getNeedsMetScore, Feedback::getNotHeldReason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                withoutVisit, null, "Aucune date commune avant l'inspection"),
            org.assertj.core.groups.Tuple.tuple(docs.get(0), 4, null));
  }
}
