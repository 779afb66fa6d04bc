package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ValidateRecap}: amendments are required to send the recap back. */
@Component
public class RecapValidationListener implements TaskListener {
  private final VisitDocumentService documents;
  private final PrivateVariables privateVariables;

  public RecapValidationListener(
      VisitDocumentService documents, PrivateVariables privateVariables) {
    this.documents = documents;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    boolean validated = input.requiredBoolean(CdiVisitVariables.RECAP_VALIDATED);
    String amendments =
        validated
            ? input.optionalText(CdiVisitVariables.RECAP_AMENDMENTS, VisitService.MAX_ANSWER_LENGTH)
            : input.requiredText(
                CdiVisitVariables.RECAP_AMENDMENTS, VisitService.MAX_ANSWER_LENGTH);
    documents.answerRecap(
        CdiVisitVariables.visitId(task),
        validated,
        amendments,
        input.optionalBoolean(CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS, false));
    privateVariables.discard(task);
  }
}
