package fr.reseau.ecoles.event;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network event's life apart from the places (see {@link RegistrationService}): publication with
 * its checks, the invitees, attendance and feedback.
 */
@Service
@Transactional
public class EventService {

  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  public static final List<String> HALF_DAYS = List.of("morning", "afternoon", "day");
  static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final NetworkEventRepository events;
  private final EventRegistrationRepository registrations;
  private final EventFeedbackRepository feedback;
  private final TrainingNeedRequestRepository needs;
  private final NetworkDirectory directory;
  private final ApplicationEventPublisher publisher;

  public EventService(
      NetworkEventRepository events,
      EventRegistrationRepository registrations,
      EventFeedbackRepository feedback,
      TrainingNeedRequestRepository needs,
      NetworkDirectory directory,
      ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.events = events;
    this.registrations = registrations;
    this.feedback = feedback;
    this.needs = needs;
    this.directory = directory;
  }

  /** What the start form asks, checked by {@link #open}. */
  public record EventForm(
      String title,
      String kind,
      String theme,
      LocalDate eventDate,
      String halfDay,
      String place,
      long capacity,
      long contributorSlots,
      LocalDate registrationDeadline) {}

  /** Checks the form against the rules and stores the event. */
  public NetworkEvent open(
      String networkId, EventForm form, Period trainingNotice, String createdBy) {
    EventKind kind =
        EventKind.fromCode(form.kind())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        NetworkEventVariables.EVENT_KIND, "type d'évènement inconnu"));
    if (Theme.fromCode(form.theme()).isEmpty()) {
      throw new InvalidInputException(NetworkEventVariables.THEME, "thème inconnu");
    }
    if (!HALF_DAYS.contains(form.halfDay())) {
      throw new InvalidInputException(
          NetworkEventVariables.EVENT_HALF_DAY, "choisissez matin, après-midi ou journée");
    }
    LocalDate today = EngineClock.today();
    if (!form.eventDate().isAfter(today)) {
      throw new InvalidInputException(
          NetworkEventVariables.EVENT_DATE, "la date doit être dans le futur");
    }
    if (kind == EventKind.TRAINING && form.eventDate().isBefore(today.plus(trainingNotice))) {
      throw new InvalidInputException(
          NetworkEventVariables.EVENT_DATE,
          "une formation se prévoit au moins "
              + trainingNotice.getDays() / 7
              + " semaines à l'avance (au plus tôt le "
              + FRENCH_DATE.format(today.plus(trainingNotice))
              + ")");
    }
    if (form.registrationDeadline().isBefore(today)
        || !form.registrationDeadline().isBefore(form.eventDate())) {
      throw new InvalidInputException(
          NetworkEventVariables.REGISTRATION_DEADLINE,
          "la date limite d'inscription doit être entre aujourd'hui et la veille de l'évènement");
    }
    if (form.capacity() < 1 || form.capacity() > 500) {
      throw new InvalidInputException(NetworkEventVariables.CAPACITY, "entre 1 et 500 places");
    }
    if (form.contributorSlots() < 0 || form.contributorSlots() > 50) {
      throw new InvalidInputException(
          NetworkEventVariables.CONTRIBUTOR_SLOTS, "entre 0 et 50 places");
    }
    return events.save(
        new NetworkEvent(
            networkId,
            form.title(),
            kind,
            form.theme(),
            form.eventDate(),
            form.halfDay(),
            form.place(),
            (int) form.capacity(),
            (int) form.contributorSlots(),
            form.registrationDeadline(),
            createdBy,
            EngineClock.now()));
  }

  /**
   * Who is invited: those who expressed the need first (in their order), then every documentaliste
   * of the network. Records the priority period and marks the members' needs as answered.
   */
  public List<String> invite(
      Long eventId, String processInstanceId, List<String> priority, Period priorityPeriod) {
    NetworkEvent event = require(eventId);
    Set<String> members = new LinkedHashSet<>();
    for (String userId : priority) {
      directory.memberIn(userId, event.getNetworkId()).ifPresent(m -> members.add(m.getUserId()));
    }
    int priorityCount = members.size();
    directory.documentalistes(event.getNetworkId()).forEach(m -> members.add(m.getUserId()));
    Instant until =
        priorityCount == 0 ? null : EngineClock.now().atZone(ZONE).plus(priorityPeriod).toInstant();
    event.started(processInstanceId, until, priorityCount);
    if (event.getKind() == EventKind.TRAINING) {
      needs
          .findByNetworkIdAndThemeAndEventIdIsNull(event.getNetworkId(), event.getTheme())
          .forEach(n -> n.answeredBy(eventId));
    }
    List<String> invitees = new ArrayList<>(members);
    publisher.publishEvent(new EventPublished(eventId, invitees));
    return invitees;
  }

  /** « Formation, mercredi 3 mars 2027, matin — Salle … » for the forms and messages. */
  public String summary(NetworkEvent event) {
    return event.getTitle()
        + " ("
        + event.getKind().label()
        + ", "
        + Theme.fromCode(event.getTheme()).map(Theme::label).orElse(event.getTheme())
        + ") — "
        + FRENCH_DATE.format(event.getEventDate())
        + ", "
        + halfDayLabel(event.getHalfDay())
        + ", "
        + event.getPlace();
  }

  public static String halfDayLabel(String halfDay) {
    return switch (halfDay) {
      case "morning" -> "matin";
      case "afternoon" -> "après-midi";
      default -> "journée";
    };
  }

  /** The checklist of the attendance form: every registered person, contributors first. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> attendanceOptions(Long eventId) {
    List<Map<String, String>> options = new ArrayList<>();
    List<EventRegistration> registered = registered(eventId);
    Map<String, Member> people =
        directory.members(registered.stream().map(EventRegistration::getMemberUserId).toList());
    registered.stream()
        .sorted((a, b) -> a.getRole().compareTo(b.getRole()) * -1)
        .forEach(
            r -> {
              Member m = people.get(r.getMemberUserId());
              String name = m == null ? r.getMemberUserId() : m.fullName();
              Map<String, String> option = new LinkedHashMap<>();
              option.put(
                  "label",
                  name + (r.getRole() == RegistrationRole.CONTRIBUTOR ? " (intervenant·e)" : ""));
              option.put("value", r.getMemberUserId());
              options.add(option);
            });
    return options;
  }

  /**
   * Stores who was present (ids of registered people only); returns the participants present, who
   * are asked for their feedback.
   */
  public List<String> recordAttendance(Long eventId, Set<String> present) {
    List<EventRegistration> registered = registered(eventId);
    Set<String> known = new LinkedHashSet<>();
    registered.forEach(r -> known.add(r.getMemberUserId()));
    for (String userId : present) {
      if (!known.contains(userId)) {
        throw new InvalidInputException(
            NetworkEventVariables.ATTENDEES, "personne non inscrite : " + userId);
      }
    }
    List<String> participantsPresent = new ArrayList<>();
    for (EventRegistration r : registered) {
      boolean here = present.contains(r.getMemberUserId());
      r.recordAttendance(here);
      if (here && r.getRole() == RegistrationRole.PARTICIPANT) {
        participantsPresent.add(r.getMemberUserId());
      }
    }
    return participantsPresent;
  }

  public void giveFeedback(Long eventId, String userId, long rating, String comment) {
    if (rating < 1 || rating > 4) {
      throw new InvalidInputException(NetworkEventVariables.FEEDBACK_RATING, "une note de 1 à 4");
    }
    if (feedback.existsByEventIdAndMemberUserId(eventId, userId)) {
      throw new InvalidInputException(NetworkEventVariables.FEEDBACK_RATING, "avis déjà donné");
    }
    feedback.save(new EventFeedback(eventId, userId, (int) rating, comment, EngineClock.now()));
  }

  @Transactional(readOnly = true)
  public NetworkEvent require(Long eventId) {
    return events
        .findById(eventId)
        .orElseThrow(() -> new IllegalStateException("Unknown event " + eventId));
  }

  @Transactional(readOnly = true)
  public List<EventRegistration> registered(Long eventId) {
    return registrations.findByEventIdOrderById(eventId).stream()
        .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
        .toList();
  }
}
