package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERNS_APPROVED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.ConcernValidationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CountValidation}: a majority of the answers keeps the concerns. */
@Component
public class CountValidationDelegate implements JavaDelegate {

  private final ConcernValidationService validation;

  public CountValidationDelegate(ConcernValidationService validation) {
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<?> sample = (List<?>) execution.getVariable(VALIDATORS);
    execution.setVariable(
        CONCERNS_APPROVED,
        validation.countVotes(workshopDayId(execution), sample.size()).approved());
  }
}
