package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_GiveEventFeedback}: one participant's short feedback. */
@Component
public class EventFeedbackListener implements TaskListener {

  private final EventService events;

  public EventFeedbackListener(EventService events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    events.giveFeedback(
        NetworkEventVariables.eventId(task),
        (String) task.getVariable(NetworkEventVariables.FEEDBACK_GIVER),
        EventForms.wholeNumber(input, NetworkEventVariables.FEEDBACK_RATING, 1, 4),
        input.optionalText(NetworkEventVariables.FEEDBACK_COMMENT, 2000));
  }
}
