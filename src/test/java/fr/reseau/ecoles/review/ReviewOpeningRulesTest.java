package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The rules moved out of the review's delegates, as plain code. */
class ReviewOpeningRulesTest {

  @Test
  void aDesignersPeriodIsAnIsoPeriod() {
    assertThat(ReviewOpening.period(AnnualReviewVariables.FEEDBACK_DEADLINE, "P21D"))
        .isEqualTo(Period.ofDays(21));
    assertThat(ReviewOpening.period(AnnualReviewVariables.FEEDBACK_DEADLINE, "P0D"))
        .isEqualTo(Period.ZERO);
  }

  @Test
  void aWrongOrNegativePeriodIsTheDesignersMistakeNamingTheParameter() {
    assertThatThrownBy(() -> ReviewOpening.period(AnnualReviewVariables.FEEDBACK_DEADLINE, "21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feedbackDeadline must be an ISO period such as P21D, not 21");
    assertThatThrownBy(
            () -> ReviewOpening.period(AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("feedbackReminderBefore must be an ISO period");
    assertThatThrownBy(
            () -> ReviewOpening.period(AnnualReviewVariables.FEEDBACK_REMINDER_BEFORE, "P-7D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feedbackReminderBefore must not be negative: P-7D");
  }

  @Test
  void theEndOfACampaignOpensTheReviewUnlessSwitchedOffOrAlreadyOpen() {
    assertThat(ReviewAfterCampaign.whyNotStarted(null, () -> false)).isEmpty();
    assertThat(ReviewAfterCampaign.whyNotStarted(true, () -> false)).isEmpty();
    assertThat(ReviewAfterCampaign.whyNotStarted(true, () -> true)).contains("already open");
    AtomicBoolean asked = new AtomicBoolean();
    Optional<String> off =
        ReviewAfterCampaign.whyNotStarted(
            false,
            () -> {
              asked.set(true);
              return false;
            });
    assertThat(off).contains("switched off");
    assertThat(asked).as("switched off: the database is not asked").isFalse();
  }
}
