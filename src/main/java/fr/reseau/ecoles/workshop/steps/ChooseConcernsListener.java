package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS_TEXT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERN_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.ConcernChoice;
import fr.reseau.ecoles.workshop.ConcernValidationService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ChooseConcerns}: 3 or 4 cited concerns and the sample of teachers who validate them
 * ({@link ConcernChoice}).
 */
@Component
public class ChooseConcernsListener implements TaskListener {

  private final ConcernChoice choice;

  public ChooseConcernsListener(ConcernChoice choice) {
    this.choice = choice;
  }

  @Override
  public void notify(DelegateTask task) {
    ConcernChoice.Chosen chosen = choice.choose(workshopDayId(task), FormInput.of(task));
    List<String> concerns = chosen.concerns();
    task.setVariable(VALIDATORS, new ArrayList<>(chosen.sample()));
    task.setVariable(CHOSEN_CONCERNS_TEXT, ConcernValidationService.concernsText(concerns));
    task.setVariable(
        CHOSEN_CONCERN_OPTIONS,
        JsonVariables.of(concerns.stream().map(c -> option(c, c)).toList()));
  }
}
