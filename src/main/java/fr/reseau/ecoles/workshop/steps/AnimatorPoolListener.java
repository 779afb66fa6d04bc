package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_POOL;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.nullToEmpty;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.Animator;
import fr.reseau.ecoles.workshop.AnimatorPoolService;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssignAnimators} (create): the académie's pool, as a table (with each animator's
 * network) and as options (another network's animator is labelled with that network).
 */
@Component
public class AnimatorPoolListener implements TaskListener {

  private final WorkshopDayService days;
  private final AnimatorPoolService animators;

  public AnimatorPoolListener(WorkshopDayService days, AnimatorPoolService animators) {
    this.days = days;
    this.animators = animators;
  }

  @Override
  public void notify(DelegateTask task) {
    String networkId = days.require(workshopDayId(task)).getNetworkId();
    List<Animator> pool = animators.pool(networkId);
    Map<String, String> networks = animators.academyNetworks(networkId);
    task.setVariableLocal(
        ANIMATOR_POOL,
        JsonVariables.of(
            pool.stream()
                .map(
                    a ->
                        Map.of(
                            WorkshopDayRows.FULL_NAME,
                            a.getFullName(),
                            WorkshopDayRows.ESTABLISHMENT,
                            nullToEmpty(a.getEstablishment()),
                            WorkshopDayRows.CONCERNS,
                            String.join(", ", AnimatorPoolService.splitConcerns(a.getConcerns())),
                            WorkshopDayRows.LAST_DAY,
                            a.getLastDayDate() == null ? "" : a.getLastDayDate().toString(),
                            WorkshopDayRows.NETWORK_NAME,
                            networks.getOrDefault(a.getNetworkId(), "")))
                .toList()));
    task.setVariableLocal(
        ANIMATOR_OPTIONS,
        JsonVariables.of(
            pool.stream()
                .map(
                    a ->
                        option(
                            a.getFullName()
                                + " ("
                                + nullToEmpty(a.getEstablishment())
                                + (a.getNetworkId().equals(networkId)
                                    ? ""
                                    : ", " + networks.getOrDefault(a.getNetworkId(), ""))
                                + ")",
                            String.valueOf(a.getId())))
                .toList()));
  }
}
