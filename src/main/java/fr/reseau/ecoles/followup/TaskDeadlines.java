package fr.reseau.ecoles.followup;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.rules.RuleTables;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The expression bean {@code deadlines}: the follow-up date (reminder) and the due date
 * (escalation) of a participant's task, from ISO 8601 durations a designer changes without Java:
 *
 * <ul>
 *   <li>{@value #FOLLOW_UP_AFTER} (e.g. {@code P7D}): when the person is reminded;
 *   <li>{@value #DUE_AFTER} (e.g. {@code P14D}): when the task goes to the coordinators.
 * </ul>
 *
 * Both count from the moment the task starts. The first that gives a duration wins: an extension
 * property ({@code camunda:property}) of the user task itself (a one-off in Camunda Modeler), the
 * DMN table {@value #DECISION} ({@code processes/task-deadlines.dmn}, inputs {@code processKey} and
 * {@code taskId}, the network's tenant: where the delays are kept), then a property of the process.
 * The task's {@code camunda:followUpDate} and {@code camunda:dueDate} and its boundary timers call
 * the same method with the task's id, so they always agree: {@code ${deadlines.followUp(execution,
 * 'Task_WriteRecap')}}, {@code ${deadlines.due(execution, 'Task_WriteRecap')}}.
 */
@Component("deadlines")
public class TaskDeadlines {

  /**
   * Extension property and output of the table: ISO duration from the task's start to its reminder.
   */
  public static final String FOLLOW_UP_AFTER = "followUpAfter";

  /** Extension property and output of the table: ISO duration from the start to the escalation. */
  public static final String DUE_AFTER = "dueAfter";

  /** The DMN decision of the delays per process and task. */
  public static final String DECISION = "Decision_TaskDeadlines";

  /** Inputs of {@value #DECISION}: the process's key and the task's id. */
  static final String PROCESS_KEY_INPUT = "processKey";

  static final String TASK_ID_INPUT = "taskId";

  private final RuleTables rules;

  public TaskDeadlines(RuleTables rules) {
    this.rules = rules;
  }

  /** When the task's person is reminded. */
  public Date followUp(DelegateExecution execution, String elementId) {
    return after(duration(execution, elementId, FOLLOW_UP_AFTER));
  }

  /** When the task goes to the coordinators (its due date). */
  public Date due(DelegateExecution execution, String elementId) {
    return after(duration(execution, elementId, DUE_AFTER));
  }

  /**
   * The duration named {@code name} for the element: its own property, else the table, else the
   * process's property.
   *
   * @throws IllegalStateException naming the element and the duration when none sets it or the text
   *     is not an ISO 8601 duration (a designer's mistake, seen at the first run of the step)
   */
  String duration(DelegateExecution execution, String elementId, String name) {
    BpmnModelInstance model = execution.getBpmnModelInstance();
    BaseElement element = model.getModelElementById(elementId);
    if (element == null) {
      throw new IllegalStateException("Pas d'élément " + elementId + " dans le processus");
    }
    Process process = processOf(element);
    Optional<String> value = property(element, name);
    String source = "la propriété " + name + " de " + elementId;
    if (value.isEmpty() && process != null) {
      value = fromTable(execution.getTenantId(), process.getId(), elementId, name);
      source = "la table " + DECISION + " (" + name + " de " + elementId + ")";
    }
    if (value.isEmpty() && process != null) {
      value = property(process, name);
      source = "la propriété " + name + " du processus";
    }
    if (value.isEmpty()) {
      throw new IllegalStateException(
          "Durée "
              + name
              + " absente pour "
              + elementId
              + " : ni propriété de la tâche, ni ligne de processes/task-deadlines.dmn, ni"
              + " propriété du processus (durée ISO 8601, par exemple P7D)");
    }
    String text = value.get();
    try {
      parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Dans " + source + " : « " + text + " » n'est pas une durée ISO 8601 (P7D, PT12H)", e);
    }
    return text;
  }

  private Optional<String> fromTable(
      String tenantId, String processKey, String elementId, String name) {
    return rules
        .evaluate(
            DECISION, tenantId, Map.of(PROCESS_KEY_INPUT, processKey, TASK_ID_INPUT, elementId))
        .stream()
        .map(row -> row.get(name))
        .filter(v -> v != null && !String.valueOf(v).isBlank())
        .map(v -> String.valueOf(v).strip())
        .findFirst();
  }

  private static Process processOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process;
      }
    }
    return null;
  }

  /** The first non-blank value of the element's Camunda extension property, stripped. */
  public static Optional<String> property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .list()
        .stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .findFirst();
  }

  /** The engine's now (to the minute) plus the duration: a day-based period in Paris time. */
  public static Date after(String isoDuration) {
    Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MINUTES);
    Object amount = parse(isoDuration);
    Instant at =
        amount instanceof Period period
            ? now.atZone(ProcessDates.ZONE).plus(period).toInstant()
            : now.plus((Duration) amount);
    return Date.from(at);
  }

  private static Object parse(String text) {
    return text.contains("T") ? Duration.parse(text) : Period.parse(text);
  }
}
