package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.INVITATIONS_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.DayPlanningService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendInvitations}. */
@Component
public class SendInvitationsDelegate implements JavaDelegate {

  private final DayPlanningService planning;

  public SendInvitationsDelegate(DayPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(INVITATIONS_COUNT, planning.sendInvitations(workshopDayId(execution)));
  }
}
