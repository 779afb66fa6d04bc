package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PlanVisits}. */
@Component
public class PlanVisitsDelegate implements JavaDelegate {
  private final VisitPlanService plan;

  public PlanVisitsDelegate(VisitPlanService plan) {
    this.plan = plan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = CdiTourVariables.campaignId(execution);
    var ids = plan.plan(campaignId);
    execution.setVariable(CdiTourVariables.VISIT_IDS, new ArrayList<>(ids));
  }
}
