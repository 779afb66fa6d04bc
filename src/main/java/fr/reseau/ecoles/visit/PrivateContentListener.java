package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.privacy.PrivateVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the create event of the two teachers' tasks that show or prefill private answers: the answers
 * of this visit, read from the database, as variables of that task only. Nobody else's task, nor
 * the process, holds them.
 */
@Component
public class PrivateContentListener implements TaskListener {
  private final VisitDocumentService documents;
  private final PrivateVariables privateVariables;

  public PrivateContentListener(VisitDocumentService documents, PrivateVariables privateVariables) {
    this.documents = documents;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    documents
        .privateContentForTask(
            CdiVisitVariables.visitId(task),
            task.getProcessInstanceId(),
            task.getAssignee(),
            task.getId())
        .forEach(
            (name, value) -> {
              if (!privateVariables.isPrivate(name)) {
                throw new IllegalStateException(
                    name + " is missing from app.privacy.private-variables");
              }
              task.setVariableLocal(
                  name, value instanceof List<?> list ? JsonVariables.of(list) : value);
            });
  }
}
