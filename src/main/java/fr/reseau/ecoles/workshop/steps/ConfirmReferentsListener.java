package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONFIRMED_REFERENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REFERENTS_JOIN_POOL;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.ImpressionsService;
import fr.reseau.ecoles.workshop.Referent;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmReferents}. */
@Component
public class ConfirmReferentsListener implements TaskListener {

  private final ImpressionsService impressions;

  public ConfirmReferentsListener(ImpressionsService impressions) {
    this.impressions = impressions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    Long dayId = workshopDayId(task);
    Set<String> proposed =
        impressions.referents(dayId).stream()
            .map(Referent::getTeacherUserId)
            .collect(Collectors.toSet());
    impressions.confirmReferents(
        dayId,
        input.codeList(CONFIRMED_REFERENTS, proposed),
        input.requiredBoolean(REFERENTS_JOIN_POOL));
  }
}
