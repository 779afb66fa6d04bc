package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitService;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visit as a calendar event: the date announced to its people, the host school as location, the
 * people invited (both teachers and the host's head of school). Names, schools and the date only:
 * never an answer of the pre-visit documents or of the recap.
 */
@Service
@Transactional(readOnly = true)
public class VisitCalendar {

  static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final VisitService visits;
  private final NetworkDirectory directory;
  private final CalendarSettings settings;

  public VisitCalendar(VisitService visits, NetworkDirectory directory, CalendarSettings settings) {
    this.visits = visits;
    this.directory = directory;
    this.settings = settings;
  }

  /** Who is invited to a visit and what they are told. */
  public record VisitInvitation(
      Visit visit, CalendarEntry entry, List<String> recipients, Map<String, Object> model) {}

  /** The invitation of the date last announced ({@code Visit#getCalendarDate}). */
  public VisitInvitation invitation(Long visitId) {
    VisitService.VisitContext context = visits.context(visitId);
    Visit visit = context.visit();
    Member visitor = context.visitor();
    Member host = context.host();
    String hostHeadId = context.hostEstablishment().getPrincipalUserId();
    Member hostHead = hostHeadId == null ? null : directory.member(hostHeadId).orElse(null);
    ZonedDateTime[] times = settings.halfDay(visit.getCalendarDate(), visit.getCalendarHalfDay());
    String halfDay = "afternoon".equals(visit.getCalendarHalfDay()) ? "l'après-midi" : "le matin";
    String date = FRENCH_DATE.format(visit.getCalendarDate());
    List<CalendarEntry.Person> attendees = new ArrayList<>();
    attendees.add(person(visitor));
    if (hostHead != null) {
      attendees.add(person(hostHead));
    }
    CalendarEntry entry =
        new CalendarEntry(
            uid(visit),
            visit.getCalendarSequence() == null ? 0 : visit.getCalendarSequence(),
            times[0],
            times[1],
            "Tournée des CDI : visite de "
                + visitor.fullName()
                + " au CDI de "
                + context.hostEstablishment().getName(),
            "Tournée des CDI "
                + visit.getSchoolYear()
                + " : "
                + visitor.fullName()
                + " ("
                + context.visitorEstablishment().displayName()
                + ") est accueilli·e par "
                + host.fullName()
                + " au CDI de "
                + context.hostEstablishment().displayName()
                + ", le "
                + date
                + " ("
                + halfDay
                + ").",
            context.hostEstablishment().getName() + ", " + context.hostEstablishment().getTown(),
            person(host),
            attendees,
            null);
    List<String> recipients = new ArrayList<>(List.of(visitor.getUserId(), host.getUserId()));
    if (hostHead != null && !recipients.contains(hostHead.getUserId())) {
      recipients.add(hostHead.getUserId());
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("visitorFullName", visitor.fullName());
    model.put("hostFullName", host.fullName());
    model.put("visitorEstablishment", context.visitorEstablishment().displayName());
    model.put("hostEstablishment", context.hostEstablishment().displayName());
    model.put("visitDay", date);
    model.put("halfDay", halfDay);
    model.put("year", visit.getSchoolYear());
    return new VisitInvitation(visit, entry, recipients, model);
  }

  /** Stable per visit: a calendar replaces or cancels the event by it. */
  static String uid(Visit visit) {
    return "visite-" + visit.getId() + "-" + visit.getNetworkId() + "@reseau-ecoles";
  }

  static CalendarEntry.Person person(Member member) {
    return new CalendarEntry.Person(member.fullName(), member.getEmail());
  }
}
