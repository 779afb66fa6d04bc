package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseOpenVisits}: the window is over. */
@Component
public class CloseOpenVisitsDelegate implements JavaDelegate {
  private final VisitService visits;

  public CloseOpenVisitsDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CdiTourVariables.Internal.VISITS_CANCELLED_AT_WINDOW_END,
        visits.closeOpenVisits(CdiTourVariables.campaignId(execution)));
  }
}
