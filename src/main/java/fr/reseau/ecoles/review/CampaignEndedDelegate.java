package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The message end event of {@code cdi-tour}: starts the year's {@code annual-review} in the same
 * network through its start message {@code Message_CampaignEnded}, unless the end event's input
 * parameter {@code annualReviewOnCampaignEnd} is false or the review was already opened by hand.
 */
@Component
public class CampaignEndedDelegate implements JavaDelegate {
  private final AnnualReviewService reviews;
  private final SystemAccess system;

  public CampaignEndedDelegate(AnnualReviewService reviews, SystemAccess system) {
    this.reviews = reviews;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object enabled = execution.getVariable(CdiTourVariables.ANNUAL_REVIEW_ON_CAMPAIGN_END);
    String networkId = (String) execution.getVariable(CdiTourVariables.NETWORK_ID);
    String schoolYear = (String) execution.getVariable(CdiTourVariables.SCHOOL_YEAR);
    if (Boolean.FALSE.equals(enabled) || reviews.exists(networkId, schoolYear)) {
      LOG.info(
          "Campaign {} {} ended; annual review not started here ({})",
          networkId,
          schoolYear,
          Boolean.FALSE.equals(enabled) ? "switched off" : "already open");
      return;
    }
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    system.run(
        () ->
            runtime
                .createMessageCorrelation(CAMPAIGN_ENDED_MESSAGE)
                .tenantId(execution.getTenantId())
                .setVariable(AnnualReviewVariables.SCHOOL_YEAR, schoolYear)
                .setVariable(AnnualReviewVariables.Internal.NETWORK_ID, networkId)
                .correlateStartMessage());
  }

  public static final String CAMPAIGN_ENDED_MESSAGE = "Message_CampaignEnded";

  private static final Logger LOG = LoggerFactory.getLogger(CampaignEndedDelegate.class);
}
