package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERNS_AGREED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_COMMENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.ConcernValidationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ValidateConcerns}: a sampled teacher's opinion. */
@Component
public class ValidateConcernsListener implements TaskListener {

  private final ConcernValidationService validation;
  private final PrivateVariables privateVariables;

  public ValidateConcernsListener(
      ConcernValidationService validation, PrivateVariables privateVariables) {
    this.validation = validation;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    boolean agreed = input.requiredBoolean(CONCERNS_AGREED);
    String comment = input.optionalText(VALIDATION_COMMENT, StepForms.TEXT);
    validation.recordVote(workshopDayId(task), Actors.of(task), agreed, comment);
    privateVariables.discard(task);
    task.getExecution().removeVariable(CONCERNS_AGREED);
  }
}
