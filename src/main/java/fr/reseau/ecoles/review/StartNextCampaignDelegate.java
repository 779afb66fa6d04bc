package fr.reseau.ecoles.review;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartNextCampaign}: next year's {@code cdi-tour} in the same network, with the
 * settings decided.
 */
@Component
public class StartNextCampaignDelegate implements JavaDelegate {
  private final NetworkMeetingService meetings;

  public StartNextCampaignDelegate(NetworkMeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reviewId = AnnualReviewVariables.reviewId(execution);
    NetworkMeeting meeting = meetings.meeting(reviewId);
    String networkId = (String) execution.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    ProcessInstance next =
        runtime
            .createProcessInstanceByKey(CdiTourVariables.PROCESS_KEY)
            .processDefinitionTenantId(networkId)
            .setVariable(CdiTourVariables.SCHOOL_YEAR, meeting.getNextSchoolYear())
            .setVariable(CdiTourVariables.NETWORK_ID, networkId)
            .setVariable(
                CdiTourVariables.VOLUNTEERING_DEADLINE,
                meeting.getNextVolunteeringDeadline().toString())
            .setVariable(
                CdiTourVariables.VISIT_WINDOW_START, meeting.getNextVisitWindowStart().toString())
            .setVariable(
                CdiTourVariables.VISIT_WINDOW_END, meeting.getNextVisitWindowEnd().toString())
            .execute();
    meetings.nextCampaignStarted(reviewId, next.getId());
    execution.setVariable(
        AnnualReviewVariables.Internal.NEXT_CAMPAIGN_PROCESS_INSTANCE_ID, next.getId());
  }
}
