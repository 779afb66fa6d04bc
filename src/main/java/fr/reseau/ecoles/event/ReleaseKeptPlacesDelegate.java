package fr.reseau.ecoles.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReleaseKeptPlaces}: the places kept for those who expressed the need are freed. */
@Component
public class ReleaseKeptPlacesDelegate implements JavaDelegate {

  private final RegistrationService registrations;

  public ReleaseKeptPlacesDelegate(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registrations.releaseKeptPlaces(NetworkEventVariables.eventId(execution));
  }
}
