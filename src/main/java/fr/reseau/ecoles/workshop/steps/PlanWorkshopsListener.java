package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_TIMES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.parseInt;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import fr.reseau.ecoles.workshop.WorkshopPlanService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PlanWorkshops}: the slots and each workshop's sessions. */
@Component
public class PlanWorkshopsListener implements TaskListener {

  private final WorkshopPlanService plans;

  public PlanWorkshopsListener(WorkshopPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = StepForms.prefilledInput(task);
    int slotCount = StepForms.requiredInt(input, SLOT_COUNT);
    Integer freeChoiceSlot = StepForms.optionalInt(input, FREE_CHOICE_SLOT);
    List<WorkshopPlanService.WorkshopRow> rows =
        input.objectList(WORKSHOPS).stream()
            .map(
                r ->
                    new WorkshopPlanService.WorkshopRow(
                        r.get(WorkshopDayRows.CODE),
                        r.get(WorkshopDayRows.TITLE),
                        r.get(WorkshopDayRows.ANIMATOR_NAME),
                        r.get(WorkshopDayRows.CONCERN),
                        r.get(WorkshopDayRows.FORMAT),
                        parseInt(r.get(WorkshopDayRows.DURATION_MINUTES), WORKSHOPS),
                        r.get(WorkshopDayRows.SLOTS),
                        parseInt(r.get(WorkshopDayRows.CAPACITY), WORKSHOPS),
                        r.get(WorkshopDayRows.ROOM)))
            .toList();
    plans.planWorkshops(
        workshopDayId(task), slotCount, input.optionalText(SLOT_TIMES, 500), freeChoiceSlot, rows);
    StepForms.forget(task, WORKSHOPS, SLOT_COUNT, SLOT_TIMES, FREE_CHOICE_SLOT);
    task.getExecution().setVariable(FREE_CHOICE_SLOT, freeChoiceSlot);
  }
}
