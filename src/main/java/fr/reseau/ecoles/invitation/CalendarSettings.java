package fr.reseau.ecoles.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times the invitations give to dates that only have a day or a half-day ({@code app.calendar.*} in
 * application.yaml: a designer's setting, not a constant), in the schools' time zone.
 */
@Component
public class CalendarSettings {

  /** Every school of the networks is in metropolitan France. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final String morning;
  private final String afternoon;
  private final String workshopDay;
  private final String meeting;
  private final String organizerEmail;

  public CalendarSettings(
      @Value("${app.calendar.morning:09:00-12:00}") String morning,
      @Value("${app.calendar.afternoon:14:00-17:00}") String afternoon,
      @Value("${app.calendar.workshop-day:09:00-16:30}") String workshopDay,
      @Value("${app.calendar.meeting:17:00-19:00}") String meeting,
      @Value("${app.calendar.organizer-email:ne-pas-repondre@localhost}") String organizerEmail) {
    this.morning = morning;
    this.afternoon = afternoon;
    this.workshopDay = workshopDay;
    this.meeting = meeting;
    this.organizerEmail = organizerEmail;
    for (String range : new String[] {morning, afternoon, workshopDay, meeting}) {
      range(LocalDate.now(), range);
    }
  }

  /** A visit's half-day ({@code morning} or {@code afternoon}) on its day. */
  public ZonedDateTime[] halfDay(LocalDate day, String halfDay) {
    return range(day, "afternoon".equals(halfDay) ? afternoon : morning);
  }

  /** A workshop day without slot times. */
  public ZonedDateTime[] workshopDay(LocalDate day) {
    return range(day, workshopDay);
  }

  /**
   * A workshop day from its slots' times as the project team typed them (« 9 h – 10 h ; 10 h 15 –
   * 11 h 15 »): from the first time to the last; the default day when they cannot be read.
   */
  public ZonedDateTime[] workshopDay(LocalDate day, String slotTimes) {
    if (slotTimes != null) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(\\d{1,2})\\s*[h:]\\s*(\\d{2})?").matcher(slotTimes);
      LocalTime first = null;
      LocalTime last = null;
      while (m.find()) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
          continue;
        }
        LocalTime time = LocalTime.of(hour, minute);
        first = first == null ? time : first;
        last = time;
      }
      if (first != null && last.isAfter(first)) {
        return new ZonedDateTime[] {
          ZonedDateTime.of(day, first, ZONE), ZonedDateTime.of(day, last, ZONE)
        };
      }
    }
    return workshopDay(day);
  }

  /** A network meeting planned without its times. */
  public String defaultMeetingTimes() {
    return meeting;
  }

  public String organizerEmail() {
    return organizerEmail;
  }

  /**
   * « 09:00-12:00 » (or « 9h00 - 12h00 ») on a day, start and end in Europe/Paris.
   *
   * @throws IllegalArgumentException when the text is not a range of two times, the end after the
   *     start
   */
  public static ZonedDateTime[] range(LocalDate day, String text) {
    String[] parts = text.split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a time range: " + text);
    }
    LocalTime start = time(parts[0]);
    LocalTime end = time(parts[1]);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end must follow the start: " + text);
    }
    return new ZonedDateTime[] {
      ZonedDateTime.of(day, start, ZONE), ZonedDateTime.of(day, end, ZONE)
    };
  }

  /**
   * « 17:00 », « 17h00 », « 9h » as a time.
   *
   * @throws java.time.DateTimeException when it is not one
   */
  static LocalTime time(String text) {
    String t = text.strip().toLowerCase().replace('h', ':');
    if (t.endsWith(":")) {
      t = t + "00";
    }
    if (t.indexOf(':') == 1) {
      t = "0" + t;
    }
    return LocalTime.parse(t);
  }
}
