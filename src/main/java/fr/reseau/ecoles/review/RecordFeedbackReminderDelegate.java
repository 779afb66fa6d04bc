package fr.reseau.ecoles.review;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordFeedbackReminder}: the open feedback tasks move up in Tasklist (input parameter
 * {@code reminderTaskPriority}); how many were still open is kept in {@code
 * feedbackReminderPendingCount}.
 */
@Component
public class RecordFeedbackReminderDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int priority =
        ((Number) execution.getVariable(AnnualReviewVariables.REMINDER_TASK_PRIORITY)).intValue();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    var open =
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey("Task_GiveFeedback")
            .list();
    open.forEach(task -> tasks.setPriority(task.getId(), priority));
    execution.setVariable(
        AnnualReviewVariables.Internal.FEEDBACK_REMINDER_PENDING_COUNT, open.size());
  }
}
