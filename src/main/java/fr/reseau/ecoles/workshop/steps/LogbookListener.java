package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_IDEAS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_PRACTICES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_QUESTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.TEXT;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.ImpressionsService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_KeepLogbook}. */
@Component
public class LogbookListener implements TaskListener {

  private final ImpressionsService impressions;
  private final PrivateVariables privateVariables;

  public LogbookListener(ImpressionsService impressions, PrivateVariables privateVariables) {
    this.impressions = impressions;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    impressions.keepLogbook(
        workshopDayId(task),
        task.getAssignee(),
        input.requiredText(LOGBOOK_PRACTICES, TEXT),
        input.optionalText(LOGBOOK_QUESTIONS, TEXT),
        input.optionalText(LOGBOOK_IDEAS, TEXT));
    privateVariables.discard(task);
  }
}
