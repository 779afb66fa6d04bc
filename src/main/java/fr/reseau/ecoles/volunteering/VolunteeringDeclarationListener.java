package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DeclareVolunteering} completed: checks and stores the declaration. */
@Component
public class VolunteeringDeclarationListener implements TaskListener {

  private final VolunteeringService volunteering;

  public VolunteeringDeclarationListener(VolunteeringService volunteering) {
    this.volunteering = volunteering;
  }

  @Override
  public void notify(DelegateTask task) {
    DeclarationForm form = DeclarationForm.read(FormInput.of(task));
    String member = (String) task.getVariable(CdiTourVariables.DOCUMENTALISTE);
    volunteering.declare(CdiTourVariables.campaignId(task), member, form);
  }
}
