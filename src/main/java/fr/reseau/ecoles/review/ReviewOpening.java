package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.EngineClock;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Service;

/**
 * {@code Task_OpenReview}'s work: opens the review of a year and asks the participants for their
 * feedback, due the designer's period {@code feedbackDeadline} from today with the reminder {@code
 * feedbackReminderBefore} earlier (both ISO periods from the task's input parameters, e.g. {@code
 * P21D} and {@code P7D}).
 */
@Service
public class ReviewOpening {

  /** The opened review and its feedback dates. */
  public record Opened(
      AnnualReviewService.OpenedReview review, AnnualReviewService.FeedbackDates dates) {}

  private final AnnualReviewService reviews;

  public ReviewOpening(AnnualReviewService reviews) {
    this.reviews = reviews;
  }

  /**
   * Opens the review of {@code networkId} for {@code schoolYear}, started by {@code startedBy}
   * (null when the application opens it).
   *
   * @param feedbackDeadline the value of {@code feedbackDeadline}, an ISO period
   * @param reminderBefore the value of {@code feedbackReminderBefore}, an ISO period
   */
  public Opened open(
      String networkId,
      String schoolYear,
      String processInstanceId,
      String startedBy,
      Object feedbackDeadline,
      Object reminderBefore) {
    Period deadline = period(AnnualReviewVariables.FEEDBACK_DEADLINE, feedbackDeadline);
    Period reminder = period(AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE, reminderBefore);
    var opened = reviews.open(networkId, schoolYear, processInstanceId, startedBy);
    var dates = AnnualReviewService.feedbackDates(EngineClock.today(), deadline, reminder);
    reviews.askFeedback(opened.review().getId(), dates.due(), opened.participants().size());
    return new Opened(opened, dates);
  }

  /**
   * A designer's period from the BPMN file: a mistake there is a deployment error, not a user's
   * (hence an {@link IllegalArgumentException}, not a 400).
   */
  static Period period(String name, Object value) {
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
