package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a designer changes in {@code network-event} without Java (docs/events.md, "Rules a designer
 * changes"), and the reminder of those who have not answered their invitation.
 */
class NetworkEventRulesTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
  static final String[] FORMS = {
    "network-event-start",
    "register-for-event",
    "sign-event-mission-order",
    "record-attendance",
    "give-event-feedback"
  };

  @Autowired TestNetworks networks;
  @Autowired EventRules rules;
  @Autowired OutboxRepository outbox;
  @Autowired RepositoryService repositoryService;

  @Test
  void aDesignerShorteningTheTrainingNoticeInModelerAllowsAnEarlierTrainingDay()
      throws IOException {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(2);
    LocalDate inFiveWeeks = TODAY.plusWeeks(5);
    assertThat(rules.of(network.id()).trainingNotice()).isEqualTo(Period.ofWeeks(8));
    assertThatThrownBy(() -> startTraining(network, inFiveWeeks))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("8 semaines");

    String bpmn = Files.readString(Path.of("processes/network-event.bpmn"), StandardCharsets.UTF_8);
    String property = "<camunda:property name=\"trainingNotice\" value=\"P8W\" />";
    assertThat(bpmn).contains(property);
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name("designer-change")
            .tenantId(network.id())
            .addString(
                "processes/network-event.bpmn",
                bpmn.replace(property, property.replace("P8W", "P4W")));
    for (String form : FORMS) {
      deployment.addString(
          "forms/" + form + ".form",
          Files.readString(Path.of("forms/" + form + ".form"), StandardCharsets.UTF_8));
    }
    deployment.deploy();

    assertThat(rules.of(network.id()).trainingNotice()).isEqualTo(Period.ofWeeks(4));
    ProcessInstance training = startTraining(network, inFiveWeeks);
    assertThat(training).isWaitingAt("Task_RegisterForEvent");
  }

  @Test
  void membersWhoHaveNotAnsweredAreRemindedAtTheFollowUpDate() {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(3);
    List<String> docs = network.documentalistes();
    ProcessInstance instance =
        startProcess(
            NetworkEventVariables.PROCESS_KEY,
            network.id(),
            EventPeople.start("networkDay", TODAY.plusWeeks(8), TODAY.plusWeeks(6), 10, 1));
    Task first =
        taskService
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskAssignee(docs.get(0))
            .singleResult();
    // followUpAfter P7D on Task_RegisterForEvent
    assertThat(first.getFollowUpDate()).isNotNull();
    taskService.complete(first.getId(), EventPeople.participant());
    executeDueJobs(instance);

    clockAt(TODAY.plusDays(6), 9);
    executeDueJobs(instance);
    assertThat(remindersTo(docs.get(1))).as("not before the follow-up date").isEmpty();

    clockAt(TODAY.plusDays(8), 9);
    executeDueJobs(instance);
    assertThat(remindersTo(docs.get(1))).hasSize(1);
    assertThat(remindersTo(docs.get(2))).hasSize(1);
    assertThat(remindersTo(docs.get(0))).as("already answered").isEmpty();
    assertThat(instance).hasPassed("End_RegistrationReminded");
    assertThat(instance).isWaitingAt("Task_RegisterForEvent");
  }

  private ProcessInstance startTraining(TestNetwork network, LocalDate day) {
    return startProcess(
        NetworkEventVariables.PROCESS_KEY,
        network.id(),
        EventPeople.start("training", day, day.minusWeeks(2), 12, 1));
  }

  private List<?> remindersTo(String member) {
    return outbox.findByRecipientUserIdOrderById(member).stream()
        .filter(m -> m.getKind().equals("task-reminder"))
        .toList();
  }
}
