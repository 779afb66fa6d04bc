package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PreVisitVisitor} and {@code Task_PreVisitHost}. */
@Component
public class PreVisitListener implements TaskListener {
  private final VisitDocumentService documents;
  private final PrivateVariables privateVariables;

  public PreVisitListener(VisitDocumentService documents, PrivateVariables privateVariables) {
    this.documents = documents;
    this.privateVariables = privateVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = privateVariables.input(task);
    if ("Task_PreVisitHost".equals(task.getTaskDefinitionKey())) {
      documents.submitPreVisit(
          CdiVisitVariables.visitId(task),
          PreVisitDocument.Side.HOST,
          Actors.of(task),
          input.requiredText(CdiVisitVariables.HOST_EXPECTATIONS, VisitService.MAX_ANSWER_LENGTH),
          input.requiredText(CdiVisitVariables.HOST_WISHES_TO_SHOW, VisitService.MAX_ANSWER_LENGTH),
          input.optionalText(CdiVisitVariables.HOST_QUESTIONS, VisitService.MAX_ANSWER_LENGTH),
          input.requiredText(
              CdiVisitVariables.HOST_PUBLIC_DESCRIPTION, VisitService.MAX_ANSWER_LENGTH),
          input.optionalText(CdiVisitVariables.HOST_CONSTRAINTS, VisitService.MAX_ANSWER_LENGTH));
    } else {
      documents.submitPreVisit(
          CdiVisitVariables.visitId(task),
          PreVisitDocument.Side.VISITOR,
          Actors.of(task),
          input.requiredText(
              CdiVisitVariables.VISITOR_EXPECTATIONS, VisitService.MAX_ANSWER_LENGTH),
          input.requiredText(
              CdiVisitVariables.VISITOR_WISHES_TO_SEE, VisitService.MAX_ANSWER_LENGTH),
          input.optionalText(CdiVisitVariables.VISITOR_QUESTIONS, VisitService.MAX_ANSWER_LENGTH),
          null,
          null);
    }
    privateVariables.discard(task);
  }
}
