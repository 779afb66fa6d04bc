package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static CalendarEntry entry(int sequence, LocalDate day) {
    return new CalendarEntry(
        "visit-12@reseau-ecoles",
        sequence,
        ZonedDateTime.of(day, LocalTime.of(9, 0), PARIS),
        ZonedDateTime.of(day, LocalTime.of(12, 0), PARIS),
        "Visite du CDI : Camille Roux chez Lucie Martin",
        "Tournée des CDI 2026-2027.",
        "Collège du Pont Romain, Vaison-la-Romaine",
        new CalendarEntry.Person("Lucie Martin", "lucie.martin@example.org"),
        List.of(
            new CalendarEntry.Person("Camille Roux", "camille.roux@example.org"),
            new CalendarEntry.Person("Sans Adresse", null)),
        "http://localhost:8080/camunda/app/tasklist/");
  }

  static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
  }

  static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static String value(Component component, String property) {
    return component.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void anInvitationIsARequestWithTheDateInParisTime() throws Exception {
    Calendar calendar =
        parse(IcsWriter.request(entry(0, LocalDate.of(2027, 3, 11)), Instant.now()));

    assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
    VEvent event = onlyEvent(calendar);
    ZonedDateTime start = ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());
    assertThat(start.withZoneSameInstant(PARIS).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 11));
    assertThat(start.withZoneSameInstant(PARIS).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/Paris");
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    assertThat(value(event, Property.UID)).isEqualTo("visit-12@reseau-ecoles");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(event, Property.SUMMARY))
        .isEqualTo("Visite du CDI : Camille Roux chez Lucie Martin");
    assertThat(value(event, Property.LOCATION)).contains("Pont Romain");
    assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:lucie.martin@example.org");
    List<Property> attendees = event.getProperties(Property.ATTENDEE);
    assertThat(attendees.stream().map(Property::getValue).toList())
        .containsExactly("mailto:camille.roux@example.org");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
  }

  @Test
  void aCancellationKeepsTheUidWithItsSequence() throws Exception {
    Calendar calendar = parse(IcsWriter.cancel(entry(2, LocalDate.of(2027, 3, 18)), Instant.now()));

    assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
    VEvent event = onlyEvent(calendar);
    assertThat(value(event, Property.UID)).isEqualTo("visit-12@reseau-ecoles");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void aFeedPublishesEveryEntry() throws Exception {
    Calendar calendar =
        parse(
            IcsWriter.feed(
                "Mes dates",
                List.of(entry(0, LocalDate.of(2027, 3, 11)), entry(1, LocalDate.of(2027, 4, 1))),
                Instant.now()));

    assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
    assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);
    assertThat(value(calendar.getComponents(Component.VEVENT).get(0), Property.SUMMARY))
        .startsWith("Visite du CDI");
    assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Mes dates");
  }

  @Test
  void anEmptyFeedIsStillACalendar() throws Exception {
    Calendar calendar = parse(IcsWriter.feed("Mes dates", List.of(), Instant.now()));
    assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
  }
}
