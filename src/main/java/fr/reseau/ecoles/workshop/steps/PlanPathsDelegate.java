package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_TEACHERS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_SESSION_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.HAS_FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.FreeChoiceService;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import fr.reseau.ecoles.workshop.planning.PathResult;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PlanPaths}: paths, then everything the next forms show. */
@Component
public class PlanPathsDelegate implements JavaDelegate {

  private final WorkshopDayService days;
  private final DayPlanningService planning;
  private final FreeChoiceService freeChoices;

  public PlanPathsDelegate(
      WorkshopDayService days, DayPlanningService planning, FreeChoiceService freeChoices) {
    this.days = days;
    this.planning = planning;
    this.freeChoices = freeChoices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long dayId = workshopDayId(execution);
    PathResult result = planning.planPaths(dayId);
    execution.setVariable(Internal.PATH_SCORE, result.score().toString());
    execution.setVariable(Internal.PATH_EXPLANATION, result.score().explanation());
    execution.setVariable(DAY_TEACHERS, new ArrayList<>(planning.placedTeachers(dayId)));
    execution.setVariable(HAS_FREE_CHOICE_SLOT, days.require(dayId).getFreeChoiceSlot() != null);
    execution.setVariable(
        FREE_SESSION_OPTIONS,
        JsonVariables.of(
            freeChoices.freeOffers(dayId).stream()
                .map(o -> option(o.label(), o.workshopCode()))
                .toList()));
  }
}
