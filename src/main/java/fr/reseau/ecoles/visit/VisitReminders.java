package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.followup.TaskDeadlines;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * The expression bean {@code visitReminders}: the reminder (follow-up date) of the date-agreement
 * steps. For a visit that prepares a career appraisal ({@link
 * CdiVisitVariables.Internal.PPCR_DATE}) it comes after the step's {@value #FOLLOW_UP_AFTER_PPCR}
 * property (a designer's ISO duration, e.g. {@code P3D}) instead of {@code followUpAfter}: the pair
 * is reminded earlier, as the visit must take place before the appraisal. Otherwise, or without the
 * property, it is {@code deadlines}'.
 */
@Component("visitReminders")
public class VisitReminders {

  /** Extension property of a user task: ISO duration to the reminder of a PPCR visit. */
  public static final String FOLLOW_UP_AFTER_PPCR = "followUpAfterPpcr";

  private final TaskDeadlines deadlines;

  public VisitReminders(TaskDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  public Date followUp(DelegateExecution execution, String elementId) {
    if (execution.getVariable(CdiVisitVariables.Internal.PPCR_DATE) == null) {
      return deadlines.followUp(execution, elementId);
    }
    BaseElement element = execution.getBpmnModelInstance().getModelElementById(elementId);
    Optional<String> delay =
        element == null ? Optional.empty() : TaskDeadlines.property(element, FOLLOW_UP_AFTER_PPCR);
    if (delay.isEmpty()) {
      return deadlines.followUp(execution, elementId);
    }
    return after(delay.get(), elementId);
  }

  /** TaskDeadlines' date (engine's now plus the duration, days in Paris time); a clear error. */
  private static Date after(String isoDuration, String elementId) {
    try {
      return TaskDeadlines.after(isoDuration);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Propriété "
              + FOLLOW_UP_AFTER_PPCR
              + " de "
              + elementId
              + " : « "
              + isoDuration
              + " » n'est pas une durée ISO 8601 (P3D, PT12H)",
          e);
    }
  }
}
