package fr.reseau.ecoles.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.notification.DeliveryMode;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.NotificationPreference;
import fr.reseau.ecoles.notification.NotificationPreferenceRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.notification.OutboxStatus;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what beyond a task's creation (issue 15), through the engine and its REST API: the
 * volunteering reminder of a campaign to the members still to answer, with their preferences; a
 * task given to another person in Tasklist or {@code /engine-rest} to its new assignee, once, and
 * not when a person takes a task for themself nor when « Relancer ou réaffecter » already told
 * them.
 */
class WhoIsToldTest extends IntegrationTest {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "demo";

  @Autowired TestNetworks networks;
  @Autowired OutboxRepository outbox;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired MessageService messages;
  @Autowired Links links;
  @Autowired TestRestTemplate rest;
  @Autowired PlatformTransactionManager transactions;

  List<OutboxMessage> messagesTo(String userId, MessageKind kind) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(kind.template()))
        .toList();
  }

  void prefer(String userId, DeliveryMode delivery, boolean reminders) {
    NotificationPreference preference = new NotificationPreference(userId);
    preference.change(delivery, reminders);
    preferences.save(preference);
  }

  @Test
  void theVolunteeringReminderWritesToEachMemberStillToAnswerAsTheyChose() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    TestNetwork network = networks.create(4);
    List<String> docs = network.documentalistes();
    String answered = docs.get(0);
    String silent = docs.get(1);
    String noReminders = docs.get(2);
    String digest = docs.get(3);
    prefer(noReminders, DeliveryMode.IMMEDIATE, false);
    prefer(digest, DeliveryMode.DAILY_DIGEST, true);
    ProcessInstance tour = startCdiTour(network);
    Task answeredTask = declarationOf(tour, answered);
    Map<String, Object> notVolunteering = new HashMap<>();
    notVolunteering.put(CdiTourVariables.VOLUNTEER, false);
    taskService.complete(answeredTask.getId(), notVolunteering);
    executeDueJobs(tour);
    docs.forEach(d -> assertThat(messagesTo(d, MessageKind.VOLUNTEERING_REMINDER)).isEmpty());

    // Written in the caller's transaction: a step that rolls back leaves no reminder.
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              assertThat(messages.volunteeringReminder(campaignId, tour.getId(), List.of(silent)))
                  .isEqualTo(1);
              s.setRollbackOnly();
            });
    assertThat(messagesTo(silent, MessageKind.VOLUNTEERING_REMINDER)).isEmpty();

    // A week before the deadline, the timer's job: the three who have not answered are reminded.
    clockAt(LocalDate.of(2026, 9, 23), 9);
    executeDueJobs(tour);
    assertThat(tour).hasPassed("Task_RecordReminder").isWaitingAt("Task_DeclareVolunteering");
    assertThat(messagesTo(answered, MessageKind.VOLUNTEERING_REMINDER)).isEmpty();
    for (String member : List.of(silent, noReminders, digest)) {
      List<OutboxMessage> reminders = messagesTo(member, MessageKind.VOLUNTEERING_REMINDER);
      assertThat(reminders).as("reminder to %s", member).hasSize(1);
      OutboxMessage reminder = reminders.get(0);
      assertThat(reminder.getCategory()).isEqualTo(NoticeCategory.REMINDER);
      assertThat(reminder.getNetworkId()).isEqualTo(network.id());
      assertThat(reminder.getLink()).isEqualTo(links.task(declarationOf(tour, member).getId()));
      assertThat(reminder.getSubject())
          .isEqualTo(
              "Rappel : La tournée des CDI 2026-2027, déclarez votre volontariat avant le"
                  + " mercredi 30 septembre 2026");
      assertThat(reminder.getBodyText())
          .contains("Réseau de test")
          .contains("lundi 5 octobre 2026")
          .contains(reminder.getLink());
      assertThat(reminder.getBodyHtml()).contains("lang=\"fr\"");
    }
    assertThat(messagesTo(silent, MessageKind.VOLUNTEERING_REMINDER).get(0).getStatus())
        .isEqualTo(OutboxStatus.PENDING);
    assertThat(messagesTo(noReminders, MessageKind.VOLUNTEERING_REMINDER).get(0).getStatus())
        .isEqualTo(OutboxStatus.SKIPPED);
    assertThat(messagesTo(digest, MessageKind.VOLUNTEERING_REMINDER).get(0).getStatus())
        .isEqualTo(OutboxStatus.DIGEST);

    // The same reminder again (a retried job) writes nothing more.
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> messages.volunteeringReminder(campaignId, tour.getId(), List.of(silent, digest)));
    assertThat(messagesTo(silent, MessageKind.VOLUNTEERING_REMINDER)).hasSize(1);
    assertThat(messagesTo(digest, MessageKind.VOLUNTEERING_REMINDER)).hasSize(1);

    preferences.deleteAllById(List.of(noReminders, digest));
  }

  @Test
  void aTaskGivenToAnotherPersonTellsThemOnceEachTime() {
    clockAt(LocalDate.of(2026, 11, 16), 9);
    TestNetwork network = networks.create(3);
    String visitor = network.documentalistes().get(0);
    String host = network.documentalistes().get(1);
    String third = network.documentalistes().get(2);
    ProcessInstance visit = startVisit(network, visitor, host);
    Task task = task(visit, "Task_PreVisitVisitor");
    // Created with its assignee: the task's own message (pairing result), no « confiée ».
    assertThat(task).isAssignedTo(visitor);
    assertThat(messagesTo(visitor, MessageKind.PAIRING_RESULT)).hasSize(1);
    assertThat(messagesTo(visitor, MessageKind.TASK_REASSIGNED)).isEmpty();

    // An administrator gives it to another member through the REST API (as Tasklist does).
    assertThat(setAssignee(task.getId(), third).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    List<OutboxMessage> told = messagesTo(third, MessageKind.TASK_REASSIGNED);
    assertThat(told).hasSize(1);
    OutboxMessage message = told.get(0);
    assertThat(message.getCategory()).isEqualTo(NoticeCategory.INFORMATION);
    assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(message.getNetworkId()).isEqualTo(network.id());
    assertThat(message.getLink()).isEqualTo(links.task(task.getId()));
    assertThat(message.getSubject())
        .isEqualTo("Une tâche vous est confiée : Attentes et besoins (visiteur)");
    assertThat(message.getBodyText())
        .contains("vous confie la tâche « Attentes et besoins (visiteur) »")
        .contains("Réseau de test")
        .contains(links.task(task.getId()));
    assertThat(messagesTo(visitor, MessageKind.TASK_REASSIGNED)).isEmpty();

    // Unassigned: nobody to tell. Claimed by the administrator for the visitor: the visitor is
    // told. Given to the third member again: told a second time.
    assertThat(unclaim(task.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(claim(ADMIN, ADMIN_PASSWORD, task.getId(), visitor).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(messagesTo(visitor, MessageKind.TASK_REASSIGNED)).hasSize(1);
    assertThat(setAssignee(task.getId(), third).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(messagesTo(third, MessageKind.TASK_REASSIGNED)).hasSize(2);
    assertThat(outbox.findAll())
        .filteredOn(m -> m.getKind().equals(MessageKind.TASK_REASSIGNED.template()))
        .filteredOn(m -> m.getNetworkId().equals(network.id()))
        .hasSize(3);
  }

  @Test
  void takingATaskForOneselfOrThroughRelancerOuReaffecterSendsNoSecondMessage() {
    LocalDate today = LocalDate.of(2026, 11, 16);
    clockAt(today, 9);
    TestNetwork network = networks.create(3);
    String visitor = network.documentalistes().get(0);
    String host = network.documentalistes().get(1);
    String third = network.documentalistes().get(2);
    ProcessInstance visit = startVisit(network, visitor, host);
    clockAt(today.plusDays(14), 10);
    executeDueJobs(visit);
    Task followUp = task(visit, "Task_PreVisitHostFollowUp");
    assertThat(followUp).hasCandidateGroup("coordinators");

    // The coordinator takes « Relancer ou réaffecter » for themself (Tasklist's « Réclamer »).
    String coordinator = network.coordinator();
    assertThat(
            claim(coordinator, TestNetworks.PASSWORD, followUp.getId(), coordinator)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(visit, "Task_PreVisitHostFollowUp")).isAssignedTo(coordinator);
    assertThat(messagesTo(coordinator, MessageKind.TASK_REASSIGNED)).isEmpty();

    // They give the stalled task to the third member: the follow-up's own message, once.
    Map<String, Object> answer = new HashMap<>();
    answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, "reassign");
    answer.put(CdiVisitVariables.FOLLOW_UP_ASSIGNEE, third);
    complete(visit, "Task_PreVisitHostFollowUp", answer);
    Task moved = task(visit, "Task_PreVisitHost");
    assertThat(moved).isAssignedTo(third);
    // (The task's own creation message, the pairing result, also goes to its new holder.)
    assertThat(
            outbox.findByRecipientUserIdOrderById(third).stream()
                .filter(m -> m.getLink().equals(links.task(moved.getId())))
                .map(OutboxMessage::getKind))
        .containsExactlyInAnyOrder("task-reminder", MessageKind.PAIRING_RESULT.template());
    assertThat(
            outbox.findByRecipientUserIdOrderById(third).stream()
                .filter(m -> m.getKind().equals("task-reminder")))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getSubject())
                    .isEqualTo("Une tâche vous est confiée : Attentes et besoins (accueil)"));
    assertThat(messagesTo(third, MessageKind.TASK_REASSIGNED)).isEmpty();
  }

  private Task declarationOf(ProcessInstance tour, String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .taskAssignee(member)
        .singleResult();
  }

  private ResponseEntity<String> setAssignee(String taskId, String userId) {
    return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", userId), String.class);
  }

  private ResponseEntity<String> unclaim(String taskId) {
    return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
        .postForEntity("/engine-rest/task/" + taskId + "/unclaim", Map.of(), String.class);
  }

  private ResponseEntity<String> claim(String user, String password, String taskId, String to) {
    return rest.withBasicAuth(user, password)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/claim", Map.of("userId", to), String.class);
  }
}
