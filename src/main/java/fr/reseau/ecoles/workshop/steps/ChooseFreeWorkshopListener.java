package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_WORKSHOP_CHOICE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.FreeChoiceService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ChooseFreeWorkshop}: first come, first served. */
@Component
public class ChooseFreeWorkshopListener implements TaskListener {

  private final FreeChoiceService freeChoices;

  public ChooseFreeWorkshopListener(FreeChoiceService freeChoices) {
    this.freeChoices = freeChoices;
  }

  @Override
  public void notify(DelegateTask task) {
    String choice = FormInput.of(task).requiredText(FREE_WORKSHOP_CHOICE, 20);
    freeChoices.chooseFreeWorkshop(
        workshopDayId(task),
        task.getAssignee() != null ? task.getAssignee() : Actors.of(task),
        choice);
    task.getExecution().removeVariable(FREE_WORKSHOP_CHOICE);
  }
}
