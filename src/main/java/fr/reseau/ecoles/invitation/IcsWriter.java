package fr.reseau.ecoles.invitation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * iCalendar (RFC 5545) files written with ical4j: an invitation ({@code METHOD:REQUEST}), its
 * cancellation ({@code METHOD:CANCEL}) and a subscription feed ({@code METHOD:PUBLISH}). Times are
 * written in their own zone (Europe/Paris) with its {@code VTIMEZONE}.
 */
public final class IcsWriter {

  static final String PRODUCT_ID = "-//Réseau d'écoles//Invitations//FR";
  static final String MEDIA_TYPE = "text/calendar";

  private IcsWriter() {}

  /** An invitation (new, or updated when the sequence is raised). */
  public static byte[] request(CalendarEntry entry, Instant stamp) {
    return write(ImmutableMethod.REQUEST, List.of(event(entry, stamp, false, true)), null, entry);
  }

  /** The cancellation of an invitation sent before: same UID, a higher sequence. */
  public static byte[] cancel(CalendarEntry entry, Instant stamp) {
    return write(ImmutableMethod.CANCEL, List.of(event(entry, stamp, true, true)), null, entry);
  }

  /** A person's subscription feed: every dated event, without invitations' attendees. */
  public static byte[] feed(String name, List<CalendarEntry> entries, Instant stamp) {
    List<VEvent> events = entries.stream().map(e -> event(e, stamp, false, false)).toList();
    return write(ImmutableMethod.PUBLISH, events, name, entries.isEmpty() ? null : entries.get(0));
  }

  /** Content type of an attachment, with its method as calendar clients expect. */
  public static String contentType(boolean cancel) {
    return MEDIA_TYPE + "; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST");
  }

  /** Attendees only in invitations (RFC 5546: a published event has an organizer, no attendee). */
  private static VEvent event(
      CalendarEntry entry, Instant stamp, boolean cancelled, boolean withPeople) {
    VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
    event.replace(new DtStamp(stamp));
    event.add(new Uid(entry.uid()));
    event.add(new Sequence(entry.sequence()));
    if (entry.description() != null) {
      event.add(new Description(entry.description()));
    }
    if (entry.location() != null) {
      event.add(new Location(entry.location()));
    }
    if (entry.url() != null) {
      event.add(new Url(URI.create(entry.url())));
    }
    if (entry.organizer() != null && entry.organizer().email() != null) {
      Organizer organizer = new Organizer(mailto(entry.organizer()));
      organizer.add(new Cn(entry.organizer().name()));
      event.add(organizer);
    }
    for (CalendarEntry.Person person : entry.attendees()) {
      if (!withPeople || person.email() == null) {
        continue;
      }
      Attendee attendee = new Attendee(mailto(person));
      attendee.add(new Cn(person.name()));
      attendee.add(Role.REQ_PARTICIPANT);
      attendee.add(PartStat.NEEDS_ACTION);
      attendee.add(Rsvp.FALSE);
      event.add(attendee);
    }
    event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static URI mailto(CalendarEntry.Person person) {
    return URI.create("mailto:" + person.email().strip());
  }

  private static byte[] write(
      Method method, List<VEvent> events, String name, CalendarEntry zoneOf) {
    Calendar calendar =
        new Calendar().withProdId(PRODUCT_ID).withDefaults().withProperty(method).getFluentTarget();
    if (name != null) {
      calendar.add(new XProperty("X-WR-CALNAME", name));
    }
    if (zoneOf != null) {
      TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
      calendar.add(registry.getTimeZone(zoneOf.start().getZone().getId()).getVTimeZone());
    }
    events.forEach(calendar::add);
    StringWriter out = new StringWriter();
    try {
      // An empty feed is valid for calendar clients, not for ical4j's validator (no component).
      new CalendarOutputter(!events.isEmpty()).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
