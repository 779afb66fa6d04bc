package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmVisitHeld}: when not held, a reason, and the pair looks for a new date. */
@Component
public class VisitHeldListener implements TaskListener {
  private final VisitService visits;

  public VisitHeldListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    boolean held = input.requiredBoolean(CdiVisitVariables.VISIT_HELD);
    String reason =
        held
            ? null
            : input.requiredText(
                CdiVisitVariables.VISIT_NOT_HELD_REASON, VisitService.MAX_ANSWER_LENGTH);
    visits.confirmHeld(CdiVisitVariables.visitId(task), Actors.of(task), held, reason);
  }
}
