package fr.reseau.ecoles.calendar;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    String text;
    try (csv) {
      text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SpreadsheetCsvReader.Parsed parsed = SpreadsheetCsvReader.readWithComments(text, ',');
    if (parsed.brokenQuoteLine() != null) {
      throw new IllegalStateException(
          "school-holidays.csv: broken quote at line " + parsed.brokenQuoteLine());
    }
    Map<String, Integer> columns = parsed.headerIndex();
    List<DaysOff> result = new ArrayList<>();
    for (SpreadsheetCsvReader.Record row : parsed.records().subList(1, parsed.records().size())) {
      result.add(
          new DaysOff(
              row.cell(columns.get("zone")),
              LocalDate.parse(row.cell(columns.get("from"))),
              LocalDate.parse(row.cell(columns.get("until"))),
              row.cell(columns.get("label"))));
    }
    return List.copyOf(result);
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
