package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.Campaign;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Next year's suggested campaign dates, as plain code. */
class MeetingPreparationTest {

  @Test
  void nextYearsDatesAreThisYearsAYearLater() {
    Campaign campaign =
        new Campaign(
            "ventoux",
            "2026-2027",
            LocalDate.of(2026, 10, 2),
            LocalDate.of(2026, 11, 3),
            LocalDate.of(2027, 2, 28),
            "pi",
            "mathilde",
            Instant.EPOCH);
    MeetingPreparation.NextDates next = MeetingPreparation.nextDates(campaign);
    assertThat(next.volunteeringDeadline()).isEqualTo(LocalDate.of(2027, 10, 2));
    assertThat(next.windowStart()).isEqualTo(LocalDate.of(2027, 11, 3));
    assertThat(next.windowEnd()).isEqualTo(LocalDate.of(2028, 2, 28));
  }
}
