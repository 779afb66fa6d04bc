package fr.reseau.ecoles.calendar;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * School days by holiday zone: Monday to Friday, outside school holidays and public holidays. The
 * holidays are those of the bundled {@code calendar/school-holidays.csv} (the offline default) and
 * those imported from the official calendar into {@code school_holiday}; a day after the last
 * holiday known for a zone is not covered (see {@link #coverageProblem}).
 */
@Component
public class SchoolCalendar {

  /**
   * How long a node keeps the imported periods before reading them again (other nodes' imports).
   */
  static final Duration IMPORTED_REFRESH = Duration.ofMinutes(1);

  record DaysOff(String zone, LocalDate from, LocalDate until, String label) {
    boolean covers(LocalDate date, String holidayZone) {
      return (zone.equals("*") || zone.equalsIgnoreCase(holidayZone))
          && !date.isBefore(from)
          && date.isBefore(until);
    }
  }

  private record Imported(List<DaysOff> periods, Instant readAt) {}

  private final List<DaysOff> bundled;
  private final HolidayPeriodRepository repository;
  private volatile Imported imported = new Imported(List.of(), Instant.EPOCH);

  /** The bundled file only (tests without a database). */
  public SchoolCalendar() {
    this(SchoolCalendar.class.getResourceAsStream("/calendar/school-holidays.csv"), null);
  }

  @Autowired
  public SchoolCalendar(HolidayPeriodRepository repository) {
    this(SchoolCalendar.class.getResourceAsStream("/calendar/school-holidays.csv"), repository);
  }

  SchoolCalendar(InputStream csv, HolidayPeriodRepository repository) {
    this.bundled = read(csv);
    this.repository = repository;
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

  /** Reads the imported periods again now (after an import on this node). */
  public void refresh() {
    if (repository == null) {
      return;
    }
    List<DaysOff> periods =
        repository.findAll().stream()
            .map(p -> new DaysOff(p.getZone(), p.getStartsOn(), p.getEndsBefore(), p.getLabel()))
            .toList();
    imported = new Imported(periods, Instant.now());
  }

  private Stream<DaysOff> daysOff() {
    if (repository != null && imported.readAt().plus(IMPORTED_REFRESH).isBefore(Instant.now())) {
      refresh();
    }
    // Imported periods first: they are the official text when both name a day.
    return Stream.concat(imported.periods().stream(), bundled.stream());
  }

  /** Why the date is not a school day in that zone ("samedi", "Vacances de Noël"), or empty. */
  public Optional<String> reasonNotSchoolDay(LocalDate date, String holidayZone) {
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Optional.of("c'est un samedi");
    }
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of("c'est un dimanche");
    }
    Optional<String> holiday =
        daysOff()
            .filter(d -> d.covers(date, holidayZone))
            .map(d -> d.label() + " (zone " + holidayZone + ")")
            .findFirst();
    return holiday.isPresent()
        ? holiday
        : PublicHolidays.name(date).map(name -> name + " (jour férié)");
  }

  /**
   * The day after the last holiday known for that zone (its classes resume then, and nothing is
   * known after): days from then on are not covered. Empty when nothing is known for the zone.
   */
  public Optional<LocalDate> coveredUntil(String holidayZone) {
    return daysOff()
        .filter(d -> !d.zone().equals("*") && d.zone().equalsIgnoreCase(holidayZone))
        .map(DaysOff::until)
        .max(LocalDate::compareTo);
  }

  /** Whether the calendar of that zone is known on that day. */
  public boolean covers(LocalDate date, String holidayZone) {
    return coveredUntil(holidayZone).map(date::isBefore).orElse(false);
  }

  /**
   * A French sentence saying that the days until {@code to} are not all covered by the calendar
   * known for the zone, or empty when they are.
   */
  public Optional<String> coverageProblem(String holidayZone, LocalDate to) {
    if (holidayZone == null || holidayZone.isBlank()) {
      return Optional.of(
          "la zone de vacances scolaires du réseau n'est pas renseignée : les vacances ne peuvent pas être vérifiées.");
    }
    Optional<LocalDate> until = coveredUntil(holidayZone);
    if (until.isEmpty()) {
      return Optional.of(
          "aucun calendrier scolaire n'est connu pour la zone "
              + holidayZone
              + " : importez le calendrier officiel avant de planifier.");
    }
    if (to.isBefore(until.get())) {
      return Optional.empty();
    }
    return Optional.of(
        "le calendrier scolaire connu pour la zone "
            + holidayZone
            + " s'arrête le "
            + until.get().minusDays(1)
            + " : les dates jusqu'au "
            + to
            + " ne sont pas couvertes (vacances inconnues). Demandez à l'administration d'importer le calendrier officiel de l'année.");
  }
}
