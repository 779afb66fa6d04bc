package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The visit steps of {@code cdi-tour}: plan the approved visits, close the open ones at the end.
 */
@Configuration
public class CampaignVisitsBeans {

  /** {@code Task_PlanVisits}. */
  @Bean
  public JavaDelegate planVisitsDelegate(VisitPlanService plan) {
    return execution -> {
      Long campaignId = (Long) execution.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID);
      var ids = plan.plan(campaignId);
      execution.setVariable(CdiTourVariables.VISIT_IDS, new ArrayList<>(ids));
    };
  }

  /** {@code Task_CloseOpenVisits}: the window is over. */
  @Bean
  public JavaDelegate closeOpenVisitsDelegate(VisitService visits) {
    return execution ->
        execution.setVariable(
            CdiTourVariables.Internal.VISITS_CANCELLED_AT_WINDOW_END,
            visits.closeOpenVisits(
                (Long) execution.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID)));
  }
}
