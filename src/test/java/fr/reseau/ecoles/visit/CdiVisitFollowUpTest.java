package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines of the participants' steps of {@code cdi-visit}: due and follow-up dates from the DMN
 * table {@code processes/task-deadlines.dmn} (or a property of the task), the reminder (the task
 * stays), the escalation to « Relancer ou réaffecter » and each of its choices.
 */
class CdiVisitFollowUpTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16); // a Monday

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired OutboxRepository outbox;
  @Autowired RepositoryService repositoryService;

  TestNetwork network;
  String visitor;
  String host;
  String third;

  @BeforeEach
  void network() {
    clockAt(TODAY, 9);
    network = networks.create(3);
    visitor = network.documentalistes().get(0);
    host = network.documentalistes().get(1);
    third = network.documentalistes().get(2);
  }

  ProcessInstance start() {
    return startVisit(network, visitor, host);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE).toInstant());
  }

  Job timer(ProcessInstance instance, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  List<OutboxMessage> messagesTo(String userId, String kind) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  void escalate(ProcessInstance instance) {
    clockAt(TODAY.plusDays(14), 10);
    executeDueJobs(instance);
  }

  @Test
  void dueAndFollowUpDatesOfEachStepComeFromTheTable() {
    ProcessInstance instance = start();
    Task previsit = task(instance, "Task_PreVisitVisitor");
    // processes/task-deadlines.dmn, row « cdi-visit, any task »: P7D and P14D from the start
    // (09:00).
    assertThat(previsit.getFollowUpDate()).isEqualTo(at(TODAY.plusDays(7).atTime(9, 0)));
    assertThat(previsit.getDueDate()).isEqualTo(at(TODAY.plusDays(14).atTime(9, 0)));
    assertThat(timer(instance, "Timer_PreVisitVisitorReminder").getDuedate())
        .isEqualTo(previsit.getFollowUpDate());
    assertThat(timer(instance, "Timer_PreVisitVisitorStalled").getDuedate())
        .isEqualTo(previsit.getDueDate());
  }

  /** The designer's change of the DMN table alone, deployed for this network only. */
  void deployTable(String dmn) {
    repositoryService
        .createDeployment()
        .name("designer-change")
        .tenantId(network.id())
        .addString("processes/task-deadlines.dmn", dmn)
        .deploy();
  }

  static String table() throws IOException {
    return Files.readString(Path.of("processes/task-deadlines.dmn"), StandardCharsets.UTF_8);
  }

  @Test
  void aDesignerChangingTheTableChangesTheDatesAndTheReminderComesEarlier() throws IOException {
    String defaultRow =
        "<text>\"cdi-visit\"</text>\n        </inputEntry>\n"
            + "        <inputEntry id=\"UnaryTests_DefaultCdiVisitTask\">\n"
            + "          <text></text>\n        </inputEntry>\n"
            + "        <outputEntry id=\"LiteralExpression_DefaultCdiVisitFollowUp\">\n"
            + "          <text>\"P7D\"</text>\n        </outputEntry>\n"
            + "        <outputEntry id=\"LiteralExpression_DefaultCdiVisitDue\">\n"
            + "          <text>\"P14D\"</text>";
    assertThat(table()).contains(defaultRow);
    deployTable(
        table()
            .replace(
                defaultRow,
                defaultRow.replace("\"P7D\"", "\"PT12H\"").replace("\"P14D\"", "\"P3D\"")));

    ProcessInstance instance = start();
    Task previsit = task(instance, "Task_PreVisitHost");
    assertThat(previsit.getFollowUpDate()).isEqualTo(at(TODAY.atTime(21, 0)));
    assertThat(previsit.getDueDate()).isEqualTo(at(TODAY.plusDays(3).atTime(9, 0)));
    assertThat(timer(instance, "Timer_PreVisitHostReminder").getDuedate())
        .isEqualTo(previsit.getFollowUpDate());
    assertThat(timer(instance, "Timer_PreVisitHostStalled").getDuedate())
        .isEqualTo(previsit.getDueDate());

    // The reminder comes the same evening, no longer a week later.
    clockAt(TODAY, 20);
    executeDueJobs(instance);
    assertThat(messagesTo(host, "task-reminder")).isEmpty();
    clockAt(TODAY, 22);
    executeDueJobs(instance);
    assertThat(messagesTo(host, "task-reminder")).hasSize(1);
    assertThat(instance).hasPassed("End_PreVisitHostReminded");
  }

  @Test
  void aPropertyOnTheTaskWinsOverTheTable() throws IOException {
    String original = Files.readString(Path.of("processes/cdi-visit.bpmn"), StandardCharsets.UTF_8);
    String extensions = "<bpmn:extensionElements>";
    int at =
        original.indexOf(extensions, original.indexOf("<bpmn:userTask id=\"Task_PreVisitHost\""))
            + extensions.length();
    String bpmn =
        original.substring(0, at)
            + "<camunda:properties><camunda:property name=\"followUpAfter\" value=\"P1D\" />"
            + "</camunda:properties>"
            + original.substring(at);
    assertThat(bpmn).contains("value=\"P1D\"");
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name("designer-change")
            .tenantId(network.id())
            .addString("processes/cdi-visit.bpmn", bpmn);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        deployment.addString("forms/" + form.getFileName(), Files.readString(form));
      }
    }
    deployment.deploy();

    ProcessInstance instance = start();
    assertThat(task(instance, "Task_PreVisitHost").getFollowUpDate())
        .isEqualTo(at(TODAY.plusDays(1).atTime(9, 0)));
    assertThat(task(instance, "Task_PreVisitVisitor").getFollowUpDate())
        .isEqualTo(at(TODAY.plusDays(7).atTime(9, 0)));
  }

  @Test
  void theReminderLeavesTheTaskOpenAndTellsItsHolderWithALinkToIt() {
    ProcessInstance instance = start();
    String taskId = task(instance, "Task_PreVisitVisitor").getId();
    clockAt(TODAY.plusDays(7), 10);
    executeDueJobs(instance);

    assertThat(instance)
        .hasPassed("End_PreVisitVisitorReminded", "End_PreVisitHostReminded")
        .isWaitingAt("Task_PreVisitVisitor", "Task_PreVisitHost");
    assertThat(task(instance, "Task_PreVisitVisitor").getId()).isEqualTo(taskId);
    List<OutboxMessage> reminders = messagesTo(visitor, "task-reminder");
    assertThat(reminders).hasSize(1);
    OutboxMessage reminder = reminders.get(0);
    assertThat(reminder.getCategory()).isEqualTo(NoticeCategory.REMINDER);
    assertThat(reminder.getLink()).endsWith("task=" + taskId);
    assertThat(reminder.getSubject()).isEqualTo("Rappel : Attentes et besoins (visiteur)");
    assertThat(reminder.getBodyText()).contains("vous attend toujours").contains(taskId);
    assertThat(messagesTo(host, "task-reminder")).hasSize(1);
    // No escalation yet.
    assertThat(task(instance, "Task_PreVisitVisitorFollowUp")).isNull();
  }

  @Test
  void theEscalationTakesTheTaskToTheCoordinatorsWhoRemindAgain() {
    ProcessInstance instance = start();
    escalate(instance);

    assertThat(instance).isWaitingAt("Task_PreVisitVisitorFollowUp", "Task_PreVisitHostFollowUp");
    assertThat(task(instance, "Task_PreVisitVisitor")).isNull();
    Task followUp = task(instance, "Task_PreVisitVisitorFollowUp");
    assertThat(followUp).hasCandidateGroup("coordinators").hasName("Relancer ou réaffecter");
    Map<String, Object> shown = taskService.getVariables(followUp.getId());
    assertThat(shown)
        .containsEntry(CdiVisitVariables.FOLLOW_UP_TASK_NAME, "Attentes et besoins (visiteur)")
        .containsEntry(CdiVisitVariables.FOLLOW_UP_WAITING_SINCE, "lundi 16 novembre 2026");
    assertThat(shown.get(CdiVisitVariables.FOLLOW_UP_OPTIONS).toString())
        .contains("\"remind\"", "\"reassign\"", "\"cancel\"")
        .doesNotContain("\"replace\"");
    assertThat(shown.get(CdiVisitVariables.FOLLOW_UP_MEMBERS).toString())
        .contains(host, third)
        .doesNotContain("\"" + visitor + "\"");
    List<OutboxMessage> escalations = messagesTo(network.coordinator(), "task-escalation");
    assertThat(escalations).hasSize(2);
    assertThat(escalations)
        .allSatisfy(m -> assertThat(m.getCategory()).isEqualTo(NoticeCategory.ESCALATION));
    assertThat(escalations).anySatisfy(m -> assertThat(m.getLink()).endsWith(followUp.getId()));

    Map<String, Object> answer = new HashMap<>();
    answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, "remind");
    answer.put(CdiVisitVariables.FOLLOW_UP_COMMENT, "Merci de compléter avant les vacances");
    complete(instance, "Task_PreVisitVisitorFollowUp", answer);

    Task again = task(instance, "Task_PreVisitVisitor");
    assertThat(again).isAssignedTo(visitor);
    // A new period starts from the decision.
    assertThat(again.getDueDate()).isEqualTo(at(TODAY.plusDays(28).atTime(10, 0)));
    List<OutboxMessage> told =
        messagesTo(visitor, "task-reminder").stream()
            .filter(m -> m.getLink().endsWith(again.getId()))
            .toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getBodyText()).contains("Merci de compléter avant les vacances");
    assertThat(told.get(0).getCategory()).isEqualTo(NoticeCategory.REMINDER);
  }

  @Test
  void reassigningGivesTheTaskToTheChosenMemberOnly() {
    ProcessInstance instance = start();
    escalate(instance);

    Map<String, Object> unknown = new HashMap<>();
    unknown.put(CdiVisitVariables.FOLLOW_UP_DECISION, "reassign");
    unknown.put(CdiVisitVariables.FOLLOW_UP_ASSIGNEE, network.principals().get(0));
    assertThatThrownBy(() -> complete(instance, "Task_PreVisitHostFollowUp", unknown))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.FOLLOW_UP_ASSIGNEE);
    Map<String, Object> notOffered = new HashMap<>();
    notOffered.put(CdiVisitVariables.FOLLOW_UP_DECISION, "replace");
    assertThatThrownBy(() -> complete(instance, "Task_PreVisitHostFollowUp", notOffered))
        .isInstanceOf(InvalidInputException.class);
    assertThat(instance).isWaitingAt("Task_PreVisitHostFollowUp");

    Map<String, Object> answer = new HashMap<>();
    answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, "reassign");
    answer.put(CdiVisitVariables.FOLLOW_UP_ASSIGNEE, third);
    complete(instance, "Task_PreVisitHostFollowUp", answer);

    Task moved = task(instance, "Task_PreVisitHost");
    assertThat(moved).isAssignedTo(third);
    List<OutboxMessage> told = messagesTo(third, "task-reminder");
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getCategory()).isEqualTo(NoticeCategory.INFORMATION);
    assertThat(told.get(0).getSubject())
        .isEqualTo("Une tâche vous est confiée : Attentes et besoins (accueil)");
    assertThat(told.get(0).getLink()).endsWith(moved.getId());
    // The other stalled task is untouched by this decision.
    assertThat(instance).isWaitingAt("Task_PreVisitVisitorFollowUp");
  }

  @Test
  void cancellingStopsTheWholeVisit() {
    ProcessInstance instance = start();
    Long visitId = (Long) runtimeService.getVariable(instance.getId(), CdiVisitVariables.VISIT_ID);
    escalate(instance);

    Map<String, Object> answer = new HashMap<>();
    answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, "cancel");
    answer.put(CdiVisitVariables.FOLLOW_UP_COMMENT, "Départ en congé");
    complete(instance, "Task_PreVisitVisitorFollowUp", answer);

    assertThat(instance)
        .isEnded()
        .hasPassed("End_PreVisitVisitorCancelRequested", "Task_CancelStalledVisit");
    Visit visit = visits.findById(visitId).orElseThrow();
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.CANCELLED);
    assertThat(visit.getCancelReason()).contains("Départ en congé");
  }

  @Test
  void everyParticipantStepOfTheVisitHasAReminderAndAllButTheDateAnEscalation() {
    var model =
        repositoryService.getBpmnModelInstance(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(CdiVisitVariables.PROCESS_KEY)
                .tenantIdIn(network.id())
                .latestVersion()
                .singleResult()
                .getId());
    for (String step :
        List.of(
            "PreVisitVisitor",
            "PreVisitHost",
            "ProposeVisitDate",
            "ConfirmVisitDate",
            "SignMissionOrder",
            "ConfirmVisitHeld",
            "WriteRecap",
            "ValidateRecap")) {
      assertThat((Object) model.getModelElementById("Timer_" + step + "Reminder"))
          .as(step)
          .isNotNull();
      boolean inDateAgreement = step.contains("VisitDate");
      assertThat((Object) model.getModelElementById("Task_" + step + "FollowUp"))
          .as(step)
          .matches(e -> inDateAgreement == (e == null));
    }
  }
}
