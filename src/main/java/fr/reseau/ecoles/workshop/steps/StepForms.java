package fr.reseau.ecoles.workshop.steps;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the workshop-day listeners share to read their forms and fill the next ones. */
final class StepForms {

  /** Camunda keeps a String variable in a 4000-character column. */
  static final int TEXT = 4000;

  private StepForms() {}

  /**
   * A form whose fields were prefilled as task-local variables: Tasklist's submission writes into
   * those, a REST {@code complete} writes to the execution (the task's own scope when the BPMN
   * declares the field as an input parameter, as multi-instance tasks do, else the process). A
   * value there is this submission's; {@link #forget} removes it once read, so it never shadows a
   * later one.
   */
  static FormInput prefilledInput(DelegateTask task) {
    return FormInput.of(
        name -> {
          DelegateExecution execution = task.getExecution();
          // In the task's own scope (its input parameters), a value still null is the BPMN's
          // declaration, not an answer.
          boolean declaredOnly =
              !execution.getId().equals(execution.getProcessInstanceId())
                  && execution.hasVariableLocal(name)
                  && execution.getVariableLocal(name) == null;
          return execution.hasVariable(name) && !declaredOnly
              ? execution.getVariable(name)
              : task.getVariable(name);
        },
        task::setVariableLocal);
  }

  /** Removes the submitted values of these fields from every scope of the task's execution. */
  static void forget(DelegateTask task, String... names) {
    for (String name : names) {
      while (task.getExecution().hasVariable(name)) {
        task.getExecution().removeVariable(name);
      }
    }
  }

  /** An option of a select, checklist or taglist. */
  static Map<String, Object> option(String label, Object value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put(WorkshopDayRows.LABEL, label);
    option.put(WorkshopDayRows.VALUE, value);
    return option;
  }

  static int requiredInt(FormInput input, String field) {
    Integer value = optionalInt(input, field);
    if (value == null) {
      throw new InvalidInputException(field, "ce champ est obligatoire (un nombre entier).");
    }
    return value;
  }

  static Integer optionalInt(FormInput input, String field) {
    Object raw = input.raw(field);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      return null;
    }
    if (raw instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > 1_000_000) {
        throw new InvalidInputException(
            field, "un nombre entier raisonnable est attendu (reçu " + n + ").");
      }
      return n.intValue();
    }
    return parseInt(raw.toString(), field);
  }

  static Integer parseInt(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "« " + text + " » n'est pas un nombre entier.");
    }
  }

  static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
