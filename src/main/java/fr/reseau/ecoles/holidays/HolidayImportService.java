package fr.reseau.ecoles.holidays;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.HolidayPeriod;
import fr.reseau.ecoles.calendar.HolidayPeriodRepository;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an official school calendar file (CSV or iCalendar) into {@code school_holiday}, all or
 * nothing: for each zone of the file, the periods already stored that start within the file's dates
 * are replaced by the file's.
 */
@Service
public class HolidayImportService {

  /** Larger than every official file (the whole dataset is about 1 MB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** What an import stored: periods by zone, and until when each zone is now known. */
  public record ImportReport(
      int periods, Map<String, Integer> periodsByZone, Map<String, LocalDate> knownUntil) {}

  private final HolidayPeriodRepository periods;
  private final SchoolCalendar calendar;
  private final TransactionTemplate transaction;

  public HolidayImportService(
      HolidayPeriodRepository periods, SchoolCalendar calendar, TransactionTemplate transaction) {
    this.periods = periods;
    this.calendar = calendar;
    this.transaction = transaction;
  }

  /**
   * @param source where the file came from (a file name or the fetched URL), stored with each
   *     period
   * @param zone the zone of an iCalendar file whose events do not name theirs, else null
   * @throws InvalidInputException naming the line (or event) of the first mistake; nothing stored
   */
  public ImportReport importFile(byte[] content, String source, String zone) {
    if (content.length == 0) {
      throw new InvalidInputException(OfficialCalendarCsv.FIELD, "le fichier est vide.");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD, "fichier trop gros (5 Mo au plus).");
    }
    String text = new String(content, StandardCharsets.UTF_8);
    List<OfficialHoliday> holidays =
        text.stripLeading().replace("\uFEFF", "").startsWith("BEGIN:VCALENDAR")
            ? OfficialCalendarIcs.parse(text, zone)
            : OfficialCalendarCsv.parse(text);
    String shortSource = source.length() > 300 ? source.substring(0, 300) : source;
    Instant now = EngineClock.now();
    Map<String, List<OfficialHoliday>> byZone =
        holidays.stream()
            .collect(
                Collectors.groupingBy(OfficialHoliday::zone, TreeMap::new, Collectors.toList()));
    transaction.executeWithoutResult(
        status ->
            byZone.forEach(
                (name, list) -> {
                  LocalDate first =
                      list.stream().map(OfficialHoliday::from).min(Comparator.naturalOrder()).get();
                  LocalDate last =
                      list.stream()
                          .map(OfficialHoliday::until)
                          .max(Comparator.naturalOrder())
                          .get();
                  periods.deleteStartingBetween(name, first, last);
                  periods.saveAll(
                      list.stream()
                          .map(
                              h ->
                                  new HolidayPeriod(
                                      name,
                                      h.from(),
                                      h.until(),
                                      shorten(h.label()),
                                      shortSource,
                                      now))
                          .toList());
                }));
    calendar.refresh();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, LocalDate> knownUntil = new TreeMap<>();
    byZone.forEach(
        (name, list) -> {
          counts.put(name, list.size());
          calendar.coveredUntil(name).ifPresent(until -> knownUntil.put(name, until.minusDays(1)));
        });
    return new ImportReport(holidays.size(), counts, knownUntil);
  }

  private static String shorten(String label) {
    return label.length() > 200 ? label.substring(0, 200) : label;
  }
}
