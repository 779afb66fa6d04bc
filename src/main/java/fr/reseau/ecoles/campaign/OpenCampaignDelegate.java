package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.Member;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code Task_OpenCampaign}: checks the start form, stores the campaign, prepares the flow. */
@Component
public class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;
  private final ApiAccess access;

  public OpenCampaignDelegate(CampaignService campaigns, ApiAccess access) {
    this.campaigns = campaigns;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Each network has its own deployment (tenant): the campaign is for the network whose process
    // was started.
    String tenant = execution.getTenantId();
    Object givenNetwork = execution.getVariable(CdiTourVariables.NETWORK_ID);
    if (givenNetwork == null && tenant != null) {
      execution.setVariable(CdiTourVariables.NETWORK_ID, tenant);
    } else if (tenant != null && !tenant.equals(givenNetwork)) {
      throw new InvalidInputException(
          CdiTourVariables.NETWORK_ID,
          "ce processus est celui du réseau « "
              + tenant
              + " » : une campagne ne peut être ouverte que pour ce réseau.");
    }
    CampaignRequest request = CampaignRequest.read(FormInput.of(execution));
    // A person's start form is checked against their rights; a start by the application (next
    // year's
    // campaign decided at the annual review, possibly on the job executor) has no person to check.
    Optional<Authentication> user =
        Requester.person(execution.getProcessEngineServices().getIdentityService());
    if (user.isPresent() && !access.isCoordinatorOf(user.get(), request.networkId())) {
      throw new InvalidInputException(
          CdiTourVariables.NETWORK_ID,
          "seule la coordination du réseau « "
              + request.networkId()
              + " » peut y ouvrir une campagne.");
    }
    var opened =
        campaigns.open(
            request,
            execution.getProcessInstanceId(),
            user.map(Authentication::getUserId).orElse(null));
    Campaign campaign = opened.campaign();

    execution.setProcessBusinessKey(campaign.businessKey());
    execution.setVariable(CdiTourVariables.Internal.CAMPAIGN_ID, campaign.getId());
    execution.setVariable(CdiTourVariables.NETWORK_NAME, opened.network().getName());
    // Normalised ISO dates: the timers and later forms read these.
    execution.setVariable(
        CdiTourVariables.VOLUNTEERING_DEADLINE, request.volunteeringDeadline().toString());
    execution.setVariable(
        CdiTourVariables.VISIT_WINDOW_START, request.visitWindowStart().toString());
    execution.setVariable(CdiTourVariables.VISIT_WINDOW_END, request.visitWindowEnd().toString());
    execution.setVariable(
        CdiTourVariables.DOCUMENTALISTES,
        new ArrayList<>(opened.documentalistes().stream().map(Member::getUserId).toList()));
  }
}
