package fr.reseau.ecoles.pairing;

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
              number(execution, "pairingKmPerCoveredNeed"), number(execution, "pairingKmForPpcr"));
      Long campaignId = (Long) execution.getVariable("campaignId");
      PairConstraints applied = applied(input);
      PairingProposal proposal =
          pairing.propose(campaignId, applied.forbidden(), applied.forced(), weights);
      execution.setVariable("proposedVisits", JsonVariables.of(proposal.visits()));
      execution.setVariable("unpairedVolunteers", JsonVariables.of(proposal.unpaired()));
      execution.setVariable(
          "volunteerOptions",
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
      execution.removeVariable("pairingApproved");
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
      boolean approved = input.requiredBoolean("pairingApproved");
      List<PairKey> forbidden = PairingService.pairs(input.objectList("forbiddenPairs"));
      List<PairKey> forced = PairingService.pairs(input.objectList("forcedPairs"));
      Long campaignId = (Long) task.getVariable("campaignId");
      pairing.recordReview(campaignId, approved, forbidden, forced, Actors.of(task));
      if (!approved) {
        PairConstraints next = applied(input).with(forbidden, forced);
        task.getExecution()
            .setVariable(
                "appliedForbiddenPairs", JsonVariables.of(pairing.describe(next.forbidden())));
        task.getExecution()
            .setVariable("appliedForcedPairs", JsonVariables.of(pairing.describe(next.forced())));
      }
    };
  }

  private static PairConstraints applied(FormInput input) {
    return new PairConstraints(
        new LinkedHashSet<>(PairingService.pairs(input.objectList("appliedForbiddenPairs"))),
        PairingService.pairs(input.objectList("appliedForcedPairs")));
  }

  private static double number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return Double.parseDouble(String.valueOf(value));
  }
}
