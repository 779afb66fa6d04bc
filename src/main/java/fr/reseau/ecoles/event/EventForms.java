package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/** Small readers shared by the event's delegates and listeners. */
final class EventForms {

  private EventForms() {}

  /** A whole number of a number field (form-js submits a number; the REST API may send text). */
  static long wholeNumber(FormInput input, String field, long min, long max) {
    Object value = input.raw(field);
    long number;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.longValue();
    } else if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
      number = Long.parseLong(s.strip());
    } else {
      throw new InvalidInputException(field, "un nombre entier est attendu.");
    }
    if (number < min || number > max) {
      throw new InvalidInputException(field, "entre " + min + " et " + max + ".");
    }
    return number;
  }

  /**
   * The start of the event: the first time of the afternoon's range for an afternoon, of the
   * morning's otherwise ({@code app.calendar.morning} / {@code afternoon}, "09:00-12:00"), so that
   * the process's dates and the invitation's .ics agree.
   */
  static Date startOf(NetworkEvent event, String morningRange, String afternoonRange) {
    String range = "afternoon".equals(event.getHalfDay()) ? afternoonRange : morningRange;
    LocalTime time = LocalTime.parse(range.substring(0, range.indexOf('-')).strip());
    return Date.from(event.getEventDate().atTime(time).atZone(EventService.ZONE).toInstant());
  }

  /** Midnight after the given day, Paris time. */
  static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(EventService.ZONE).toInstant());
  }
}
