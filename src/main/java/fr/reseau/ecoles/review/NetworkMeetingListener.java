package fr.reseau.ecoles.review;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HoldNetworkMeeting}: the meeting's decisions, checked and stored, with the indicators
 * and targets chosen for next year (one transaction: a refused target stores nothing).
 */
@Component
public class NetworkMeetingListener implements TaskListener {
  private final NetworkMeetingService meetings;
  private final IndicatorTargetService targets;

  public NetworkMeetingListener(NetworkMeetingService meetings, IndicatorTargetService targets) {
    this.meetings = meetings;
    this.targets = targets;
  }

  @Override
  public void notify(DelegateTask task) {
    Long reviewId = AnnualReviewVariables.reviewId(task);
    FormInput input = FormInput.of(task);
    NetworkMeeting meeting = meetings.holdMeeting(reviewId, input);
    targets.choose(reviewId, meeting.getDecision(), input);
    task.setVariable(AnnualReviewVariables.START_NEXT_CAMPAIGN, meeting.isStartNextCampaign());
  }
}
