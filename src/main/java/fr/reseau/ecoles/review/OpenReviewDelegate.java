package fr.reseau.ecoles.review;

import fr.reseau.ecoles.campaign.NetworkStartRules;
import fr.reseau.ecoles.forminput.FormInput;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenReview}: the review of the year for the network of the started definition (its
 * tenant), by one of its coordinators, or by the end of a campaign on the job executor (nobody
 * logged in, the network is the process's tenant); the feedback dates come from the task's input
 * parameters {@code feedbackDeadline} and {@code feedbackReminderBefore} ({@link ReviewOpening}).
 */
@Component
public class OpenReviewDelegate implements JavaDelegate {
  private final ReviewOpening opening;
  private final NetworkStartRules startRules;

  public OpenReviewDelegate(ReviewOpening opening, NetworkStartRules startRules) {
    this.opening = opening;
    this.startRules = startRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NetworkStartRules.defaultNetwork(
            execution.getTenantId(),
            execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID),
            AnnualReviewVariables.Internal.NETWORK_ID,
            NetworkStartRules.ANNUAL_REVIEW)
        .ifPresent(
            tenant -> execution.setVariable(AnnualReviewVariables.Internal.NETWORK_ID, tenant));
    FormInput input = FormInput.of(execution);
    String networkId = input.requiredText(AnnualReviewVariables.Internal.NETWORK_ID, 100);
    String schoolYear = input.requiredText(AnnualReviewVariables.SCHOOL_YEAR, 9);
    String startedBy =
        startRules
            .starter(
                networkId,
                AnnualReviewVariables.Internal.NETWORK_ID,
                NetworkStartRules.ANNUAL_REVIEW)
            .orElse(null);
    ReviewOpening.Opened opened =
        opening.open(
            networkId,
            schoolYear,
            execution.getProcessInstanceId(),
            startedBy,
            execution.getVariable(AnnualReviewVariables.FEEDBACK_DEADLINE),
            execution.getVariable(AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE));
    var review = opened.review();

    execution.setProcessBusinessKey(review.review().businessKey());
    execution.setVariable(AnnualReviewVariables.Internal.REVIEW_ID, review.review().getId());
    execution.setVariable(AnnualReviewVariables.NETWORK_NAME, review.network().getName());
    execution.setVariable(
        AnnualReviewVariables.PARTICIPANTS, new ArrayList<>(review.participants()));
    execution.setVariable(
        AnnualReviewVariables.Internal.PARTICIPANTS_WITHOUT_VISIT,
        new ArrayList<>(review.participantsWithoutVisit()));
    execution.setVariable(AnnualReviewVariables.FEEDBACK_DUE_DATE, opened.dates().due().toString());
    execution.setVariable(
        AnnualReviewVariables.FEEDBACK_REMINDER_DATE, opened.dates().reminder().toString());
    execution.setVariable(
        AnnualReviewVariables.YEAR_PAGE_URL, YearPageController.pagePath(networkId, schoolYear));
    execution.setVariable(
        AnnualReviewVariables.REPORT_URL, YearPageController.reportPath(networkId, schoolYear));
    execution.setVariable(
        AnnualReviewVariables.REPORT_CSV_URL, YearPageController.csvPath(networkId, schoolYear));
  }
}
