package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MY_DAY;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.InvitationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_KeepLogbook} (create): the teacher's own group and path. */
@Component
public class MyDayListener implements TaskListener {

  private final InvitationService invitations;

  public MyDayListener(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(
        MY_DAY, invitations.invitationOf(workshopDayId(task), task.getAssignee()));
  }
}
