package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.review.AnnualReviewVariables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareZoneReviews} of {@code annual-review}: the network's zones to review and the
 * day their reviews are due ({@code zoneReviewDeadline}, an ISO period from the task's input
 * parameter); a network without zones goes straight to the meeting.
 */
@Component
public class PrepareZoneReviewsDelegate implements JavaDelegate {

  private final ZoneReviewService zoneReviews;

  public PrepareZoneReviewsDelegate(ZoneReviewService zoneReviews) {
    this.zoneReviews = zoneReviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZoneReviewService.Plan plan =
        zoneReviews.plan(
            execution.getTenantId(),
            execution.getVariable(AnnualReviewVariables.ZONE_REVIEW_DEADLINE));
    execution.setVariable(AnnualReviewVariables.NETWORK_HAS_ZONES, !plan.zoneCodes().isEmpty());
    execution.setVariable(
        AnnualReviewVariables.REVIEW_ZONE_CODES, new ArrayList<>(plan.zoneCodes()));
    execution.setVariable(AnnualReviewVariables.ZONE_REVIEW_DUE_DATE, plan.due().toString());
  }
}
