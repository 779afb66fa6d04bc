package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pairing steps of {@code cdi-tour}: propose, then review. */
@Configuration
public class PairingProcessBeans {

  private final PairingService pairing;

  public PairingProcessBeans(PairingService pairing) {
    this.pairing = pairing;
  }

  /**
   * {@code Task_ProposePairing}: the weights come from the task's input parameters ({@code
   * pairingKmPerCoveredNeed}, {@code pairingKmForPpcr}) so designers can change them.
   */
  @Bean
  public JavaDelegate proposePairingDelegate() {
    return execution -> {
      FormInput input = FormInput.of(execution);
      PairingWeights weights =
          new PairingWeights(
              number(execution, CdiTourVariables.PAIRING_KM_PER_COVERED_NEED),
              number(execution, CdiTourVariables.PAIRING_KM_FOR_PPCR));
      Long campaignId = (Long) execution.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID);
      PairConstraints applied = applied(input);
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
    };
  }

  /**
   * {@code Task_ReviewPairing}: approve, or forbid and force pairs for a new proposal. The form's
   * lists are task-local (fresh each round); they are added to the constraints already applied,
   * kept as {@code appliedForbiddenPairs} and {@code appliedForcedPairs}.
   */
  @Bean
  public TaskListener pairingReviewListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean approved = input.requiredBoolean(CdiTourVariables.PAIRING_APPROVED);
      List<PairKey> forbidden =
          PairingService.pairs(input.objectList(CdiTourVariables.FORBIDDEN_PAIRS));
      List<PairKey> forced = PairingService.pairs(input.objectList(CdiTourVariables.FORCED_PAIRS));
      Long campaignId = (Long) task.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID);
      pairing.recordReview(campaignId, approved, forbidden, forced, Actors.of(task));
      if (!approved) {
        PairConstraints next = applied(input).with(forbidden, forced);
        task.getExecution()
            .setVariable(
                CdiTourVariables.APPLIED_FORBIDDEN_PAIRS,
                JsonVariables.of(pairing.describe(next.forbidden())));
        task.getExecution()
            .setVariable(
                CdiTourVariables.APPLIED_FORCED_PAIRS,
                JsonVariables.of(pairing.describe(next.forced())));
      }
    };
  }

  private static PairConstraints applied(FormInput input) {
    return new PairConstraints(
        new LinkedHashSet<>(
            PairingService.pairs(input.objectList(CdiTourVariables.APPLIED_FORBIDDEN_PAIRS))),
        PairingService.pairs(input.objectList(CdiTourVariables.APPLIED_FORCED_PAIRS)));
  }

  private static double number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return Double.parseDouble(String.valueOf(value));
  }
}
