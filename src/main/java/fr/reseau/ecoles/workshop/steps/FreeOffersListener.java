package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_SESSION_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.FreeChoiceService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ChooseFreeWorkshop} (create): the offers with the places left now. */
@Component
public class FreeOffersListener implements TaskListener {

  private final FreeChoiceService freeChoices;

  public FreeOffersListener(FreeChoiceService freeChoices) {
    this.freeChoices = freeChoices;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(
        FREE_SESSION_OPTIONS,
        JsonVariables.of(
            freeChoices.freeOffersFor(workshopDayId(task), task.getAssignee()).stream()
                .map(
                    o -> option(o.label() + " – " + o.placesLeft() + " place(s)", o.workshopCode()))
                .toList()));
  }
}
