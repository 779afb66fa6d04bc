package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterForEvent}: the member's answer takes a place or a place on the waiting list.
 */
@Component
public class RegistrationListener implements TaskListener {

  private final RegistrationService registrations;

  public RegistrationListener(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String choice =
        input.requiredCode(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.CHOICES);
    String contribution = input.optionalText(NetworkEventVariables.CONTRIBUTION, 1000);
    if (RegistrationService.CONTRIBUTE.equals(choice) && contribution == null) {
      throw new InvalidInputException(
          NetworkEventVariables.CONTRIBUTION, "dites en quelques mots ce que vous présenterez.");
    }
    String invitee = (String) task.getVariable(NetworkEventVariables.INVITEE);
    Object priority = task.getVariable(NetworkEventVariables.Internal.PRIORITY_INVITEES);
    registrations.register(
        NetworkEventVariables.eventId(task),
        invitee,
        choice,
        RegistrationService.CONTRIBUTE.equals(choice) ? contribution : null,
        priority instanceof List<?> list && list.contains(invitee));
  }
}
