package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.AUTHORS;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.CHANGES_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.DIGITAL_TOOLS;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.DISCIPLINE;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.DURATION;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.LEVEL;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.LICENCE;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PEER_DECISION;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.RESOURCES;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.REVIEWER;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.STEPS;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SUMMARY;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.THEMES;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.VALIDATION_DECISION;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DraftProduction} completed: the scenario is checked and stored, and goes to the
 * chosen reviewer; the previous answers are cleared, so a stale one never passes for the next.
 */
@Component
public class DraftProductionListener implements TaskListener {

  private final ProductionService service;

  public DraftProductionListener(ProductionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    ProductionService.Draft draft =
        new ProductionService.Draft(
            input.requiredText(TITLE, 200),
            input.requiredText(SUMMARY, 4000),
            input.requiredText(DISCIPLINE, 100),
            input.requiredText(LEVEL, 100),
            input.optionalText(THEMES, 1000),
            input.optionalText(DURATION, 100),
            input.optionalText(DIGITAL_TOOLS, 1000),
            input.requiredText(STEPS, 4000),
            input.optionalText(RESOURCES, 4000),
            input.requiredText(AUTHORS, 1000),
            input.requiredText(LICENCE, 100));
    service.drafted(
        ProductionPublicationVariables.productionId(task),
        draft,
        input.requiredText(REVIEWER, 100),
        Requester.personId(task.getProcessEngineServices().getIdentityService()));
    task.getExecution().removeVariable(PEER_DECISION);
    task.getExecution().removeVariable(VALIDATION_DECISION);
    task.getExecution().removeVariable(CHANGES_COMMENT);
  }
}
