package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.CHANGES_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.VALIDATION_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.VALIDATION_DECISION;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ValidateProduction} completed: the IA-IPR's decision is checked and stored. */
@Component
public class ValidateProductionListener implements TaskListener {

  private final ProductionService service;

  public ValidateProductionListener(ProductionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision =
        input.requiredCode(VALIDATION_DECISION, ProductionService.VALIDATION_DECISIONS);
    String comment = input.optionalText(VALIDATION_COMMENT, 2000);
    service.validationAnswered(
        ProductionPublicationVariables.productionId(task), decision, comment);
    if (comment != null) {
      task.getExecution().setVariable(CHANGES_COMMENT, "(IA-IPR) " + comment);
    }
  }
}
