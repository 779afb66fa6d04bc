package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ResolveStalledVisit}: reschedule with a new deadline, or cancel. */
@Component
public class StalledVisitListener implements TaskListener {
  private final VisitService visits;

  public StalledVisitListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision =
        input.requiredCode(CdiVisitVariables.STALLED_DECISION, List.of("reschedule", "cancel"));
    LocalDate newDeadline =
        decision.equals("reschedule")
            ? input.requiredDate(CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE)
            : null;
    String comment =
        input.optionalText(CdiVisitVariables.STALLED_COMMENT, VisitService.MAX_ANSWER_LENGTH);
    visits.resolveStalled(
        CdiVisitVariables.visitId(task), Actors.of(task), decision, newDeadline, comment);
    if (newDeadline != null) {
      task.setVariable(CdiVisitVariables.DATE_AGREEMENT_DEADLINE, newDeadline.toString());
    }
  }
}
