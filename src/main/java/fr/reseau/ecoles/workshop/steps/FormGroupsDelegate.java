package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.maxGroupSize;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import fr.reseau.ecoles.workshop.planning.GroupingResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_FormGroups}. */
@Component
public class FormGroupsDelegate implements JavaDelegate {

  private final DayPlanningService planning;

  public FormGroupsDelegate(DayPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GroupingResult result = planning.formGroups(workshopDayId(execution), maxGroupSize(execution));
    execution.setVariable(Internal.GROUPING_SCORE, result.score().toString());
    execution.setVariable(Internal.GROUPING_EXPLANATION, result.score().explanation());
  }
}
