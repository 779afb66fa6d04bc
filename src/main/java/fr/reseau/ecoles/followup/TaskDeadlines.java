package fr.reseau.ecoles.followup;

import fr.reseau.ecoles.calendar.ProcessDates;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The expression bean {@code deadlines}: the follow-up date (reminder) and the due date
 * (escalation) of a participant's task, from ISO 8601 durations a designer sets in Camunda Modeler
 * as extension properties ({@code camunda:property}) of the user task, or of the process as the
 * default of all its tasks:
 *
 * <ul>
 *   <li>{@value #FOLLOW_UP_AFTER} (e.g. {@code P7D}): when the person is reminded;
 *   <li>{@value #DUE_AFTER} (e.g. {@code P14D}): when the task goes to the coordinators.
 * </ul>
 *
 * Both count from the moment the task starts. The task's {@code camunda:followUpDate} and {@code
 * camunda:dueDate} and its boundary timers call the same method with the task's id, so they always
 * agree: {@code ${deadlines.followUp(execution, 'Task_WriteRecap')}}, {@code
 * ${deadlines.due(execution, 'Task_WriteRecap')}}.
 */
@Component("deadlines")
public class TaskDeadlines {

  /** Extension property: ISO duration from the task's start to its reminder. */
  public static final String FOLLOW_UP_AFTER = "followUpAfter";

  /** Extension property: ISO duration from the task's start to its escalation. */
  public static final String DUE_AFTER = "dueAfter";

  /** When the task's person is reminded. */
  public Date followUp(DelegateExecution execution, String elementId) {
    return after(duration(execution.getBpmnModelInstance(), elementId, FOLLOW_UP_AFTER));
  }

  /** When the task goes to the coordinators (its due date). */
  public Date due(DelegateExecution execution, String elementId) {
    return after(duration(execution.getBpmnModelInstance(), elementId, DUE_AFTER));
  }

  /**
   * The duration named {@code property} on the element, else on the process.
   *
   * @throws IllegalStateException naming the element and the property when neither sets it or the
   *     text is not an ISO 8601 duration (a designer's mistake, seen at the first run of the step)
   */
  static String duration(BpmnModelInstance model, String elementId, String property) {
    BaseElement element = model.getModelElementById(elementId);
    if (element == null) {
      throw new IllegalStateException("Pas d'élément " + elementId + " dans le processus");
    }
    Optional<String> value = property(element, property);
    if (value.isEmpty()) {
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      value =
          processes.stream().map(p -> property(p, property)).flatMap(Optional::stream).findFirst();
    }
    String text =
        value.orElseThrow(
            () ->
                new IllegalStateException(
                    "Propriété "
                        + property
                        + " absente de "
                        + elementId
                        + " et du processus (durée ISO 8601, par exemple P7D)"));
    try {
      parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Propriété "
              + property
              + " de "
              + elementId
              + " : « "
              + text
              + " » n'est pas une durée ISO 8601 (P7D, PT12H)",
          e);
    }
    return text;
  }

  static Optional<String> property(BaseElement element, String name) {
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
  static Date after(String isoDuration) {
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
