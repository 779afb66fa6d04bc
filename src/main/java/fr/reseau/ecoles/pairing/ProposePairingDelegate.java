package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProposePairing}: the weights come from the task's input parameters ({@code
 * pairingKmPerCoveredNeed}, {@code pairingKmForPpcr}) so designers can change them.
 */
@Component
public class ProposePairingDelegate implements JavaDelegate {
  private final PairingService pairing;

  public ProposePairingDelegate(PairingService pairing) {
    this.pairing = pairing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    PairingWeights weights =
        new PairingWeights(
            number(execution, CdiTourVariables.PAIRING_KM_PER_COVERED_NEED),
            number(execution, CdiTourVariables.PAIRING_KM_FOR_PPCR));
    Long campaignId = CdiTourVariables.campaignId(execution);
    PairConstraints applied =
        PairConstraints.fromItems(
            input.objectList(CdiTourVariables.APPLIED_FORBIDDEN_PAIRS),
            input.objectList(CdiTourVariables.APPLIED_FORCED_PAIRS));
    PairingProposal proposal =
        pairing.propose(campaignId, applied.forbidden(), applied.forced(), weights);
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

  private static double number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return Double.parseDouble(String.valueOf(value));
  }
}
