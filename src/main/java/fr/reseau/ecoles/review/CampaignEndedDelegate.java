package fr.reseau.ecoles.review;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The message end event of {@code cdi-tour}: the year's {@code annual-review} in the same network
 * ({@link ReviewAfterCampaign}), unless the end event's input parameter {@code
 * annualReviewOnCampaignEnd} is false or the review was already opened by hand.
 */
@Component
public class CampaignEndedDelegate implements JavaDelegate {
  private final ReviewAfterCampaign reviewAfterCampaign;

  public CampaignEndedDelegate(ReviewAfterCampaign reviewAfterCampaign) {
    this.reviewAfterCampaign = reviewAfterCampaign;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviewAfterCampaign.campaignEnded(
        execution.getTenantId(),
        (String) execution.getVariable(CdiTourVariables.NETWORK_ID),
        (String) execution.getVariable(CdiTourVariables.SCHOOL_YEAR),
        execution.getVariable(CdiTourVariables.ANNUAL_REVIEW_ON_CAMPAIGN_END));
  }
}
