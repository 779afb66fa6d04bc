package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS_TEXT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERN_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_SAMPLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import fr.reseau.ecoles.workshop.ConcernValidationService;
import fr.reseau.ecoles.workshop.QuestionnaireAnswer;
import fr.reseau.ecoles.workshop.QuestionnaireService;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ChooseConcerns}: 3 or 4 cited concerns and the sample of teachers who validate them.
 */
@Component
public class ChooseConcernsListener implements TaskListener {

  private final WorkshopDayService days;
  private final QuestionnaireService questionnaire;
  private final ConcernValidationService validation;

  public ChooseConcernsListener(
      WorkshopDayService days,
      QuestionnaireService questionnaire,
      ConcernValidationService validation) {
    this.days = days;
    this.questionnaire = questionnaire;
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    Long dayId = workshopDayId(task);
    FormInput input = FormInput.of(task);
    Set<String> cited =
        questionnaire.consolidate(dayId).stream()
            .map(ConcernShare::concern)
            .collect(Collectors.toSet());
    List<String> chosen = new ArrayList<>(input.codeList(CHOSEN_CONCERNS, cited));
    Set<String> respondents =
        days.answers(dayId).stream()
            .map(QuestionnaireAnswer::getTeacherUserId)
            .collect(Collectors.toSet());
    List<String> sample = new ArrayList<>(input.codeList(VALIDATION_SAMPLE, respondents));
    validation.chooseConcerns(dayId, chosen, sample);
    task.setVariable(VALIDATORS, sample);
    task.setVariable(CHOSEN_CONCERNS_TEXT, ConcernValidationService.concernsText(chosen));
    task.setVariable(
        CHOSEN_CONCERN_OPTIONS, JsonVariables.of(chosen.stream().map(c -> option(c, c)).toList()));
  }
}
