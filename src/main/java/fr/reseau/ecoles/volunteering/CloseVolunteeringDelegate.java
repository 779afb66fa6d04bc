package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseVolunteering}: members without an answer count as not volunteering. */
@Component
public class CloseVolunteeringDelegate implements JavaDelegate {

  private final VolunteeringService volunteering;

  public CloseVolunteeringDelegate(VolunteeringService volunteering) {
    this.volunteering = volunteering;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> members = (List<String>) execution.getVariable(CdiTourVariables.DOCUMENTALISTES);
    int notAnswered =
        volunteering.closeVolunteering(CdiTourVariables.campaignId(execution), members);
    execution.setVariable(CdiTourVariables.Internal.NOT_ANSWERED_COUNT, notAnswered);
  }
}
