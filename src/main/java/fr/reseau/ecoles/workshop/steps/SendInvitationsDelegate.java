package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.INVITATIONS_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.InvitationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendInvitations}. */
@Component
public class SendInvitationsDelegate implements JavaDelegate {

  private final InvitationService invitations;

  public SendInvitationsDelegate(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(INVITATIONS_COUNT, invitations.sendInvitations(workshopDayId(execution)));
  }
}
