package fr.reseau.ecoles.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * French public holidays (jours fériés), computed for any year: the official school calendar lists
 * holidays only, so an imported year still knows 11 November or Whit Monday.
 */
final class PublicHolidays {

  private static final Map<MonthDay, String> FIXED =
      Map.of(
          MonthDay.of(1, 1), "Jour de l'an",
          MonthDay.of(5, 1), "Fête du travail",
          MonthDay.of(5, 8), "Victoire 1945",
          MonthDay.of(7, 14), "Fête nationale",
          MonthDay.of(8, 15), "Assomption",
          MonthDay.of(11, 1), "Toussaint",
          MonthDay.of(11, 11), "Armistice",
          MonthDay.of(12, 25), "Noël");

  private PublicHolidays() {}

  static Optional<String> name(LocalDate date) {
    String fixed = FIXED.get(MonthDay.from(date));
    if (fixed != null) {
      return Optional.of(fixed);
    }
    LocalDate easter = easterSunday(date.getYear());
    if (date.equals(easter.plusDays(1))) {
      return Optional.of("Lundi de Pâques");
    }
    if (date.equals(easter.plusDays(39))) {
      return Optional.of("Ascension");
    }
    if (date.equals(easter.plusDays(50))) {
      return Optional.of("Lundi de Pentecôte");
    }
    return Optional.empty();
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
