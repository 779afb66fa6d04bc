package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of {@code network-event}: publication, registration with a waiting list and a
 * cancellation that promotes, the deadline, mission orders for contributors only, attendance and
 * feedback; and the start form's rules.
 */
class NetworkEventProcessTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
  static final LocalDate EVENT_DAY = LocalDate.of(2027, 3, 10); // a Wednesday
  static final LocalDate DEADLINE = LocalDate.of(2027, 2, 24);

  @Autowired TestNetworks networks;
  @Autowired EventRegistrationRepository registrations;
  @Autowired EventFeedbackRepository feedback;
  @Autowired RegistrationService registering;
  @Autowired OutboxRepository outbox;

  @Test
  void fromPublicationToFeedbackWithAWaitingListAndMissionOrdersForContributorsOnly() {
    TestNetwork network = networks.create(4);
    List<String> docs = network.documentalistes();
    clockAt(TODAY, 9);
    ProcessInstance instance =
        startProcess(
            NetworkEventVariables.PROCESS_KEY,
            network.id(),
            EventPeople.start("networkDay", EVENT_DAY, DEADLINE, 2, 1));
    Long eventId =
        (Long)
            runtimeService.getVariable(instance.getId(), NetworkEventVariables.Internal.EVENT_ID);
    assertThat(instance).isWaitingAt("Task_RegisterForEvent");
    List<Task> invitations = tasks(instance, "Task_RegisterForEvent");
    assertThat(invitations).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(docs);

    answer(instance, docs.get(0), EventPeople.contributor());
    answer(instance, docs.get(1), EventPeople.participant());
    answer(instance, docs.get(2), EventPeople.participant());
    answer(instance, docs.get(3), EventPeople.participant());
    assertThat(statusOf(eventId, docs.get(3))).isEqualTo(RegistrationStatus.WAITING);
    assertThat(instance).isWaitingAt("Timer_UntilDeadline");

    // A cancellation before the deadline gives the place to the first waiting.
    registering.cancel(eventId, docs.get(1));
    assertThat(statusOf(eventId, docs.get(1))).isEqualTo(RegistrationStatus.CANCELLED);
    assertThat(statusOf(eventId, docs.get(3))).isEqualTo(RegistrationStatus.REGISTERED);

    clockAt(DEADLINE.plusDays(1), 9);
    executeDueJobs(instance);
    List<Task> missionOrders = tasks(instance, "Task_SignEventMissionOrder");
    assertThat(missionOrders)
        .as("only the contributor's head of school signs an ordre de mission")
        .extracting(Task::getAssignee)
        .containsExactly(network.principals().get(0));
    Task order = missionOrders.get(0);
    assertThatThrownBy(
            () ->
                taskService.complete(
                    order.getId(), Map.of(NetworkEventVariables.MISSION_ORDER_SIGNED, true)))
        .isInstanceOf(InvalidInputException.class);
    taskService.complete(order.getId(), EventPeople.missionOrderSigned("OM-2027-12"));
    executeDueJobs(instance);
    assertThat(registrations.findByEventIdAndMemberUserId(eventId, docs.get(0)).orElseThrow())
        .satisfies(r -> assertThat(r.getMissionOrderSigned()).isTrue())
        .satisfies(r -> assertThat(r.getMissionOrderRef()).isEqualTo("OM-2027-12"));
    assertThat(instance).isWaitingAt("Timer_EventDay");

    clockAt(EVENT_DAY, 9);
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_RecordAttendance");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_RecordAttendance").getId(),
                    EventPeople.attendance(List.of(docs.get(1)))))
        .isInstanceOf(InvalidInputException.class);
    complete(
        instance,
        "Task_RecordAttendance",
        EventPeople.attendance(List.of(docs.get(0), docs.get(2))));

    List<Task> asked = tasks(instance, "Task_GiveEventFeedback");
    assertThat(asked)
        .as("only the participants present give feedback")
        .extracting(Task::getAssignee)
        .containsExactly(docs.get(2));
    complete(instance, "Task_GiveEventFeedback", EventPeople.feedback("4"));
    assertThat(instance).isEnded();
    assertThat(feedback.findByEventIdOrderById(eventId))
        .singleElement()
        .satisfies(f -> assertThat(f.getRating()).isEqualTo(4));
    assertThat(
            registrations
                .findByEventIdAndMemberUserId(eventId, docs.get(3))
                .orElseThrow()
                .getAttended())
        .isFalse();

    // The messages: invitation, place (waiting, then promoted), the contributor's signed order.
    assertThat(subjects(docs.get(3)))
        .anySatisfy(s -> assertThat(s).startsWith("Invitation : "))
        .anySatisfy(s -> assertThat(s).startsWith("Liste d'attente : "))
        .anySatisfy(s -> assertThat(s).startsWith("Inscription confirmée : "));
    assertThat(subjects(docs.get(0)))
        .anySatisfy(s -> assertThat(s).startsWith("Votre ordre de mission est signé : "));
    assertThat(subjects(docs.get(2))).noneSatisfy(s -> assertThat(s).contains("ordre de mission"));
  }

  private List<String> subjects(String member) {
    return outbox.findByRecipientUserIdOrderById(member).stream()
        .map(fr.reseau.ecoles.notification.OutboxMessage::getSubject)
        .toList();
  }

  @Test
  void theDeadlineClosesTheListOfThoseWhoDidNotAnswer() {
    TestNetwork network = networks.create(3);
    clockAt(TODAY, 9);
    ProcessInstance instance =
        startProcess(
            NetworkEventVariables.PROCESS_KEY,
            network.id(),
            EventPeople.start("thematicHalfDay", EVENT_DAY, DEADLINE, 10, 0));
    answer(instance, network.documentalistes().get(0), EventPeople.participant());
    clockAt(DEADLINE.plusDays(1), 9);
    executeDueJobs(instance);
    assertThat(tasks(instance, "Task_RegisterForEvent")).isEmpty();
    assertThat(tasks(instance, "Task_SignEventMissionOrder")).isEmpty();
    assertThat(instance).isWaitingAt("Timer_EventDay");
    Long eventId =
        (Long)
            runtimeService.getVariable(instance.getId(), NetworkEventVariables.Internal.EVENT_ID);
    assertThatThrownBy(
            () ->
                registering.register(
                    eventId,
                    network.documentalistes().get(1),
                    RegistrationService.PARTICIPATE,
                    null,
                    false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("closes");
  }

  @Test
  void theStartFormRulesAreCheckedOnTheServer() {
    TestNetwork network = networks.create(2);
    clockAt(TODAY, 9);
    assertThatThrownBy(
            () ->
                startProcess(
                    NetworkEventVariables.PROCESS_KEY,
                    network.id(),
                    EventPeople.start("training", TODAY.plusWeeks(4), TODAY.plusWeeks(2), 12, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("8 semaines");
    assertThatThrownBy(
            () ->
                startProcess(
                    NetworkEventVariables.PROCESS_KEY,
                    network.id(),
                    EventPeople.start("networkDay", EVENT_DAY, EVENT_DAY.plusDays(1), 12, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("date limite");
    Map<String, Object> noPlaces = EventPeople.start("networkDay", EVENT_DAY, DEADLINE, 0, 1);
    assertThatThrownBy(
            () -> startProcess(NetworkEventVariables.PROCESS_KEY, network.id(), noPlaces))
        .isInstanceOf(InvalidInputException.class);
    ProcessInstance training =
        startProcess(
            NetworkEventVariables.PROCESS_KEY,
            network.id(),
            EventPeople.start("training", TODAY.plusWeeks(9), TODAY.plusWeeks(6), 12, 1));
    assertThat(training).isWaitingAt("Task_RegisterForEvent");
  }

  private void answer(ProcessInstance instance, String member, Map<String, Object> form) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_RegisterForEvent")
            .taskAssignee(member)
            .singleResult();
    taskService.complete(task.getId(), form);
    executeDueJobs(instance);
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private RegistrationStatus statusOf(Long eventId, String member) {
    return registrations.findByEventIdAndMemberUserId(eventId, member).orElseThrow().getStatus();
  }
}
