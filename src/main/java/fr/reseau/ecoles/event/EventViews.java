package fr.reseau.ecoles.event;

import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the REST API shows of a network's events: to every member the event, its places and the
 * contributors' names (they present in public); the caller's own registration; to coordinators the
 * whole list with attendance.
 */
@Service
@Transactional(readOnly = true)
public class EventViews {

  private final NetworkEventRepository events;
  private final EventRegistrationRepository registrations;
  private final NetworkDirectory directory;

  public EventViews(
      NetworkEventRepository events,
      EventRegistrationRepository registrations,
      NetworkDirectory directory) {
    this.events = events;
    this.registrations = registrations;
    this.directory = directory;
  }

  public record EventSummary(
      Long id,
      String title,
      String kind,
      String theme,
      String themeLabel,
      LocalDate eventDate,
      String halfDay,
      String place,
      int capacity,
      int contributorSlots,
      LocalDate registrationDeadline,
      boolean registrationClosed,
      long participantsRegistered,
      long contributorsRegistered,
      long waiting) {}

  public record Person(String userId, String name, String role, String status, Boolean attended) {}

  public record EventDetail(
      EventSummary event, List<String> contributors, Person myRegistration, List<Person> people) {}

  public List<EventSummary> list(String networkId) {
    return events.findByNetworkIdOrderByEventDateDescIdDesc(networkId).stream()
        .map(e -> summary(e, registrations.findByEventIdOrderById(e.getId())))
        .toList();
  }

  /** Empty for an unknown event or one of another network. */
  public Optional<EventDetail> detail(
      String networkId, Long eventId, String userId, boolean coordinator) {
    return events
        .findById(eventId)
        .filter(e -> e.getNetworkId().equals(networkId))
        .map(
            e -> {
              List<EventRegistration> rows = registrations.findByEventIdOrderById(eventId);
              Map<String, Member> members =
                  directory.members(rows.stream().map(EventRegistration::getMemberUserId).toList());
              List<Person> people = rows.stream().map(r -> person(r, members)).toList();
              return new EventDetail(
                  summary(e, rows),
                  people.stream()
                      .filter(
                          p -> "CONTRIBUTOR".equals(p.role()) && "REGISTERED".equals(p.status()))
                      .map(Person::name)
                      .toList(),
                  people.stream().filter(p -> p.userId().equals(userId)).findFirst().orElse(null),
                  coordinator ? people : List.of());
            });
  }

  private static Person person(EventRegistration r, Map<String, Member> members) {
    Member m = members.get(r.getMemberUserId());
    return new Person(
        r.getMemberUserId(),
        m == null ? r.getMemberUserId() : m.fullName(),
        r.getRole().name(),
        r.getStatus().name(),
        r.getAttended());
  }

  private static EventSummary summary(NetworkEvent e, List<EventRegistration> rows) {
    return new EventSummary(
        e.getId(),
        e.getTitle(),
        e.getKind().code(),
        e.getTheme(),
        Theme.fromCode(e.getTheme()).map(Theme::label).orElse(e.getTheme()),
        e.getEventDate(),
        e.getHalfDay(),
        e.getPlace(),
        e.getCapacity(),
        e.getContributorSlots(),
        e.getRegistrationDeadline(),
        e.isRegistrationClosed(),
        count(rows, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED),
        count(rows, RegistrationRole.CONTRIBUTOR, RegistrationStatus.REGISTERED),
        rows.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count());
  }

  private static long count(
      List<EventRegistration> rows, RegistrationRole role, RegistrationStatus status) {
    return rows.stream().filter(r -> r.getRole() == role && r.getStatus() == status).count();
  }
}
