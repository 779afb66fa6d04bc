package fr.reseau.ecoles.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped holiday file is read through the shared CSV reader, comments and header included. */
class SchoolCalendarTest {

  private final SchoolCalendar calendar = new SchoolCalendar();

  @Test
  void holidaysOfTheShippedFileAreNotSchoolDaysInTheirZone() {
    assertThat(calendar.reasonNotSchoolDay(LocalDate.of(2025, 10, 20), "A"))
        .contains("Vacances de la Toussaint (zone A)");
    assertThat(calendar.reasonNotSchoolDay(LocalDate.of(2025, 11, 3), "A")).isEmpty();
    assertThat(calendar.reasonNotSchoolDay(LocalDate.of(2025, 11, 8), "A"))
        .contains("c'est un samedi");
  }

  @Test
  void publicHolidaysAreComputedForYearsTheFileDoesNotList() {
    assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(PublicHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
    assertThat(calendar.reasonNotSchoolDay(LocalDate.of(2028, 5, 25), "B"))
        .contains("Ascension (jour férié)");
    assertThat(calendar.reasonNotSchoolDay(LocalDate.of(2027, 11, 11), "B"))
        .contains("Armistice (jour férié)");
  }

  @Test
  void theShippedFileCoversZonesAAndBUntilTheSummerOf2027Only() {
    assertThat(calendar.coveredUntil("B")).contains(LocalDate.of(2027, 9, 1));
    assertThat(calendar.covers(LocalDate.of(2027, 8, 31), "B")).isTrue();
    assertThat(calendar.covers(LocalDate.of(2027, 9, 1), "B")).isFalse();
    assertThat(calendar.coverageProblem("B", LocalDate.of(2027, 6, 30))).isEmpty();
    assertThat(calendar.coverageProblem("B", LocalDate.of(2028, 5, 26)))
        .hasValueSatisfying(
            problem -> assertThat(problem).contains("zone B s'arrête le 2027-08-31"));
    assertThat(calendar.coverageProblem("C", LocalDate.of(2026, 10, 1)))
        .hasValueSatisfying(problem -> assertThat(problem).contains("aucun calendrier"));
  }
}
