package fr.reseau.ecoles.cotraining;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendConvocations} (asynchronous: runs on the job executor): the participants are
 * convened, from the stored request only.
 */
@Component
public class SendCoTrainingConvocationsDelegate implements JavaDelegate {

  private final CoTrainingService service;

  public SendCoTrainingConvocationsDelegate(CoTrainingService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.sendConvocations(CoTrainingRequestVariables.requestId(execution));
  }
}
