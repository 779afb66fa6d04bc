package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewPairing}: approve, or forbid and force pairs for a new proposal. The form's
 * lists are task-local (fresh each round); they are added to the constraints already applied, kept
 * as {@code appliedForbiddenPairs} and {@code appliedForcedPairs}.
 */
@Component
public class PairingReviewListener implements TaskListener {
  private final PairingService pairing;

  public PairingReviewListener(PairingService pairing) {
    this.pairing = pairing;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    boolean approved = input.requiredBoolean(CdiTourVariables.PAIRING_APPROVED);
    List<PairKey> forbidden =
        PairingService.pairs(input.objectList(CdiTourVariables.FORBIDDEN_PAIRS));
    List<PairKey> forced = PairingService.pairs(input.objectList(CdiTourVariables.FORCED_PAIRS));
    Long campaignId = CdiTourVariables.campaignId(task);
    pairing.recordReview(campaignId, approved, forbidden, forced, Actors.of(task));
    if (!approved) {
      PairConstraints next =
          PairConstraints.fromItems(
                  input.objectList(CdiTourVariables.APPLIED_FORBIDDEN_PAIRS),
                  input.objectList(CdiTourVariables.APPLIED_FORCED_PAIRS))
              .with(forbidden, forced);
      task.getExecution()
          .setVariable(
              CdiTourVariables.APPLIED_FORBIDDEN_PAIRS,
              JsonVariables.of(pairing.describe(next.forbidden())));
      task.getExecution()
          .setVariable(
              CdiTourVariables.APPLIED_FORCED_PAIRS,
              JsonVariables.of(pairing.describe(next.forced())));
    }
  }
}
