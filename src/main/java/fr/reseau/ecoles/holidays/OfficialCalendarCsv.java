package fr.reseau.ecoles.holidays;

import fr.reseau.ecoles.calendar.HolidayZones;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ministry's « Calendrier scolaire » dataset as CSV ({@code fr-en-calendrier-scolaire}, columns
 * {@code Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire}, or the
 * API's names {@code description, population, start_date, end_date, location, zones}). Dates are
 * either days or instants (the export writes midnight in Paris as UTC, "2027-10-16T22:00:00+00:00"
 * for 17 October): the start is the first day off, the end the day classes resume. Rows for
 * teachers only and the « Rentrée » rows (a single day, no holiday) are skipped; a row per académie
 * of one zone is kept once.
 */
final class OfficialCalendarCsv {

  static final String FIELD = "file";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private OfficialCalendarCsv() {}

  static List<OfficialHoliday> parse(String text) {
    String content = SpreadsheetCsvReader.withoutBom(text);
    int end = content.indexOf('\n');
    Character separator =
        SpreadsheetCsvReader.detectSeparator(end < 0 ? content : content.substring(0, end));
    if (separator == null) {
      throw new InvalidInputException(
          FIELD,
          "ligne 1 : en-tête attendu « Description;Population;Date de début;Date de fin;Zones ».");
    }
    SpreadsheetCsvReader.Parsed parsed = SpreadsheetCsvReader.read(content, separator);
    if (parsed.brokenQuoteLine() != null) {
      throw new InvalidInputException(
          FIELD, "ligne " + parsed.brokenQuoteLine() + " : guillemet non fermé.");
    }
    Map<String, Integer> header = lowerCase(parsed.headerIndex());
    int description = column(header, "description");
    int start = column(header, "date de début", "start_date");
    int finish = column(header, "date de fin", "end_date");
    int zones = column(header, "zones");
    Integer population = optionalColumn(header, "population");
    Set<OfficialHoliday> result = new LinkedHashSet<>();
    for (SpreadsheetCsvReader.Record row : parsed.records().subList(1, parsed.records().size())) {
      String label = row.cell(description).trim();
      String who = population == null ? "" : row.cell(population).trim();
      if (who.equalsIgnoreCase("Enseignants")
          || label.toLowerCase(Locale.FRENCH).startsWith("rentrée")) {
        continue;
      }
      int line = row.line();
      if (label.isEmpty()) {
        throw lineError(line, "la description (nom des vacances) est vide.");
      }
      String zone = HolidayZones.normalise(row.cell(zones));
      if (zone.isEmpty()) {
        throw lineError(line, "la zone est vide.");
      }
      LocalDate from = day(row.cell(start), line, "date de début");
      LocalDate until = day(row.cell(finish), line, "date de fin");
      if (!until.isAfter(from)) {
        throw lineError(
            line, "la date de fin (" + until + ") doit suivre la date de début (" + from + ").");
      }
      result.add(new OfficialHoliday(zone, from, until, label));
    }
    if (result.isEmpty()) {
      throw new InvalidInputException(FIELD, "le fichier ne contient aucune période de vacances.");
    }
    return List.copyOf(result);
  }

  static InvalidInputException lineError(int line, String message) {
    return new InvalidInputException(FIELD, "ligne " + line + " : " + message);
  }

  private static LocalDate day(String text, int line, String column) {
    String value = text.trim();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
      return OffsetDateTime.parse(value).atZoneSameInstant(PARIS).toLocalDate();
    } catch (DateTimeParseException e) {
      throw lineError(
          line,
          "« "
              + value
              + " » n'est pas une "
              + column
              + " (attendu 2027-10-17 ou 2027-10-16T22:00:00+00:00).");
    }
  }

  private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
    Map<String, Integer> result = new java.util.HashMap<>();
    header.forEach(
        (name, index) -> result.putIfAbsent(name.trim().toLowerCase(Locale.FRENCH), index));
    return result;
  }

  private static int column(Map<String, Integer> header, String... names) {
    Integer index = optionalColumn(header, names);
    if (index == null) {
      throw new InvalidInputException(
          FIELD, "ligne 1 : colonne « " + names[0] + " » absente de l'en-tête.");
    }
    return index;
  }

  private static Integer optionalColumn(Map<String, Integer> header, String... names) {
    for (String name : names) {
      if (header.containsKey(name)) {
        return header.get(name);
      }
    }
    return null;
  }
}
