package fr.reseau.ecoles.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaskMessageRulesTest {

  @Test
  void theTasksOfTheIssueSendTheirMessageWithoutAnyProperty() {
    assertThat(TaskMessageRules.messageOf("Task_DeclareVolunteering", null))
        .contains(MessageKind.CAMPAIGN_INVITATION);
    assertThat(TaskMessageRules.messageOf("Task_PreVisitHost", ""))
        .contains(MessageKind.PAIRING_RESULT);
    assertThat(TaskMessageRules.messageOf("Task_SignMissionOrder", null))
        .contains(MessageKind.MISSION_ORDER_TO_SIGN);
    assertThat(TaskMessageRules.messageOf("Task_ValidateRecap", null))
        .contains(MessageKind.RECAP_TO_VALIDATE);
    assertThat(TaskMessageRules.messageOf("Task_GiveFeedback", null))
        .contains(MessageKind.FEEDBACK_REQUEST);
    assertThat(TaskMessageRules.messageOf("Task_WriteRecap", null)).isEmpty();
  }

  @Test
  void aDesignerTurnsAMessageOffOrOnOrChoosesItsTemplate() {
    assertThat(TaskMessageRules.messageOf("Task_ValidateRecap", "false")).isEmpty();
    assertThat(TaskMessageRules.messageOf("Task_ValidateRecap", " FALSE ")).isEmpty();
    assertThat(TaskMessageRules.messageOf("Task_ValidateRecap", "true"))
        .contains(MessageKind.RECAP_TO_VALIDATE);
    assertThat(TaskMessageRules.messageOf("Task_WriteRecap", "true"))
        .contains(MessageKind.TASK_ASSIGNED);
    assertThat(TaskMessageRules.messageOf("Task_WriteRecap", "recap-to-validate"))
        .contains(MessageKind.RECAP_TO_VALIDATE);
  }

  @Test
  void aValueThatIsNoTaskMessageFailsTheDeploymentWithTheElementAndTheValue() {
    assertThatThrownBy(() -> TaskMessageRules.messageOf("Task_WriteRecap", "oui"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Task_WriteRecap")
        .hasMessageContaining("\"oui\"");
    // The summary is sent when it is published, not as a task's message.
    assertThatThrownBy(() -> TaskMessageRules.messageOf("Task_WriteRecap", "summary-published"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyMessageHasItsFrenchTemplatesAndEveryDefaultTaskIsInTheProcesses() throws Exception {
    for (MessageKind kind : MessageKind.values()) {
      for (String suffix : new String[] {".txt", ".html"}) {
        Path template = Path.of("src/main/resources/templates/mail", kind.template() + suffix);
        assertThat(template).as("template of %s", kind).exists();
      }
    }
    String processes =
        Files.readString(Path.of("processes/cdi-tour.bpmn"))
            + Files.readString(Path.of("processes/cdi-visit.bpmn"))
            + Files.readString(Path.of("processes/annual-review.bpmn"));
    for (String task : TaskMessageRules.DEFAULTS.keySet()) {
      assertThat(processes).contains("<bpmn:userTask id=\"" + task + "\"");
    }
    assertThat(processes)
        .contains("<bpmn:serviceTask id=\"" + TaskMessages.PLAN_VISITS + "\"")
        .contains("<bpmn:userTask id=\"" + TaskMessages.PUBLISH_SUMMARY + "\"");
  }
}
