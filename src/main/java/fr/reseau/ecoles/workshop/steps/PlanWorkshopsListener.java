package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_TIMES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.parseInt;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Row;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PlanWorkshops}: the slots and each workshop's sessions. */
@Component
public class PlanWorkshopsListener implements TaskListener {

  private final DayPlanningService planning;

  public PlanWorkshopsListener(DayPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = StepForms.prefilledInput(task);
    int slotCount = StepForms.requiredInt(input, SLOT_COUNT);
    Integer freeChoiceSlot = StepForms.optionalInt(input, FREE_CHOICE_SLOT);
    List<DayPlanningService.WorkshopRow> rows =
        input.objectList(WORKSHOPS).stream()
            .map(
                r ->
                    new DayPlanningService.WorkshopRow(
                        r.get(Row.CODE),
                        r.get(Row.TITLE),
                        r.get(Row.ANIMATOR_NAME),
                        r.get(Row.CONCERN),
                        r.get(Row.FORMAT),
                        parseInt(r.get(Row.DURATION_MINUTES), WORKSHOPS),
                        r.get(Row.SLOTS),
                        parseInt(r.get(Row.CAPACITY), WORKSHOPS)))
            .toList();
    planning.planWorkshops(
        workshopDayId(task), slotCount, input.optionalText(SLOT_TIMES, 500), freeChoiceSlot, rows);
    StepForms.forget(task, WORKSHOPS, SLOT_COUNT, SLOT_TIMES, FREE_CHOICE_SLOT);
    task.getExecution().setVariable(FREE_CHOICE_SLOT, freeChoiceSlot);
  }
}
