package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.access.AccessPolicy;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewZone} of {@code annual-review}, one per zone: on create, offered to the zone's
 * trio (the coordinators when it has none) with the zone's figures; on complete, the trio's remarks
 * checked (HTTP 400 naming the field) and stored for the meeting.
 */
@Component
public class ZoneReviewListener implements TaskListener {

  private final ZoneReviewService zoneReviews;

  public ZoneReviewListener(ZoneReviewService zoneReviews) {
    this.zoneReviews = zoneReviews;
  }

  @Override
  public void notify(DelegateTask task) {
    String networkId = task.getTenantId();
    String zoneCode = (String) task.getVariable(AnnualReviewVariables.REVIEW_ZONE_CODE);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ZoneReviewService.ZoneTask content =
          zoneReviews.task(
              networkId, zoneCode, (String) task.getVariable(AnnualReviewVariables.SCHOOL_YEAR));
      task.setVariableLocal(AnnualReviewVariables.REVIEW_ZONE_NAME, content.zoneName());
      task.setVariableLocal(
          AnnualReviewVariables.REVIEW_ZONE_FIGURES, JsonVariables.of(content.figures()));
      task.setVariableLocal(
          AnnualReviewVariables.REVIEW_ZONE_TRIO, JsonVariables.of(content.trio()));
      if (content.candidates().isEmpty()) {
        task.addCandidateGroup(AccessPolicy.COORDINATORS);
      } else {
        content.candidates().forEach(task::addCandidateUser);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FormInput input = FormInput.of(task);
      String remarks = input.requiredText(AnnualReviewVariables.ZONE_REMARKS, ZoneReview.MAX_TEXT);
      String priorities =
          input.optionalText(AnnualReviewVariables.ZONE_PRIORITIES, ZoneReview.MAX_TEXT);
      zoneReviews.record(
          AnnualReviewVariables.reviewId(task), networkId, zoneCode, remarks, priorities);
    }
  }
}
