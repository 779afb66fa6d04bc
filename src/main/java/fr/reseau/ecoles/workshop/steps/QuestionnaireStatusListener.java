package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_IMPORT_STATUS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.QuestionnaireService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ImportQuestionnaire} (create): what is imported so far, shown in the form. */
@Component
public class QuestionnaireStatusListener implements TaskListener {

  private final QuestionnaireService questionnaire;

  public QuestionnaireStatusListener(QuestionnaireService questionnaire) {
    this.questionnaire = questionnaire;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(
        QUESTIONNAIRE_IMPORT_STATUS, questionnaire.importStatus(workshopDayId(task)));
  }
}
