package fr.reseau.ecoles.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * School days by holiday zone: Monday to Friday, outside school holidays and public holidays, as
 * listed in {@code calendar/school-holidays.csv}.
 */
@Component
public class SchoolCalendar {

  record DaysOff(String zone, LocalDate from, LocalDate until, String label) {
    boolean covers(LocalDate date, String holidayZone) {
      return (zone.equals("*") || zone.equalsIgnoreCase(holidayZone))
          && !date.isBefore(from)
          && date.isBefore(until);
    }
  }

  private final List<DaysOff> daysOff;

  public SchoolCalendar() {
    this(SchoolCalendar.class.getResourceAsStream("/calendar/school-holidays.csv"));
  }

  SchoolCalendar(InputStream csv) {
    this.daysOff = read(csv);
  }

  private static List<DaysOff> read(InputStream csv) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      List<DaysOff> result = new ArrayList<>();
      for (CSVRecord row : format.parse(reader)) {
        result.add(
            new DaysOff(
                row.get("zone"),
                LocalDate.parse(row.get("from")),
                LocalDate.parse(row.get("until")),
                row.get("label")));
      }
      return List.copyOf(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the date is not a school day in that zone ("samedi", "Vacances de Noël"), or empty. */
  public Optional<String> reasonNotSchoolDay(LocalDate date, String holidayZone) {
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Optional.of("c'est un samedi");
    }
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of("c'est un dimanche");
    }
    return daysOff.stream()
        .filter(d -> d.covers(date, holidayZone))
        .map(d -> d.label() + " (zone " + holidayZone + ")")
        .findFirst();
  }
}
