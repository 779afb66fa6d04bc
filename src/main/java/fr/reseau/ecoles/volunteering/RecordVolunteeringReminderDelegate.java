package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReminder}: records who has not answered yet, reminds each of them by e-mail
 * (through {@link VolunteeringEvent.ReminderDue}, package {@code messages}) and raises the priority
 * of their open declaration tasks (input parameter {@code reminderTaskPriority}; Camunda's default
 * is 50) so Tasklist shows them first.
 */
@Component
public class RecordVolunteeringReminderDelegate implements JavaDelegate {

  private final VolunteeringService volunteering;

  public RecordVolunteeringReminderDelegate(VolunteeringService volunteering) {
    this.volunteering = volunteering;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> members = (List<String>) execution.getVariable(CdiTourVariables.DOCUMENTALISTES);
    List<String> pending =
        volunteering.recordReminder(
            CdiTourVariables.campaignId(execution), execution.getProcessInstanceId(), members);
    int priority =
        ((Number) execution.getVariable(CdiTourVariables.REMINDER_TASK_PRIORITY)).intValue();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .list()
        .forEach(task -> tasks.setPriority(task.getId(), priority));
    execution.setVariable(CdiTourVariables.Internal.REMINDER_PENDING_COUNT, pending.size());
  }
}
