package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_TIMES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopPlanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PlanWorkshops} (create): the plan to start from. */
@Component
public class WorkshopRowsListener implements TaskListener {

  private final WorkshopDayService days;
  private final WorkshopPlanService plans;

  public WorkshopRowsListener(WorkshopDayService days, WorkshopPlanService plans) {
    this.days = days;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    Long dayId = workshopDayId(task);
    WorkshopDay day = days.require(dayId);
    task.setVariableLocal(WORKSHOPS, JsonVariables.of(plans.workshopRows(dayId)));
    task.setVariableLocal(SLOT_COUNT, day.slotCountToPlan());
    if (day.getSlotTimes() != null) {
      task.setVariableLocal(SLOT_TIMES, day.getSlotTimes());
    }
    // The current free slot is prefilled here; the process-level copy (for the teachers' form)
    // would shadow the answer.
    StepForms.forget(task, FREE_CHOICE_SLOT);
    task.setVariableLocal(FREE_CHOICE_SLOT, day.getFreeChoiceSlot());
  }
}
