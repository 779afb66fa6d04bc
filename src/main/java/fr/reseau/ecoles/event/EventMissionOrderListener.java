package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_SignEventMissionOrder}: a reference when signed, a reason when refused. */
@Component
public class EventMissionOrderListener implements TaskListener {

  private final RegistrationService registrations;

  public EventMissionOrderListener(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    boolean signed = input.requiredBoolean(NetworkEventVariables.MISSION_ORDER_SIGNED);
    Long registrationId =
        ((Number) task.getVariable(NetworkEventVariables.CONTRIBUTOR_REGISTRATION)).longValue();
    registrations.answerMissionOrder(
        registrationId,
        Actors.of(task),
        signed,
        signed ? input.requiredText(NetworkEventVariables.MISSION_ORDER_REF, 100) : null,
        signed
            ? null
            : input.requiredText(NetworkEventVariables.MISSION_ORDER_REFUSAL_REASON, 4000));
  }
}
