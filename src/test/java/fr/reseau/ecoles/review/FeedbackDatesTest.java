package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FeedbackDatesTest {

  static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  @Test
  void theReminderGoesItsPeriodBeforeTheDueDate() {
    var dates = AnnualReviewService.feedbackDates(TODAY, Period.ofDays(21), Period.ofDays(7));
    assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 6, 22));
    assertThat(dates.reminder()).isEqualTo(LocalDate.of(2027, 6, 15));
  }

  @Test
  void aReminderLongerThanTheDeadlineGoesToday() {
    var dates = AnnualReviewService.feedbackDates(TODAY, Period.ofDays(3), Period.ofDays(7));
    assertThat(dates.due()).isEqualTo(LocalDate.of(2027, 6, 4));
    assertThat(dates.reminder()).isEqualTo(TODAY);
  }
}
