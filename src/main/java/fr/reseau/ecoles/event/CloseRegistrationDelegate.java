package fr.reseau.ecoles.event;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseRegistration}: the list closes; the registered contributors need a mission
 * order.
 */
@Component
public class CloseRegistrationDelegate implements JavaDelegate {

  private final RegistrationService registrations;

  public CloseRegistrationDelegate(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        NetworkEventVariables.CONTRIBUTOR_REGISTRATIONS,
        new ArrayList<>(registrations.close(NetworkEventVariables.eventId(execution))));
  }
}
