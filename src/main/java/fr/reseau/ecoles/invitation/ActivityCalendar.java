package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.cotraining.CoTrainingService;
import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventService;
import fr.reseau.ecoles.event.RegistrationService;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's moments in a person's feed (issue 18): the network events where they have a place
 * (not the waiting list, not cancelled) and the co-training workshops they are convened to. Each
 * entry is the one sent by e-mail (same UID and sequence), so a calendar that imported the
 * attachment and subscribes to the feed shows the event once.
 */
@Service
@Transactional(readOnly = true)
public class ActivityCalendar {

  private final RegistrationService registrations;
  private final EventService events;
  private final EventMessages eventMessages;
  private final CoTrainingService coTraining;
  private final CoTrainingConvocations convocations;
  private final NetworkDirectory directory;

  public ActivityCalendar(
      RegistrationService registrations,
      EventService events,
      EventMessages eventMessages,
      CoTrainingService coTraining,
      CoTrainingConvocations convocations,
      NetworkDirectory directory) {
    this.registrations = registrations;
    this.events = events;
    this.eventMessages = eventMessages;
    this.coTraining = coTraining;
    this.convocations = convocations;
    this.directory = directory;
  }

  public List<CalendarEntry> entriesOf(String userId) {
    List<CalendarEntry> entries = new ArrayList<>();
    for (EventRegistration place : registrations.placesOf(userId)) {
      entries.add(eventMessages.entry(events.require(place.getEventId()), place));
    }
    for (CoTrainingRequest workshop : coTraining.scheduledWith(userId)) {
      entries.add(
          convocations.entry(
              workshop, directory.membersIn(workshop.getNetworkId(), workshop.getParticipants())));
    }
    return entries;
  }
}
