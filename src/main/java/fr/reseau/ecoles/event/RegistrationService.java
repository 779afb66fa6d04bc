package fr.reseau.ecoles.event;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of an event: registration as participant or contributor, the waiting list when full,
 * cancellations that promote the first waiting, the list closed at the deadline, and the
 * contributors' ordres de mission. Every change of places happens under the event's row lock, so
 * members registering at the same second never exceed the capacity.
 */
@Service
@Transactional
public class RegistrationService {

  public static final String PARTICIPATE = "participate";
  public static final String CONTRIBUTE = "contribute";
  public static final String DECLINE = "decline";

  public static final List<String> CHOICES = List.of(PARTICIPATE, CONTRIBUTE, DECLINE);

  private final NetworkEventRepository events;
  private final EventRegistrationRepository registrations;
  private final NetworkDirectory directory;
  private final ApplicationEventPublisher publisher;

  public RegistrationService(
      NetworkEventRepository events,
      EventRegistrationRepository registrations,
      NetworkDirectory directory,
      ApplicationEventPublisher publisher) {
    this.events = events;
    this.registrations = registrations;
    this.directory = directory;
    this.publisher = publisher;
  }

  /**
   * A member's answer: {@code participate}, {@code contribute} or {@code decline} (stored as a
   * cancelled row, so that a priority invitee's answer releases the place kept for them).
   */
  public EventRegistration register(
      Long eventId, String userId, String choice, String contribution, boolean priority) {
    NetworkEvent event = lock(eventId);
    if (event.isRegistrationClosed()) {
      throw new InvalidInputException(
          NetworkEventVariables.REGISTRATION_CHOICE, "les inscriptions sont closes");
    }
    Instant now = EngineClock.now();
    RegistrationRole role =
        CONTRIBUTE.equals(choice) ? RegistrationRole.CONTRIBUTOR : RegistrationRole.PARTICIPANT;
    EventRegistration row =
        registrations
            .findByEventIdAndMemberUserId(eventId, userId)
            .orElseGet(
                () ->
                    new EventRegistration(
                        eventId,
                        userId,
                        role,
                        RegistrationStatus.CANCELLED,
                        priority,
                        contribution,
                        now));
    if (row.getStatus() != RegistrationStatus.CANCELLED) {
      throw new InvalidInputException(
          NetworkEventVariables.REGISTRATION_CHOICE, "vous êtes déjà inscrit·e");
    }
    if (row.getId() != null && row.getRole() != role) {
      // A member who cancelled and comes back in the other role: a new row in that role.
      registrations.delete(row);
      registrations.flush();
      row =
          new EventRegistration(
              eventId, userId, role, RegistrationStatus.CANCELLED, priority, contribution, now);
    }
    if (!DECLINE.equals(choice)) {
      row.moveTo(
          freePlaces(event, role, priority, now) > 0
              ? RegistrationStatus.REGISTERED
              : RegistrationStatus.WAITING,
          now);
    }
    EventRegistration saved = registrations.save(row);
    if (!DECLINE.equals(choice)) {
      publisher.publishEvent(new RegistrationChanged(saved.getId()));
    }
    return saved;
  }

