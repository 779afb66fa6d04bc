package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PROGRESS;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReportProgress} completed: the référent's report is stored for the IA-IPR and the
 * group; the task-local answer is not kept in the process.
 */
@Component
public class ReportProgressListener implements TaskListener {

  private final ProductionService service;

  public ReportProgressListener(ProductionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String progress = FormInput.of(task).requiredText(PROGRESS, 4000);
    service.reportProgress(
        ProductionPublicationVariables.productionId(task), task.getAssignee(), progress);
  }
}
