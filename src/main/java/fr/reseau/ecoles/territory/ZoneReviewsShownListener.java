package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HoldNetworkMeeting} of {@code annual-review} (create): for a network with zones, the
 * meeting form shows each zone's review by its trio ({@code zoneReviews}).
 */
@Component
public class ZoneReviewsShownListener implements TaskListener {

  private final ZoneReviewService zoneReviews;

  public ZoneReviewsShownListener(ZoneReviewService zoneReviews) {
    this.zoneReviews = zoneReviews;
  }

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(AnnualReviewVariables.NETWORK_HAS_ZONES))) {
      task.setVariableLocal(
          AnnualReviewVariables.ZONE_REVIEWS,
          JsonVariables.of(zoneReviews.shown(AnnualReviewVariables.reviewId(task))));
    }
  }
}
