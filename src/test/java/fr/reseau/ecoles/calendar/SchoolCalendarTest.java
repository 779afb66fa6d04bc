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
}
