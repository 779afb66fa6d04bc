package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.COLD_IDEAS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MOTIVATION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICE_STARTED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SUPPORT_NEEDED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_BE_REFERENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.TEXT;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.ImpressionsService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_GiveColdImpressions}. */
@Component
public class ColdImpressionsListener implements TaskListener {

  private final ImpressionsService impressions;
  private final PrivateVariables privateVariables;

  public ColdImpressionsListener(
      ImpressionsService impressions, PrivateVariables privateVariables) {
    this.impressions = impressions;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    impressions.giveColdImpressions(
        workshopDayId(task),
        task.getAssignee(),
        input.requiredCode(PRACTICE_STARTED, ImpressionsService.PRACTICE_STARTED),
        input.requiredText(COLD_IDEAS, TEXT),
        StepForms.requiredInt(input, MOTIVATION),
        input.optionalText(SUPPORT_NEEDED, TEXT),
        input.requiredBoolean(WILLING_TO_BE_REFERENT));
    privateVariables.discard(task);
  }
}
