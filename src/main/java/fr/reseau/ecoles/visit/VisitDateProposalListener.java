package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ProposeVisitDate}: a date in the window, on a school day of both schools. */
@Component
public class VisitDateProposalListener implements TaskListener {
  private final VisitService visits;

  public VisitDateProposalListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LocalDate date = input.requiredDate(CdiVisitVariables.VISIT_DATE);
    String halfDay = input.requiredCode(CdiVisitVariables.VISIT_HALF_DAY, VisitService.HALF_DAYS);
    visits.proposeDate(CdiVisitVariables.visitId(task), Actors.of(task), date, halfDay);
    task.setVariable(CdiVisitVariables.VISIT_DATE, date.toString());
    CdiVisitVariables.clear(
        task,
        CdiVisitVariables.VISIT_DATE_ACCEPTED,
        CdiVisitVariables.MISSION_ORDER_SIGNED,
        CdiVisitVariables.MISSION_ORDER_REF,
        CdiVisitVariables.VISIT_HELD,
        CdiVisitVariables.DATE_REFUSAL_COMMENT,
        CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON,
        CdiVisitVariables.VISIT_NOT_HELD_REASON,
        CdiVisitVariables.STALLED_DECISION,
        CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
        CdiVisitVariables.STALLED_COMMENT);
  }
}
