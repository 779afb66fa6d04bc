package fr.reseau.ecoles.cotraining;

import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_COMMENT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_DECISION;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewByHead} completed: the head's decision and comment are checked and stored. */
@Component
public class HeadReviewListener implements TaskListener {

  private final CoTrainingService service;

  public HeadReviewListener(CoTrainingService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    service.headAnswered(
        CoTrainingRequestVariables.requestId(task),
        input.requiredCode(HEAD_DECISION, CoTrainingService.HEAD_DECISIONS),
        input.optionalText(HEAD_COMMENT, 2000));
  }
}
