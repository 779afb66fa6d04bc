package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.network.Member;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code Task_OpenCampaign}: checks the start form, stores the campaign, prepares the flow. */
@Component
public class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  public OpenCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignRequest request = CampaignRequest.read(FormInput.of(execution));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    var opened = campaigns.open(request, execution.getProcessInstanceId(), user == null ? null : user.getUserId());
    Campaign campaign = opened.campaign();

    execution.setProcessBusinessKey(campaign.businessKey());
    execution.setVariable("campaignId", campaign.getId());
    execution.setVariable("networkName", opened.network().getName());
    // Normalised ISO dates: the timers and later forms read these.
    execution.setVariable("volunteeringDeadline", request.volunteeringDeadline().toString());
    execution.setVariable("visitWindowStart", request.visitWindowStart().toString());
    execution.setVariable("visitWindowEnd", request.visitWindowEnd().toString());
    execution.setVariable("documentalistes",
        new ArrayList<>(opened.documentalistes().stream().map(Member::getUserId).toList()));
  }
}
