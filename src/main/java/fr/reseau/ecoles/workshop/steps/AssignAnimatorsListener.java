package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_ASSIGNMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFED_ANIMATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.NEW_ANIMATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.AnimatorBriefing;
import fr.reseau.ecoles.workshop.AnimatorPoolService;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_AssignAnimators}: who answers which concern; new animators join the pool. */
@Component
public class AssignAnimatorsListener implements TaskListener {

  private final AnimatorPoolService animators;

  public AssignAnimatorsListener(AnimatorPoolService animators) {
    this.animators = animators;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    List<AnimatorPoolService.Assignment> assignments =
        input.objectList(ANIMATOR_ASSIGNMENTS).stream()
            .map(
                r ->
                    new AnimatorPoolService.Assignment(
                        r.get(WorkshopDayRows.ANIMATOR), r.get(WorkshopDayRows.CONCERN)))
            .toList();
    List<AnimatorPoolService.NewAnimator> newcomers =
        input.objectList(NEW_ANIMATORS).stream()
            .map(
                r ->
                    new AnimatorPoolService.NewAnimator(
                        r.get(WorkshopDayRows.FULL_NAME),
                        r.get(WorkshopDayRows.ESTABLISHMENT),
                        r.get(WorkshopDayRows.EMAIL),
                        r.get(WorkshopDayRows.CONCERN)))
            .toList();
    List<AnimatorBriefing> briefings =
        animators.assign(workshopDayId(task), assignments, newcomers);
    task.setVariable(
        BRIEFED_ANIMATORS,
        new ArrayList<>(briefings.stream().map(AnimatorBriefing::getId).toList()));
  }
}
