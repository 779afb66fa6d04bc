package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SignMissionOrder}: a reference when signed, a reason when refused. */
@Component
public class MissionOrderListener implements TaskListener {
  private final VisitService visits;

  public MissionOrderListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    boolean signed = input.requiredBoolean(CdiVisitVariables.MISSION_ORDER_SIGNED);
    if (signed) {
      visits.answerMissionOrder(
          CdiVisitVariables.visitId(task),
          Actors.of(task),
          true,
          input.requiredText(CdiVisitVariables.MISSION_ORDER_REF, 100),
          null);
    } else {
      visits.answerMissionOrder(
          CdiVisitVariables.visitId(task),
          Actors.of(task),
          false,
          null,
          input.requiredText(
              CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON, VisitService.MAX_ANSWER_LENGTH));
    }
  }
}
