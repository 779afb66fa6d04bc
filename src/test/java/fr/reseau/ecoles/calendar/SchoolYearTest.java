package fr.reseau.ecoles.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

  @Test
  void readsAndWritesTheStoredText() {
    SchoolYear year = SchoolYear.parse("2026-2027");
    assertThat(year.firstYear()).isEqualTo(2026);
    assertThat(year).hasToString("2026-2027");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "2026",
        "2026-2026",
        "2026-2028",
        "2027-2026",
        "2026/2027",
        " 2026-2027",
        "26-27",
        "2026-2027 ",
        "２０２６-２０２７"
      })
  void refusesAnyOtherTextInFrench(String text) {
    assertThatThrownBy(() -> SchoolYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("l'année scolaire s'écrit « 2026-2027 » (deux années qui se suivent).");
  }

  @Test
  void nextAndPrevious() {
    SchoolYear year = SchoolYear.parse("2026-2027");
    assertThat(year.next()).hasToString("2027-2028");
    assertThat(year.previous()).hasToString("2025-2026");
    assertThat(year.next().previous()).isEqualTo(year);
    assertThat(year.previous()).isLessThan(year);
  }

  @Test
  void runsFromSeptemberToAugust() {
    SchoolYear year = SchoolYear.parse("2026-2027");
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(year.contains(LocalDate.of(2026, 9, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 8, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2027, 9, 1))).isFalse();
  }

  @Test
  void theYearOfADay() {
    assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 31))).hasToString("2025-2026");
    assertThat(SchoolYear.containing(LocalDate.of(2026, 9, 1))).hasToString("2026-2027");
    assertThat(SchoolYear.containing(LocalDate.of(2027, 1, 15))).hasToString("2026-2027");
  }
}
