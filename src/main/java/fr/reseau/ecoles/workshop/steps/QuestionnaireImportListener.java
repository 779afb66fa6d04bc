package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_CSV;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.QuestionnaireService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ImportQuestionnaire}: the pasted CSV, if any, replaces the answers; two are needed.
 */
@Component
public class QuestionnaireImportListener implements TaskListener {

  private final QuestionnaireService questionnaire;
  private final PrivateVariables privateVariables;

  public QuestionnaireImportListener(
      QuestionnaireService questionnaire, PrivateVariables privateVariables) {
    this.questionnaire = questionnaire;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    QuestionnaireService.checkPasteLength(privateVariables.submitted(task, QUESTIONNAIRE_CSV));
    questionnaire.importPasted(
        workshopDayId(task),
        privateVariables
            .input(task)
            .optionalText(QUESTIONNAIRE_CSV, QuestionnaireService.PASTE_MAX));
    // Stored in the database; the engine keeps neither the teachers' answers nor their history.
    privateVariables.discard(task);
  }
}
