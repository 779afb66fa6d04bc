package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareVisit}: stores a visit started on its own, and sets names for the forms. */
@Component
public class PrepareVisitDelegate implements JavaDelegate {
  private final VisitService visits;
  private final ProcessDates dates;

  public PrepareVisitDelegate(VisitService visits, ProcessDates dates) {
    this.visits = visits;
    this.dates = dates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    Object givenVisitId = execution.getVariable(CdiVisitVariables.VISIT_ID);
    if (givenVisitId != null && !(givenVisitId instanceof Number)) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_ID,
          "identifiant de visite numérique attendu, reçu « " + givenVisitId + " ».");
    }
    if (givenVisitId == null) {
      Visit created =
          visits.createStandalone(
              input.requiredText(CdiVisitVariables.NETWORK_ID, 100),
              input.requiredText(CdiVisitVariables.SCHOOL_YEAR, 9),
              input.requiredText(CdiVisitVariables.VISITOR, 100),
              input.requiredText(CdiVisitVariables.HOST, 100),
              input.requiredDate(CdiVisitVariables.VISIT_WINDOW_START),
              input.requiredDate(CdiVisitVariables.VISIT_WINDOW_END));
      execution.setVariable(CdiVisitVariables.VISIT_ID, created.getId());
    }
    VisitService.VisitContext context = visits.context(CdiVisitVariables.visitId(execution));
    Visit visit = context.visit();
    visits.attachProcess(visit.getId(), execution.getProcessInstanceId());
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
    int stallWarningDays =
        ((Number) execution.getVariable(CdiVisitVariables.STALL_WARNING_DAYS)).intValue();
    execution.setVariable(
        CdiVisitVariables.DATE_AGREEMENT_DEADLINE,
        dates.isoDaysBefore(visit.getVisitWindowEnd(), stallWarningDays));
  }
}
