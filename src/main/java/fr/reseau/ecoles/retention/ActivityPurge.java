package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.event.EventFeedback;
import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.NetworkEvent;
import fr.reseau.ecoles.event.TrainingNeedRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The network's activities in {@link PersonalContentPurgeService}: events (registrations, mission
 * order answers, attendance, feedback), training needs sent by members and co-training requests,
 * removed with the same period after their school year and the same rule on their process.
 */
@Component
class ActivityPurge {

  private static final Logger LOG = LoggerFactory.getLogger(ActivityPurge.class);
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final PurgeQueries queries;

  ActivityPurge(PurgeQueries queries) {
    this.queries = queries;
  }

  /** Rows removed by one run. */
  record Purged(int events, int registrations, int feedbacks, int trainingNeeds, int coTrainings) {
    int total() {
      return registrations + feedbacks + trainingNeeds + coTrainings;
    }
  }

  Purged purge(String networkId, LocalDate today, int retentionMonths) {
    List<Long> events = new ArrayList<>();
    // No marker on the event: blanking again a blanked row is harmless, the event list is short.
    for (NetworkEvent event : queries.find(NetworkEvent.class, "1 = 1", networkId)) {
      if (expired(event.getEventDate(), today, retentionMonths)
          && !queries.anyRunning(Collections.singleton(event.getProcessInstanceId()))) {
        event.personalContentPurged();
        events.add(event.getId());
      }
    }
    int registrations = queries.deleteWhereIn(EventRegistration.class, "eventId", events);
    int feedbacks = queries.deleteWhereIn(EventFeedback.class, "eventId", events);

    List<Long> needs = new ArrayList<>();
    for (TrainingNeedRequest need : queries.find(TrainingNeedRequest.class, "1 = 1", networkId)) {
      if (expired(need.getSentAt(), today, retentionMonths)) {
        needs.add(need.getId());
      }
    }
    int trainingNeeds = queries.deleteWhereIn(TrainingNeedRequest.class, "id", needs);

    List<Long> requests = new ArrayList<>();
    for (CoTrainingRequest request : queries.find(CoTrainingRequest.class, "1 = 1", networkId)) {
      // The school year of the session when it was scheduled, otherwise of the request.
      LocalDate day =
          request.getScheduledDate() != null
              ? request.getScheduledDate()
              : request.getCreatedAt().atZone(PARIS).toLocalDate();
      if (expired(day, today, retentionMonths)
          && !queries.anyRunning(Collections.singleton(request.getProcessInstanceId()))) {
        requests.add(request.getId());
      }
    }
    int coTrainings = queries.deleteWhereIn(CoTrainingRequest.class, "id", requests);

    Purged purged = new Purged(events.size(), registrations, feedbacks, trainingNeeds, coTrainings);
    if (purged.total() > 0) {
      LOG.info(
          "Network activities: {} event registration(s), {} event feedback(s), {} training need(s),"
              + " {} co-training request(s) removed",
          registrations,
          feedbacks,
          trainingNeeds,
          coTrainings);
    }
    return purged;
  }

  private static boolean expired(Instant at, LocalDate today, int retentionMonths) {
    return expired(at.atZone(PARIS).toLocalDate(), today, retentionMonths);
  }

  private static boolean expired(LocalDate day, LocalDate today, int retentionMonths) {
    return !today.isBefore(
        PersonalContentPurgeService.expiresOn(
            SchoolYear.containing(day).toString(), retentionMonths));
  }
}
