package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.CHANGES_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PEER_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PEER_DECISION;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PeerReview} completed: the reviewer's answer is checked and stored. */
@Component
public class PeerReviewListener implements TaskListener {

  private final ProductionService service;

  public PeerReviewListener(ProductionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision = input.requiredCode(PEER_DECISION, ProductionService.PEER_DECISIONS);
    String comment = input.optionalText(PEER_COMMENT, 2000);
    service.peerAnswered(ProductionPublicationVariables.productionId(task), decision, comment);
    if (comment != null) {
      task.getExecution().setVariable(CHANGES_COMMENT, "(relecture) " + comment);
    }
  }
}
