package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONFIRMED_REFERENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REFERENT_CANDIDATES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REFERENT_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.nullToEmpty;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.ImpressionsService;
import fr.reseau.ecoles.workshop.Referent;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ProposeReferents}: the candidates, and those who said yes already checked. */
@Component
public class ProposeReferentsDelegate implements JavaDelegate {

  private final ImpressionsService impressions;

  public ProposeReferentsDelegate(ImpressionsService impressions) {
    this.impressions = impressions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Referent> candidates = impressions.proposeReferents(workshopDayId(execution));
    execution.setVariable(
        REFERENT_CANDIDATES,
        JsonVariables.of(
            candidates.stream()
                .map(
                    r ->
                        Map.of(
                            WorkshopDayRows.TEACHER,
                            r.getDisplayName(),
                            WorkshopDayRows.DISCIPLINE,
                            nullToEmpty(r.getDiscipline()),
                            WorkshopDayRows.REASONS,
                            r.getReasons()))
                .toList()));
    execution.setVariable(
        REFERENT_OPTIONS,
        JsonVariables.of(
            candidates.stream()
                .map(
                    r ->
                        option(
                            r.getDisplayName() + " (" + r.getReasons() + ")", r.getTeacherUserId()))
                .toList()));
    execution.setVariable(
        CONFIRMED_REFERENTS,
        JsonVariables.of(
            candidates.stream()
                .filter(Referent::isConfirmed)
                .map(Referent::getTeacherUserId)
                .toList()));
  }
}
