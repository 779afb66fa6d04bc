package fr.reseau.ecoles.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.cotraining.CoTrainingRequestRepository;
import fr.reseau.ecoles.event.EventFeedback;
import fr.reseau.ecoles.event.EventFeedbackRepository;
import fr.reseau.ecoles.event.EventKind;
import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventRegistrationRepository;
import fr.reseau.ecoles.event.NetworkEvent;
import fr.reseau.ecoles.event.NetworkEventRepository;
import fr.reseau.ecoles.event.RegistrationRole;
import fr.reseau.ecoles.event.RegistrationStatus;
import fr.reseau.ecoles.event.TrainingNeedRequest;
import fr.reseau.ecoles.event.TrainingNeedRequestRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events' registrations and feedback, training needs and co-training requests go with their school
 * year's personal content; the event row stays without its creator; a current year's stay whole.
 */
class ActivityPurgeTest extends RetentionTestSupport {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired PersonalContentPurgeService purge;
  @Autowired NetworkEventRepository events;
  @Autowired EventRegistrationRepository registrations;
  @Autowired EventFeedbackRepository feedbacks;
  @Autowired TrainingNeedRequestRepository trainingNeeds;
  @Autowired CoTrainingRequestRepository coTrainings;

  @Test
  void anExpiredYearsActivitiesArePurgedAndTheCurrentYearsAreNot() {
    TestNetwork network = networks.create(2);
    String member = network.documentalistes().get(0);
    // 2024-2025 expires on 1 September 2026 (12 months); 2025-2026 on 1 September 2027.
    LocalDate expiredDay = LocalDate.of(2025, 3, 10);
    LocalDate currentDay = LocalDate.of(2026, 3, 10);
    NetworkEvent oldEvent = event(network, expiredDay, member);
    NetworkEvent newEvent = event(network, currentDay, member);
    EventRegistration oldRegistration = registration(oldEvent, member, expiredDay);
    EventRegistration newRegistration = registration(newEvent, member, currentDay);
    EventFeedback oldFeedback =
        feedbacks.save(new EventFeedback(oldEvent.getId(), member, 3, "avis", at(expiredDay)));
    EventFeedback newFeedback =
        feedbacks.save(new EventFeedback(newEvent.getId(), member, 4, "avis", at(currentDay)));
    TrainingNeedRequest oldNeed =
        trainingNeeds.save(
            new TrainingNeedRequest(network.id(), member, "edu-medias", "besoin", at(expiredDay)));
    TrainingNeedRequest newNeed =
        trainingNeeds.save(
            new TrainingNeedRequest(network.id(), member, "edu-medias", "besoin", at(currentDay)));
    CoTrainingRequest oldRequest = coTraining(network, member, expiredDay);
    CoTrainingRequest newRequest = coTraining(network, member, currentDay);

    clockAt(LocalDate.of(2026, 8, 31), 9);
    assertThat(purge.purge(network.id(), 12).activityRows()).as("the day before").isZero();

    clockAt(LocalDate.of(2026, 9, 1), 9);
    assertThat(purge.purge(network.id(), 12).activityRows()).isEqualTo(4);

    assertThat(registrations.findById(oldRegistration.getId())).isEmpty();
    assertThat(feedbacks.findById(oldFeedback.getId())).isEmpty();
    assertThat(trainingNeeds.findById(oldNeed.getId())).isEmpty();
    assertThat(coTrainings.findById(oldRequest.getId())).isEmpty();
    NetworkEvent kept = events.findById(oldEvent.getId()).orElseThrow();
    assertThat(kept.getTitle()).isEqualTo("Journée réseau");
    assertThat(kept.getCreatedBy()).isNull();

    assertThat(registrations.findById(newRegistration.getId())).isPresent();
    assertThat(feedbacks.findById(newFeedback.getId())).isPresent();
    assertThat(trainingNeeds.findById(newNeed.getId())).isPresent();
    assertThat(coTrainings.findById(newRequest.getId())).isPresent();
    assertThat(events.findById(newEvent.getId()).orElseThrow().getCreatedBy()).isEqualTo(member);

    assertThat(purge.purge(network.id(), 12).activityRows()).as("nothing twice").isZero();
  }

  NetworkEvent event(TestNetwork network, LocalDate day, String creator) {
    return events.save(
        new NetworkEvent(
            network.id(),
            "Journée réseau",
            EventKind.NETWORK_DAY,
            "edu-medias",
            day,
            "matin",
            "Lycée Mistral, Avignon",
            30,
            2,
            day.minusDays(7),
            creator,
            at(day.minusDays(30))));
  }

  EventRegistration registration(NetworkEvent event, String member, LocalDate day) {
    EventRegistration registration =
        new EventRegistration(
            event.getId(),
            member,
            RegistrationRole.PARTICIPANT,
            RegistrationStatus.REGISTERED,
            false,
            null,
            at(day.minusDays(20)));
    return registrations.save(registration);
  }

  CoTrainingRequest coTraining(TestNetwork network, String member, LocalDate day) {
    return coTrainings.save(
        new CoTrainingRequest(
            network.id(),
            member,
            "0840001A",
            member,
            "Co-formation",
            "edu-medias",
            "Travailler ensemble l'EMI",
            at(day)));
  }

  static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(PARIS).toInstant();
  }
}
