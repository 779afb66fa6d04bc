package fr.reseau.ecoles.academic;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PublishProduction}: the production is published (status and date). */
@Component
public class PublishProductionDelegate implements JavaDelegate {

  private final ProductionService service;

  public PublishProductionDelegate(ProductionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.publish(ProductionPublicationVariables.productionId(execution));
  }
}
