package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.NATIONAL_OVERVIEW;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PRODUCTION_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A review, validation, report or national-meeting task is created: its form shows the production
 * as it stands and every académie's progress, read now.
 */
@Component
public class ProductionFormsListener implements TaskListener {

  private final ProductionService service;
  private final ProductionForms forms;

  public ProductionFormsListener(ProductionService service, ProductionForms forms) {
    this.service = service;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    Production production = service.require(ProductionPublicationVariables.productionId(task));
    task.getExecution().setVariable(PRODUCTION_SUMMARY, forms.summary(production));
    task.getExecution().setVariable(NATIONAL_OVERVIEW, forms.nationalOverview());
  }
}
