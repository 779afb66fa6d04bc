package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.AGREED_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_ESTABLISHMENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_NAME;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFED_ANIMATOR;
import static fr.reseau.ecoles.workshop.steps.StepForms.nullToEmpty;

import fr.reseau.ecoles.workshop.Animator;
import fr.reseau.ecoles.workshop.AnimatorBriefing;
import fr.reseau.ecoles.workshop.AnimatorPoolService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BriefAnimator} (create): who the briefing is with, and the agreed concerns to start
 * from.
 */
@Component
public class BriefingContextListener implements TaskListener {

  private final AnimatorPoolService animators;

  public BriefingContextListener(AnimatorPoolService animators) {
    this.animators = animators;
  }

  @Override
  public void notify(DelegateTask task) {
    AnimatorBriefing briefing =
        animators.requireBriefing(((Number) task.getVariable(BRIEFED_ANIMATOR)).longValue());
    Animator animator = animators.requireAnimator(briefing.getAnimatorId());
    task.setVariableLocal(ANIMATOR_NAME, animator.getFullName());
    task.setVariableLocal(ANIMATOR_ESTABLISHMENT, nullToEmpty(animator.getEstablishment()));
    task.setVariableLocal(AGREED_CONCERNS, briefing.getAgreedConcerns());
  }
}
