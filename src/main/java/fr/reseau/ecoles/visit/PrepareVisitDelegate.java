package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareVisit}: stores a visit started on its own, and sets names for the forms. */
@Component
public class PrepareVisitDelegate implements JavaDelegate {
  private final VisitSetUp setUp;

  public PrepareVisitDelegate(VisitSetUp setUp) {
    this.setUp = setUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VisitSetUp.Prepared prepared =
        setUp.prepare(
            execution.getVariable(CdiVisitVariables.VISIT_ID),
            FormInput.of(execution),
            execution.getProcessInstanceId(),
            execution.getVariable(CdiVisitVariables.STALL_WARNING_DAYS));
    prepared
        .createdVisitId()
        .ifPresent(id -> execution.setVariable(CdiVisitVariables.VISIT_ID, id));
    VisitService.VisitContext context = prepared.context();
    Visit visit = prepared.visit();
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(visit.businessKey());
    }
    execution.setVariable(CdiVisitVariables.VISITOR, visit.getVisitorUserId());
    execution.setVariable(CdiVisitVariables.HOST, visit.getHostUserId());
    execution.setVariable(CdiVisitVariables.VISITOR_NAME, context.visitor().fullName());
    execution.setVariable(CdiVisitVariables.HOST_NAME, context.host().fullName());
    execution.setVariable(
        CdiVisitVariables.VISITOR_ESTABLISHMENT_NAME, context.visitorEstablishment().getName());
    execution.setVariable(
        CdiVisitVariables.HOST_ESTABLISHMENT_NAME, context.hostEstablishment().getName());
    execution.setVariable(CdiVisitVariables.HOST_TOWN, context.hostEstablishment().getTown());
    execution.setVariable(
        CdiVisitVariables.VISITOR_PRINCIPAL, context.visitorEstablishment().getPrincipalUserId());
    execution.setVariable(
        CdiVisitVariables.VISIT_WINDOW_START, visit.getVisitWindowStart().toString());
    execution.setVariable(CdiVisitVariables.VISIT_WINDOW_END, visit.getVisitWindowEnd().toString());
    execution.setVariable(
        CdiVisitVariables.DATE_AGREEMENT_DEADLINE, prepared.dateAgreementDeadline());
    execution.setVariable(
        CdiVisitVariables.Internal.PPCR_DATE,
        visit.getPpcrDate() == null ? null : visit.getPpcrDate().toString());
  }
}
