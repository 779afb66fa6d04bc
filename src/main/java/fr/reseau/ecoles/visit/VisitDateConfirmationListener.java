package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmVisitDate}: a refusal needs a comment for the host. */
@Component
public class VisitDateConfirmationListener implements TaskListener {
  private final VisitService visits;

  public VisitDateConfirmationListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    boolean accepted = input.requiredBoolean(CdiVisitVariables.VISIT_DATE_ACCEPTED);
    String comment =
        accepted
            ? input.optionalText(
                CdiVisitVariables.DATE_REFUSAL_COMMENT, VisitService.MAX_ANSWER_LENGTH)
            : input.requiredText(
                CdiVisitVariables.DATE_REFUSAL_COMMENT, VisitService.MAX_ANSWER_LENGTH);
    visits.confirmDate(CdiVisitVariables.visitId(task), Actors.of(task), accepted, comment);
  }
}
