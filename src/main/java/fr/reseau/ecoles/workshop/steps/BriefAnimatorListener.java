package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.AGREED_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFED_ANIMATOR;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DEMONSTRATION_SHARE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.EQUIPMENT_NEEDS;
import static fr.reseau.ecoles.workshop.steps.StepForms.TEXT;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.AnimatorPoolService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_BriefAnimator}: what the team agreed with the animator. */
@Component
public class BriefAnimatorListener implements TaskListener {

  private final AnimatorPoolService animators;

  public BriefAnimatorListener(AnimatorPoolService animators) {
    this.animators = animators;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = StepForms.prefilledInput(task);
    int share = StepForms.requiredInt(input, DEMONSTRATION_SHARE);
    animators.recordBriefing(
        ((Number) task.getVariable(BRIEFED_ANIMATOR)).longValue(),
        input.requiredText(AGREED_CONCERNS, TEXT),
        share,
        input.optionalText(EQUIPMENT_NEEDS, TEXT),
        Actors.of(task));
    StepForms.forget(task, AGREED_CONCERNS, DEMONSTRATION_SHARE, EQUIPMENT_NEEDS);
  }
}
