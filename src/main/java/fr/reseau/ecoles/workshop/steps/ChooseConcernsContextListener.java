package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_FEEDBACK;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.ConcernValidationService;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ChooseConcerns} (create): the respondents to pick the sample from and, after a
 * refused round, the sample's answers. Task-local: the teachers' tasks of the same process do not
 * see them.
 */
@Component
public class ChooseConcernsContextListener implements TaskListener {

  private final WorkshopDayService days;
  private final ConcernValidationService validation;

  public ChooseConcernsContextListener(
      WorkshopDayService days, ConcernValidationService validation) {
    this.days = days;
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    Long dayId = workshopDayId(task);
    task.setVariableLocal(
        TEACHER_OPTIONS,
        JsonVariables.of(
            days.answers(dayId).stream()
                .map(
                    a ->
                        option(
                            a.getDisplayName() + " (" + a.getDiscipline() + ")",
                            a.getTeacherUserId()))
                .toList()));
    if (days.require(dayId).getValidationRound() > 0
        && task.getVariable(VALIDATORS) instanceof List<?> sample) {
      task.setVariableLocal(
          VALIDATION_FEEDBACK, validation.countVotes(dayId, sample.size()).summary());
    }
  }
}
