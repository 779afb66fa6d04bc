package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.NATIONAL_FEEDBACK;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_NationalMeeting} completed: the national group's optional feedback is checked. */
@Component
public class NationalMeetingListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput.of(task).optionalText(NATIONAL_FEEDBACK, 2000);
  }
}
