package fr.reseau.ecoles.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseVisit}. */
@Component
public class CloseVisitDelegate implements JavaDelegate {
  private final VisitService visits;

  public CloseVisitDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.complete(CdiVisitVariables.visitId(execution));
  }
}
