package fr.reseau.ecoles.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * A designer's slip in {@code processes/task-deadlines.dmn} would be silent (a row naming no task
 * applies to none): every row names a process of {@code processes/} and, when it names a task, a
 * user task of that process whose dates come from the {@code deadlines} bean; every duration is ISO
 * 8601 between quotes.
 */
class TaskDeadlinesTableTest {

  @Test
  void everyRowNamesAFollowedTaskOfItsProcessAndIsoDurations() {
    DecisionTable table =
        Dmn.readModelFromFile(new File("processes/task-deadlines.dmn"))
            .getModelElementsByType(DecisionTable.class)
            .iterator()
            .next();
    List<String> problems = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      List<String> inputs =
          rule.getInputEntries().stream().map(e -> e.getText().getTextContent().strip()).toList();
      String process = unquote(inputs.get(0));
      File file = new File("processes/" + process + ".bpmn");
      if (!file.isFile()) {
        problems.add(rule.getId() + ": no processes/" + process + ".bpmn");
        continue;
      }
      String taskId = unquote(inputs.get(1));
      if (!taskId.isEmpty()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file);
        UserTask task = model.getModelElementById(taskId);
        String followUp = task == null ? null : task.getCamundaFollowUpDate();
        // visitReminders (PPCR visits) falls back to deadlines for the other visits.
        if (followUp == null
            || !(followUp.contains("deadlines.") || followUp.contains("visitReminders."))) {
          problems.add(
              rule.getId() + ": " + taskId + " is no task of " + process + " with deadlines");
        }
      }
      rule.getOutputEntries()
          .forEach(
              output -> {
                String text = output.getText().getTextContent().strip();
                if (!text.isEmpty() && !isQuotedIsoDuration(text)) {
                  problems.add(rule.getId() + ": « " + text + " » is no quoted ISO duration");
                }
              });
    }
    assertThat(problems).isEmpty();
    assertThat(table.getRules()).hasSizeGreaterThan(3);
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static boolean isQuotedIsoDuration(String text) {
    if (!text.startsWith("\"") || !text.endsWith("\"")) {
      return false;
    }
    String iso = unquote(text);
    try {
      if (iso.contains("T")) {
        Duration.parse(iso);
      } else {
        Period.parse(iso);
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
