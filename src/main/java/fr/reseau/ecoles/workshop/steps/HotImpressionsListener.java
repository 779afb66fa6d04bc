package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DIFFICULTIES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.GROUP_FEELING;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.IDEAS_TO_TRY;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLEASURE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICES_OF_INTEREST;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_HELP;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.TEXT;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.ImpressionsService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_GiveHotImpressions}. */
@Component
public class HotImpressionsListener implements TaskListener {

  private final ImpressionsService impressions;
  private final PrivateVariables privateVariables;

  public HotImpressionsListener(ImpressionsService impressions, PrivateVariables privateVariables) {
    this.impressions = impressions;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    impressions.giveHotImpressions(
        workshopDayId(task),
        task.getAssignee(),
        StepForms.requiredInt(input, PLEASURE),
        input.requiredText(PRACTICES_OF_INTEREST, TEXT),
        input.optionalText(GROUP_FEELING, TEXT),
        input.requiredText(IDEAS_TO_TRY, TEXT),
        input.optionalText(DIFFICULTIES, TEXT),
        input.requiredBoolean(WILLING_TO_HELP));
    privateVariables.discard(task);
  }
}
