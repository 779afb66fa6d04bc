package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.rules.RuleTables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProposePairing}: the weights come from the DMN table {@code Decision_PairingWeights}
 * ({@code processes/pairing-weights.dmn}) of the network's tenant, so designers can change them.
 */
@Component
public class ProposePairingDelegate implements JavaDelegate {
  private final PairingService pairing;
  private final RuleTables rules;

  public ProposePairingDelegate(PairingService pairing, RuleTables rules) {
    this.pairing = pairing;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    PairingWeights weights =
        PairingWeights.fromOutputs(
            rules.evaluateFirst(
                PairingWeights.DECISION,
                execution.getTenantId(),
                Map.of(
                    CdiTourVariables.NETWORK_ID,
                    execution.getVariable(CdiTourVariables.NETWORK_ID))));
    Long campaignId = CdiTourVariables.campaignId(execution);
    PairConstraints applied =
        PairConstraints.fromItems(
            input.objectList(CdiTourVariables.APPLIED_FORBIDDEN_PAIRS),
            input.objectList(CdiTourVariables.APPLIED_FORCED_PAIRS));
    // Campaigns started before issue 19 have neither variable: zones ignored, one degree.
    ZonePolicy zonePolicy =
        ZonePolicy.fromCode(String.valueOf(execution.getVariable(CdiTourVariables.ZONE_POLICY)))
            .orElse(ZonePolicy.IGNORE);
    boolean interDegree = Boolean.TRUE.equals(execution.getVariable(CdiTourVariables.INTER_DEGREE));
    PairingProposal proposal =
        pairing.propose(
            campaignId, applied.forbidden(), applied.forced(), weights, zonePolicy, interDegree);
    execution.setVariable(CdiTourVariables.PROPOSED_VISITS, JsonVariables.of(proposal.visits()));
    execution.setVariable(
        CdiTourVariables.UNPAIRED_VOLUNTEERS, JsonVariables.of(proposal.unpaired()));
    execution.setVariable(
        CdiTourVariables.VOLUNTEER_OPTIONS,
        JsonVariables.of(
            pairing.volunteers(campaignId).stream()
                .map(
                    v ->
                        Map.of(
                            "label",
                            v.displayName() + " – " + v.establishmentName(),
                            "value",
                            v.userId()))
                .toList()));
    execution.removeVariable(CdiTourVariables.PAIRING_APPROVED);
  }
}
