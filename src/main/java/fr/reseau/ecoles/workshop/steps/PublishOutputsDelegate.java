package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import fr.reseau.ecoles.workshop.WorkshopOutputs;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PublishOutputs}: the files, and where to download them. */
@Component
public class PublishOutputsDelegate implements JavaDelegate {

  private final WorkshopOutputs outputs;

  public PublishOutputsDelegate(WorkshopOutputs outputs) {
    this.outputs = outputs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long dayId = workshopDayId(execution);
    execution.setVariable(
        Internal.OUTPUT_FILES,
        JsonVariables.of(
            outputs.publish(dayId).stream()
                .map(
                    o ->
                        Map.of(
                            WorkshopDayRows.KIND,
                            o.getKind(),
                            WorkshopDayRows.FILE_NAME,
                            o.getFileName(),
                            WorkshopDayRows.URL,
                            WorkshopOutputs.downloadPath(dayId, o.getKind())))
                .toList()));
  }
}
