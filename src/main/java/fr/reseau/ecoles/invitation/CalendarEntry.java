package fr.reseau.ecoles.invitation;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One dated event of a person's calendar (a visit, a workshop day, a network meeting), as written
 * to iCalendar by {@link IcsWriter}. Its text is in French and never carries private answers.
 *
 * @param uid stable for the same visit, day or meeting: calendars replace or cancel by it
 * @param sequence raised each time the date changes or the event is cancelled
 */
public record CalendarEntry(
    String uid,
    int sequence,
    ZonedDateTime start,
    ZonedDateTime end,
    String summary,
    String description,
    String location,
    Person organizer,
    List<Person> attendees,
    String url) {

  /** Someone named in an invitation; an e-mail address may be missing. */
  public record Person(String name, String email) {}

  public CalendarEntry {
    attendees = List.copyOf(attendees);
  }
}
