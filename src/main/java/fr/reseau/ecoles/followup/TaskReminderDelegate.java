package fr.reseau.ecoles.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Envoyer une relance » after a task's reminder timer: reminds whoever holds the task the timer
 * is attached to. Runs on the job executor: the network is the process's tenant.
 */
@Component
public class TaskReminderDelegate implements JavaDelegate {
  private final FollowUpMessages messages;

  public TaskReminderDelegate(FollowUpMessages messages) {
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    messages.remindOpenTasks(
        execution.getProcessInstanceId(),
        FollowedElements.followedTaskOf(
            (org.camunda.bpm.model.bpmn.instance.FlowNode) execution.getBpmnModelElementInstance()),
        execution.getTenantId());
  }
}
