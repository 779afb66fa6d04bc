package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.cotraining.CoTrainingPeople;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables;
import fr.reseau.ecoles.event.NetworkEventVariables;
import fr.reseau.ecoles.event.RegistrationService;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The personal feed (/calendrier/{token}.ics) lists the network events where the person has a place
 * and the co-training workshops they are convened to (issue 18), with the e-mailed UID.
 */
class ActivityCalendarTest extends IntegrationTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
  static final LocalDate EVENT_DAY = LocalDate.of(2027, 3, 10); // a Wednesday

  @Autowired TestNetworks networks;
  @Autowired CalendarFeedService feeds;
  @Autowired RegistrationService registrations;
  @Autowired CalendarSettings settings;

  @Test
  void aPlaceAtANetworkEventIsInTheFeedTheWaitingListAndADeclineAreNot() throws Exception {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(4);
    List<String> docs = network.documentalistes();
    ProcessInstance instance = startEvent(network, 1, 1);
    Long eventId =
        (Long)
            runtimeService.getVariable(instance.getId(), NetworkEventVariables.Internal.EVENT_ID);
    register(instance, docs.get(0), RegistrationService.CONTRIBUTE);
    register(instance, docs.get(1), RegistrationService.PARTICIPATE);
    register(instance, docs.get(2), RegistrationService.PARTICIPATE); // full: waiting list
    register(instance, docs.get(3), RegistrationService.DECLINE);

    VEvent contributor = single(feedOf(docs.get(0)));
    assertThat(contributor.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Rencontre du réseau au calendrier");
    assertThat(contributor.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("evenement-" + eventId + "-" + docs.get(0) + "@reseau-ecoles");
    // The half-day's times of the e-mailed .ics (app.calendar.morning).
    assertThat(start(contributor)).isEqualTo(settings.halfDay(EVENT_DAY, "morning")[0]);
    assertThat(feedOf(docs.get(1))).hasSize(1);
    assertThat(feedOf(docs.get(2))).as("waiting list").isEmpty();
    assertThat(feedOf(docs.get(3))).as("not coming").isEmpty();

    // A cancellation takes the event out of the feed and puts it in the promoted one's.
    registrations.cancel(eventId, docs.get(1));
    assertThat(feedOf(docs.get(1))).isEmpty();
    assertThat(feedOf(docs.get(2))).hasSize(1);
  }

  @Test
  void aScheduledWorkshopIsInItsParticipantsFeedOnly() throws Exception {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(2);
    String requester = network.documentalistes().get(0);
    String colleague = networks.addColleague(network, 0);
    String otherSchool = network.documentalistes().get(1);
    ProcessInstance instance =
        startProcess(
            CoTrainingRequestVariables.PROCESS_KEY,
            network.id(),
            CoTrainingPeople.start(requester));
    executeDueJobs(instance);
    complete(
        instance,
        "Task_DescribeProject",
        CoTrainingPeople.description(List.of(colleague), "2027-01-20", "2027-01-27"));
    complete(instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
    assertThat(feedOf(requester)).as("not scheduled yet").isEmpty();

    complete(
        instance,
        "Task_ScheduleWorkshop",
        CoTrainingPeople.schedule("2027-01-27", "Collège de test, salle B12"));
    executeDueJobs(instance);

    for (String participant : List.of(requester, colleague)) {
      VEvent workshop = single(feedOf(participant));
      assertThat(workshop.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo("Atelier de mutualisation : Les outils du web au collège");
      assertThat(start(workshop)).isEqualTo(ZonedDateTime.of(2027, 1, 27, 15, 0, 0, 0, PARIS));
      assertThat(workshop.getProperty(Property.LOCATION).orElseThrow().getValue())
          .isEqualTo("Collège de test, salle B12");
    }
    assertThat(feedOf(otherSchool)).as("not a participant").isEmpty();
    assertThat(feedOf(network.principals().get(0))).as("the head who approved").isEmpty();
  }

  private ProcessInstance startEvent(TestNetwork network, long capacity, long contributorSlots) {
    Map<String, Object> form = new HashMap<>();
    form.put(NetworkEventVariables.TITLE, "Rencontre du réseau au calendrier");
    form.put(NetworkEventVariables.EVENT_KIND, "networkDay");
    form.put(NetworkEventVariables.THEME, "info-literacy");
    form.put(NetworkEventVariables.EVENT_DATE, EVENT_DAY.toString());
    form.put(NetworkEventVariables.EVENT_HALF_DAY, "morning");
    form.put(NetworkEventVariables.PLACE, "Collège Jean Moulin, CDI, Carpentras");
    form.put(NetworkEventVariables.CAPACITY, capacity);
    form.put(NetworkEventVariables.CONTRIBUTOR_SLOTS, contributorSlots);
    form.put(NetworkEventVariables.REGISTRATION_DEADLINE, EVENT_DAY.minusDays(14).toString());
    return startProcess(NetworkEventVariables.PROCESS_KEY, network.id(), form);
  }

  private void register(ProcessInstance instance, String member, String choice) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_RegisterForEvent")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> form = new HashMap<>();
    form.put(NetworkEventVariables.REGISTRATION_CHOICE, choice);
    if (RegistrationService.CONTRIBUTE.equals(choice)) {
      form.put(NetworkEventVariables.CONTRIBUTION, "Une séquence EMI en 6e");
    }
    taskService.complete(task.getId(), form);
    executeDueJobs(instance);
  }

  private List<VEvent> feedOf(String userId) throws Exception {
    return CalendarDoorsTest.events(feeds.feed(feeds.renew(userId)).orElseThrow());
  }

  private static VEvent single(List<VEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static ZonedDateTime start(VEvent event) {
    return ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
        .withZoneSameInstant(PARIS);
  }
}
