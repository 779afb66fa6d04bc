package fr.reseau.ecoles.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CancelVisit}. */
@Component
public class CancelVisitDelegate implements JavaDelegate {
  private final VisitService visits;

  public CancelVisitDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String comment = (String) execution.getVariable(CdiVisitVariables.STALLED_COMMENT);
    visits.cancel(
        CdiVisitVariables.visitId(execution),
        comment == null
            ? "Annulée par la coordination"
            : "Annulée par la coordination : " + comment);
  }
}