  /** The member withdraws; a freed place goes to the first waiting of the same role. */
  public void cancel(Long eventId, String userId) {
    NetworkEvent event = lock(eventId);
    if (!event.getEventDate().isAfter(EngineClock.today())) {
      throw new InvalidInputException("id", "l'évènement a commencé ou est passé");
    }
    EventRegistration row =
        registrations
            .findByEventIdAndMemberUserId(eventId, userId)
            .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> new InvalidInputException("id", "aucune inscription à annuler"));
    row.moveTo(RegistrationStatus.CANCELLED, EngineClock.now());
    publisher.publishEvent(new RegistrationChanged(row.getId()));
    promote(event, row.getRole());
  }

  /** At the end of the priority period: the places kept and not taken go to the waiting list. */
  public void releaseKeptPlaces(Long eventId) {
    NetworkEvent event = lock(eventId);
    promote(event, RegistrationRole.PARTICIPANT);
    promote(event, RegistrationRole.CONTRIBUTOR);
  }

  /** At the deadline: no new registration; returns the registered contributors' rows. */
  public List<Long> close(Long eventId) {
    NetworkEvent event = lock(eventId);
    event.closeRegistration();
    return registrations.findByEventIdOrderById(eventId).stream()
        .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
        .filter(r -> r.getRole() == RegistrationRole.CONTRIBUTOR)
        .map(EventRegistration::getId)
        .toList();
  }

  /** The contributor's head of school, or null (no head known: the coordinators sign). */
  @Transactional(readOnly = true)
  public String missionOrderSigner(Long registrationId) {
    EventRegistration row = require(registrationId);
    String networkId =
        events.findById(row.getEventId()).map(NetworkEvent::getNetworkId).orElse(null);
    return directory
        .memberIn(row.getMemberUserId(), networkId)
        .map(directory::establishmentOf)
        .map(e -> e.getPrincipalUserId())
        .orElse(null);
  }

  public void answerMissionOrder(
      Long registrationId, String signer, boolean signed, String reference, String reason) {
    EventRegistration row = require(registrationId);
    if (row.getRole() != RegistrationRole.CONTRIBUTOR) {
      throw new IllegalStateException("Only contributors get a mission order: " + registrationId);
    }
    row.answerMissionOrder(signed, reference, reason, signer, EngineClock.now());
    publisher.publishEvent(new MissionOrderAnswered(registrationId));
  }

  @Transactional(readOnly = true)
  public EventRegistration require(Long registrationId) {
    return registrations
        .findById(registrationId)
        .orElseThrow(() -> new IllegalStateException("Unknown registration " + registrationId));
  }

  /** The events a member has a place at (participant or contributor), for their calendar feed. */
  @Transactional(readOnly = true)
  public List<EventRegistration> placesOf(String userId) {
    return registrations.findByMemberUserIdAndStatusOrderById(
        userId, RegistrationStatus.REGISTERED);
  }

  /**
   * Places a new registrant of that role may take: the role's places minus those taken, and, for a
   * participant who is not a priority invitee during the priority period, minus the places kept for
   * the priority invitees who have not answered yet.
   */
  int freePlaces(NetworkEvent event, RegistrationRole role, boolean priority, Instant now) {
    long taken =
        registrations.countByEventIdAndRoleAndStatus(
            event.getId(), role, RegistrationStatus.REGISTERED);
    long kept = 0;
    if (role == RegistrationRole.PARTICIPANT
        && !priority
        && event.getPriorityUntil() != null
        && now.isBefore(event.getPriorityUntil())) {
      long answered =
          registrations.findByEventIdOrderById(event.getId()).stream()
              .filter(EventRegistration::isPriority)
              .count();
      kept = Math.max(0, event.getPriorityInvitees() - answered);
    }
    return (int) Math.max(0, event.placesFor(role) - taken - kept);
  }

  private void promote(NetworkEvent event, RegistrationRole role) {
    Instant now = EngineClock.now();
    for (EventRegistration waiting :
        registrations.findByEventIdAndRoleAndStatusOrderByRegisteredAtAscIdAsc(
            event.getId(), role, RegistrationStatus.WAITING)) {
      if (freePlaces(event, role, waiting.isPriority(), now) <= 0) {
        return;
      }
      waiting.moveTo(RegistrationStatus.REGISTERED, now);
      registrations.flush();
      publisher.publishEvent(new RegistrationChanged(waiting.getId()));
    }
  }

  private NetworkEvent lock(Long eventId) {
    return events
        .findLockedById(eventId)
        .orElseThrow(() -> new InvalidInputException("id", "évènement inconnu"));
  }
}
