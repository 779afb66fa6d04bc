package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.privacy.PrivateVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_WriteRecap}: the recap; each rewrite is kept as a new version. */
@Component
public class RecapListener implements TaskListener {
  private final VisitDocumentService documents;
  private final PrivateVariables privateVariables;

  public RecapListener(VisitDocumentService documents, PrivateVariables privateVariables) {
    this.documents = documents;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    documents.writeRecap(
        CdiVisitVariables.visitId(task),
        input.requiredText(CdiVisitVariables.RECAP_EXCHANGES, VisitService.MAX_ANSWER_LENGTH),
        input.requiredText(
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, VisitService.MAX_ANSWER_LENGTH),
        input.requiredText(
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, VisitService.MAX_ANSWER_LENGTH),
        input.optionalText(CdiVisitVariables.RECAP_ACTIONS, VisitService.MAX_ANSWER_LENGTH),
        input.codeList(CdiVisitVariables.RECAP_TRAINING_NEEDS, Theme.codes()),
        input.optionalBoolean(CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS, false));
    CdiVisitVariables.clear(task, CdiVisitVariables.RECAP_VALIDATED);
    privateVariables.discard(task);
  }
}
