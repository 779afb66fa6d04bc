package fr.reseau.ecoles.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A school year's calendar in the ministry's CSV layout, for tests that play a campaign in a year
 * no official file covers yet (the bundled calendar ends in the summer of 2027, and a visit or
 * workshop date on a day not covered is refused). Zones A, B and C get the autumn, Christmas and
 * summer holidays only, at their usual places (winter and spring holidays vary by zone and are left
 * out: a test date in February or April is a school day here). Imported through the real import
 * ({@code HolidayImportService}), like an administrator's upload.
 */
public final class TestSchoolCalendars {

  private TestSchoolCalendars() {}

  /**
   * @param firstYear the year the school year starts in (2031 for 2031-2032)
   */
  public static String csv(int firstYear) {
    StringBuilder csv =
        new StringBuilder(
            "Description;Population;Date de début;Date de fin;Zones;annee_scolaire\n");
    String schoolYear = firstYear + "-" + (firstYear + 1);
    LocalDate autumn = saturdayFrom(LocalDate.of(firstYear, 10, 17));
    LocalDate christmas = saturdayFrom(LocalDate.of(firstYear, 12, 17));
    LocalDate summer = saturdayFrom(LocalDate.of(firstYear + 1, 7, 1));
    for (String zone : new String[] {"Zone A", "Zone B", "Zone C"}) {
      row(csv, "Vacances de la Toussaint", autumn, autumn.plusDays(16), zone, schoolYear);
      row(csv, "Vacances de Noël", christmas, christmas.plusDays(16), zone, schoolYear);
      row(csv, "Vacances d'Été", summer, LocalDate.of(firstYear + 1, 9, 1), zone, schoolYear);
    }
    return csv.toString();
  }

  private static LocalDate saturdayFrom(LocalDate day) {
    return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }

  private static void row(
      StringBuilder csv,
      String description,
      LocalDate firstDayOff,
      LocalDate classesResume,
      String zone,
      String schoolYear) {
    csv.append(description)
        .append(";-;")
        .append(firstDayOff)
        .append(';')
        .append(classesResume)
        .append(';')
        .append(zone)
        .append(';')
        .append(schoolYear)
        .append('\n');
  }
}
