package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkCalendar;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenCampaign}: checks the start form, stores the campaign, prepares the flow. */
@Component
public class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService campaigns;
  private final NetworkStartRules startRules;
  private final NetworkCalendar calendar;

  public OpenCampaignDelegate(
      CampaignService campaigns, NetworkStartRules startRules, NetworkCalendar calendar) {
    this.campaigns = campaigns;
    this.startRules = startRules;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NetworkStartRules.defaultNetwork(
            execution.getTenantId(),
            execution.getVariable(CdiTourVariables.NETWORK_ID),
            CdiTourVariables.NETWORK_ID,
            NetworkStartRules.CAMPAIGN)
        .ifPresent(tenant -> execution.setVariable(CdiTourVariables.NETWORK_ID, tenant));
    FormInput input = FormInput.of(execution);
    CampaignRequest request = CampaignRequest.read(input);
    // Pairing settings of issue 19, checked before anything is stored; read by Task_ProposePairing.
    String zonePolicy =
        input.optionalCode(
            CdiTourVariables.ZONE_POLICY,
            CampaignRequest.ZONE_POLICIES,
            CampaignRequest.ZONE_POLICIES.get(0));
    boolean interDegree = input.optionalBoolean(CdiTourVariables.INTER_DEGREE, false);
    String startedBy =
        startRules
            .starter(request.networkId(), CdiTourVariables.NETWORK_ID, NetworkStartRules.CAMPAIGN)
            .orElse(null);
    var opened = campaigns.open(request, execution.getProcessInstanceId(), startedBy, interDegree);
    Campaign campaign = opened.campaign();

    execution.setProcessBusinessKey(campaign.businessKey());
    execution.setVariable(CdiTourVariables.ZONE_POLICY, zonePolicy);
    execution.setVariable(CdiTourVariables.INTER_DEGREE, interDegree);
    execution.setVariable(CdiTourVariables.Internal.CAMPAIGN_ID, campaign.getId());
    execution.setVariable(CdiTourVariables.NETWORK_NAME, opened.network().getName());
    // Normalised ISO dates: the timers and later forms read these.
    execution.setVariable(
        CdiTourVariables.VOLUNTEERING_DEADLINE, request.volunteeringDeadline().toString());
    execution.setVariable(
        CdiTourVariables.VISIT_WINDOW_START, request.visitWindowStart().toString());
    execution.setVariable(CdiTourVariables.VISIT_WINDOW_END, request.visitWindowEnd().toString());
    // Not a refusal: next year's campaign is often opened before the ministry publishes its
    // calendar; the coordination sees the warning and visit dates on uncovered days are refused.
    execution.setVariable(
        CdiTourVariables.CALENDAR_WARNING,
        calendar.coverageWarning(request.networkId(), request.visitWindowEnd()).orElse(""));
    // Everyone asked to declare: the documentalistes, and the primary teachers of an inter-degree
    // campaign (the variable keeps its name: the BPMN's multi-instance and reminders read it).
    execution.setVariable(
        CdiTourVariables.DOCUMENTALISTES,
        new ArrayList<>(opened.invited().stream().map(Member::getUserId).toList()));
  }
}
