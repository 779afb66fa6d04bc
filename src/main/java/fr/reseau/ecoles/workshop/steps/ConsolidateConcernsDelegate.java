package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_RANKING;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.NETWORK_NEEDS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import fr.reseau.ecoles.workshop.QuestionnaireService;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ConsolidateConcerns}: the concerns and their share, options for the next form. */
@Component
public class ConsolidateConcernsDelegate implements JavaDelegate {

  private final QuestionnaireService questionnaire;

  public ConsolidateConcernsDelegate(QuestionnaireService questionnaire) {
    this.questionnaire = questionnaire;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long dayId = workshopDayId(execution);
    List<ConcernShare> shares = questionnaire.consolidate(dayId);
    execution.setVariable(
        CONCERN_RANKING,
        JsonVariables.of(
            shares.stream()
                .map(
                    s ->
                        Map.of(
                            WorkshopDayRows.CONCERN,
                            s.concern(),
                            WorkshopDayRows.TEACHERS,
                            s.teachers(),
                            WorkshopDayRows.SHARE,
                            s.sharePercent() + " %",
                            WorkshopDayRows.FIRST_CHOICE,
                            s.firstChoice()))
                .toList()));
    execution.setVariable(
        CONCERN_OPTIONS,
        JsonVariables.of(
            shares.stream()
                .map(
                    s ->
                        option(
                            s.teachers() == 0
                                ? s.concern() + " (proposée par la synthèse du réseau)"
                                : s.concern()
                                    + " ("
                                    + s.teachers()
                                    + " enseignants, "
                                    + s.sharePercent()
                                    + " %)",
                            s.concern()))
                .toList()));
    execution.setVariable(
        NETWORK_NEEDS,
        JsonVariables.of(
            questionnaire.needsToShow(dayId).stream()
                .map(
                    n ->
                        Map.<String, Object>of(
                            WorkshopDayRows.NEED, n.theme(), WorkshopDayRows.RECAPS, n.count()))
                .toList()));
  }
}
