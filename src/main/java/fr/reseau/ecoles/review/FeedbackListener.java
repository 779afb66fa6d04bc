package fr.reseau.ecoles.review;

import fr.reseau.ecoles.privacy.PrivateVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GiveFeedback}: stored in the database, then removed from the engine (private
 * answers).
 */
@Component
public class FeedbackListener implements TaskListener {
  private final AnnualReviewService reviews;
  private final PrivateVariables privateVariables;

  public FeedbackListener(AnnualReviewService reviews, PrivateVariables privateVariables) {
    this.reviews = reviews;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    String member = (String) task.getVariable(AnnualReviewVariables.PARTICIPANT);
    reviews.giveFeedback(
        AnnualReviewVariables.reviewId(task), member, privateVariables.input(task));
    privateVariables.discard(task);
  }
}
