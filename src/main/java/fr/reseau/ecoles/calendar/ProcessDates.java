package fr.reseau.ecoles.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Turns the ISO dates that forms submit into timer dates, for BPMN expressions such as {@code
 * ${dates.endOfDay(volunteeringDeadline)}}. The offsets (days before, time of day) stay in the BPMN
 * so designers can change them.
 */
@Component("dates")
public class ProcessDates {

  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final LocalTime MORNING = LocalTime.of(8, 0);

  /** The last second of that day. */
  public Date endOfDay(Object isoDate) {
    return at(parse(isoDate), LocalTime.of(23, 59, 59));
  }

  /** The last second of the day {@code daysLater} days after that day. */
  public Date endOfDay(Object isoDate, int daysLater) {
    return at(parse(isoDate).plusDays(daysLater), LocalTime.of(23, 59, 59));
  }

  /** {@code days} days before that day, at 08:00. */
  public Date daysBefore(Object isoDate, int days) {
    return at(parse(isoDate).minusDays(days), MORNING);
  }

  /** The day after, at 08:00. */
  public Date dayAfter(Object isoDate) {
    return at(parse(isoDate).plusDays(1), MORNING);
  }

  /** That day at {@code hour} o'clock (e.g. the start of a workshop day). */
  public Date atHour(Object isoDate, int hour) {
    return at(parse(isoDate), LocalTime.of(hour, 0));
  }

  /**
   * The engine's now plus an ISO 8601 duration such as {@code P5D} or {@code PT12H}: a task's due
   * date matching a boundary timer's duration, both read from the same BPMN setting.
   */
  public Date fromNow(String isoDuration) {
    java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    String text = isoDuration.strip();
    java.time.Instant due =
        text.contains("T")
            ? now.plus(java.time.Duration.parse(text))
            : now.atZone(ZONE).plus(java.time.Period.parse(text)).toInstant();
    return Date.from(due);
  }

  /** An ISO date string {@code days} days before that day. */
  public String isoDaysBefore(Object isoDate, int days) {
    return parse(isoDate).minusDays(days).toString();
  }

  public static LocalDate parse(Object isoDate) {
    if (isoDate instanceof LocalDate date) {
      return date;
    }
    if (isoDate instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    String text = String.valueOf(isoDate).strip();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ZONE).toInstant());
  }
}
