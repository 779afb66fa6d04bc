package fr.reseau.ecoles.holidays;

import fr.reseau.ecoles.calendar.HolidayZones;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The ministry's iCalendar files (one per zone, or « Zone-A-B-C-Corse »): each event a holiday,
 * {@code DTSTART} its first day off, {@code DTEND} the day classes resume. The zone is the event's
 * {@code LOCATION}, else the end of its {@code SUMMARY} ("Vacances de Noël - Zone A"), else the
 * zone given with the upload.
 */
final class OfficialCalendarIcs {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

  private OfficialCalendarIcs() {}

  static List<OfficialHoliday> parse(String text, String givenZone) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD,
          "ligne " + e.getLineNo() + " : fichier iCalendar illisible (" + e.getMessage() + ").");
    } catch (IOException e) {
      throw new InvalidInputException(OfficialCalendarCsv.FIELD, "fichier iCalendar illisible.");
    }
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    Set<OfficialHoliday> result = new LinkedHashSet<>();
    int number = 0;
    for (VEvent event : events) {
      number++;
      String summary = value(event, Property.SUMMARY).trim();
      String where = "événement n° " + number + " (« " + summary + " ») : ";
      if (summary.toLowerCase(java.util.Locale.FRENCH).startsWith("rentrée")) {
        continue;
      }
      String zone = zone(event, summary, givenZone);
      if (zone.isEmpty()) {
        throw new InvalidInputException(
            OfficialCalendarCsv.FIELD,
            where + "zone inconnue ; indiquez-la avec le paramètre « zone » (A, B, C, Corse…).");
      }
      String label = summary.replaceFirst("\\s+-\\s+[^-]+$", "").trim();
      LocalDate from = day(value(event, Property.DTSTART), where + "DTSTART");
      LocalDate until = day(value(event, Property.DTEND), where + "DTEND");
      if (!until.isAfter(from)) {
        throw new InvalidInputException(
            OfficialCalendarCsv.FIELD, where + "DTEND doit suivre DTSTART.");
      }
      result.add(new OfficialHoliday(zone, from, until, label.isEmpty() ? "Vacances" : label));
    }
    if (result.isEmpty()) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD, "le fichier ne contient aucune période de vacances.");
    }
    return List.copyOf(result);
  }

  private static String zone(VEvent event, String summary, String givenZone) {
    String location = value(event, Property.LOCATION);
    if (!location.isBlank()) {
      return HolidayZones.normalise(location);
    }
    int dash = summary.lastIndexOf(" - ");
    if (dash > 0) {
      return HolidayZones.normalise(summary.substring(dash + 3));
    }
    return givenZone == null ? "" : HolidayZones.normalise(givenZone);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse("");
  }

  private static LocalDate day(String value, String where) {
    try {
      if (value.length() == 8) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (value.endsWith("Z")) {
        return Instant.from(UTC_TIME.parse(value)).atZone(PARIS).toLocalDate();
      }
      return LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD, where + " : date « " + value + " » illisible.");
    }
  }
}
