package fr.reseau.ecoles.cotraining;

import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT_CONFIRMED;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.PLACE;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REFUSAL_REASON;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SCHEDULED_DATE;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SCHEDULE_DECISION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SLOT;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleWorkshop} completed: the coordinators' date, place and expert, or refusal.
 */
@Component
public class ScheduleCoTrainingListener implements TaskListener {

  private final CoTrainingService service;

  public ScheduleCoTrainingListener(CoTrainingService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    Long requestId = CoTrainingRequestVariables.requestId(task);
    String decision = input.requiredCode(SCHEDULE_DECISION, CoTrainingService.SCHEDULE_DECISIONS);
    if (decision.equals("schedule")) {
      service.schedule(
          requestId,
          input.requiredDate(SCHEDULED_DATE),
          CoTrainingSlot.parse(SLOT, input.requiredText(SLOT, 50)),
          input.requiredText(PLACE, 300),
          input.optionalText(EXPERT_CONFIRMED, 300),
          Actors.of(task));
    } else {
      service.refuseByCoordinators(
          requestId, input.requiredText(REFUSAL_REASON, 2000), Actors.of(task));
    }
  }
}
