package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenReview}: the review of the year for the network of the started definition (its
 * tenant), by one of its coordinators; the feedback deadline is the task's input parameter {@code
 * feedbackDeadline} (an ISO period, e.g. {@code P21D}) from today, the reminder {@code
 * feedbackReminderBefore} (e.g. {@code P7D}) before it.
 */
@Component
public class OpenReviewDelegate implements JavaDelegate {
  private final AnnualReviewService reviews;
  private final ApiAccess access;

  public OpenReviewDelegate(AnnualReviewService reviews, ApiAccess access) {
    this.reviews = reviews;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tenant = execution.getTenantId();
    Object givenNetwork = execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
    if (givenNetwork == null && tenant != null) {
      execution.setVariable(AnnualReviewVariables.Internal.NETWORK_ID, tenant);
    } else if (tenant != null && !tenant.equals(givenNetwork)) {
      throw new InvalidInputException(
          AnnualReviewVariables.Internal.NETWORK_ID,
          "ce processus est celui du réseau « "
              + tenant
              + " » : le bilan ne peut être ouvert que pour ce réseau.");
    }
    FormInput input = FormInput.of(execution);
    String networkId = input.requiredText(AnnualReviewVariables.Internal.NETWORK_ID, 100);
    String schoolYear = input.requiredText(AnnualReviewVariables.SCHOOL_YEAR, 9);
    // Opened by hand: the coordinator's start form is checked against their rights. Opened by the
    // end of a campaign: on the job executor, nobody is logged in and the network is the process's
    // tenant.
    Optional<Authentication> user =
        Requester.person(execution.getProcessEngineServices().getIdentityService());
    if (user.isPresent() && !access.isCoordinatorOf(user.get(), networkId)) {
      throw new InvalidInputException(
          AnnualReviewVariables.Internal.NETWORK_ID,
          "seule la coordination du réseau « " + networkId + " » peut en ouvrir le bilan.");
    }
    Period deadline = period(execution, AnnualReviewVariables.FEEDBACK_DEADLINE);
    Period reminderBefore = period(execution, AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE);
    var opened =
        reviews.open(
            networkId,
            schoolYear,
            execution.getProcessInstanceId(),
            user.map(Authentication::getUserId).orElse(null));
    AnnualReviewService.FeedbackDates dates =
        AnnualReviewService.feedbackDates(EngineClock.today(), deadline, reminderBefore);
    reviews.askFeedback(opened.review().getId(), dates.due(), opened.participants().size());

    execution.setProcessBusinessKey(opened.review().businessKey());
    execution.setVariable(AnnualReviewVariables.Internal.REVIEW_ID, opened.review().getId());
    execution.setVariable(AnnualReviewVariables.NETWORK_NAME, opened.network().getName());
    execution.setVariable(
        AnnualReviewVariables.PARTICIPANTS, new ArrayList<>(opened.participants()));
    execution.setVariable(AnnualReviewVariables.FEEDBACK_DUE_DATE, dates.due().toString());
    execution.setVariable(
        AnnualReviewVariables.FEEDBACK_REMINDER_DATE, dates.reminder().toString());
    execution.setVariable(
        AnnualReviewVariables.YEAR_PAGE_URL, YearPageController.pagePath(networkId, schoolYear));
    execution.setVariable(
        AnnualReviewVariables.REPORT_URL, YearPageController.reportPath(networkId, schoolYear));
    execution.setVariable(
        AnnualReviewVariables.REPORT_CSV_URL, YearPageController.csvPath(networkId, schoolYear));
  }

  private static Period period(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    try {
      Period period = Period.parse(String.valueOf(value));
      if (period.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO period such as P21D, not " + value, e);
    }
  }
}
