package fr.reseau.ecoles.review;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_HoldNetworkMeeting}: the meeting's decisions, checked and stored. */
@Component
public class NetworkMeetingListener implements TaskListener {
  private final NetworkMeetingService meetings;

  public NetworkMeetingListener(NetworkMeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    NetworkMeeting meeting =
        meetings.holdMeeting(AnnualReviewVariables.reviewId(task), FormInput.of(task));
    task.setVariable(AnnualReviewVariables.START_NEXT_CAMPAIGN, meeting.isStartNextCampaign());
  }
}
