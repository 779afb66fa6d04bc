package fr.reseau.ecoles.review;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GiveFeedback} created: tells the form which questions to show ({@code
 * feedbackVisitHeld}), the questions on the visit or « why did it not take place ». A task
 * listener, since a multi-instance task's input parameters cannot read its element variable. The
 * server checks the answer against the visits, not against this flag.
 */
@Component
public class FeedbackQuestionsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object withoutVisit =
        task.getVariable(AnnualReviewVariables.Internal.PARTICIPANTS_WITHOUT_VISIT);
    Object participant = task.getVariable(AnnualReviewVariables.PARTICIPANT);
    boolean held = !(withoutVisit instanceof Collection<?> people && people.contains(participant));
    task.getExecution().setVariableLocal(AnnualReviewVariables.FEEDBACK_VISIT_HELD, held);
  }
}
