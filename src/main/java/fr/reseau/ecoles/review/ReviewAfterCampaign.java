package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.SystemAccess;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The end of a campaign opens the year's {@code annual-review} in the same network through its
 * start message {@code Message_CampaignEnded}, unless the designer switched it off (the end event's
 * input parameter {@code annualReviewOnCampaignEnd} is false) or the review was already opened by
 * hand.
 */
@Service
public class ReviewAfterCampaign {

  public static final String CAMPAIGN_ENDED_MESSAGE = "Message_CampaignEnded";

  private static final Logger LOG = LoggerFactory.getLogger(ReviewAfterCampaign.class);

  private final AnnualReviewService reviews;
  private final SystemAccess system;
  private final RuntimeService runtime;

  public ReviewAfterCampaign(
      AnnualReviewService reviews, SystemAccess system, RuntimeService runtime) {
    this.reviews = reviews;
    this.system = system;
    this.runtime = runtime;
  }

  /**
   * Starts the review of the campaign that ended, as the system (the end may run on the job
   * executor, and the starter's rights are not the question here).
   *
   * @param enabled the value of {@code annualReviewOnCampaignEnd}: only {@code false} switches off
   * @return whether the review was started
   */
  public boolean campaignEnded(
      String tenantId, String networkId, String schoolYear, Object enabled) {
    Optional<String> skipped = whyNotStarted(enabled, () -> reviews.exists(networkId, schoolYear));
    if (skipped.isPresent()) {
      LOG.info(
          "Campaign {} {} ended; annual review not started here ({})",
          networkId,
          schoolYear,
          skipped.get());
      return false;
    }
    system.run(
        () ->
            runtime
                .createMessageCorrelation(CAMPAIGN_ENDED_MESSAGE)
                .tenantId(tenantId)
                .setVariable(AnnualReviewVariables.SCHOOL_YEAR, schoolYear)
                .setVariable(AnnualReviewVariables.Internal.NETWORK_ID, networkId)
                .correlateStartMessage());
    return true;
  }

  /** Why the review is not started at the end of the campaign, empty when it is. */
  static Optional<String> whyNotStarted(Object enabled, BooleanSupplier alreadyOpen) {
    if (Boolean.FALSE.equals(enabled)) {
      return Optional.of("switched off");
    }
    return alreadyOpen.getAsBoolean() ? Optional.of("already open") : Optional.empty();
  }
}
