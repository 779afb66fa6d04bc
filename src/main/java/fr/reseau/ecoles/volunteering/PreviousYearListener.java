package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeclareVolunteering} created: for last year's volunteers, the form opens with last
 * year's answers ({@link PreviousYear}), replacing the empty values of the task's input parameters
 * (a multi-instance task's input parameters cannot read its element variable {@code
 * documentaliste}).
 */
@Component
public class PreviousYearListener implements TaskListener {

  private final PreviousYear previousYear;

  public PreviousYearListener(PreviousYear previousYear) {
    this.previousYear = previousYear;
  }

  @Override
  public void notify(DelegateTask task) {
    String member = (String) task.getVariable(CdiTourVariables.DOCUMENTALISTE);
    DelegateExecution execution = task.getExecution();
    String year = previousYear.schoolYear(execution, member);
    if (year == null) {
      return;
    }
    execution.setVariableLocal(CdiTourVariables.PREVIOUS_SCHOOL_YEAR, year);
    execution.setVariableLocal(
        CdiTourVariables.VOLUNTEER_ROLE, previousYear.role(execution, member));
    execution.setVariableLocal(
        CdiTourVariables.PUBLIC_SERVED, previousYear.publicServed(execution, member));
    execution.setVariableLocal(CdiTourVariables.NEEDS, previousYear.needs(execution, member));
    execution.setVariableLocal(
        CdiTourVariables.STRENGTHS, previousYear.strengths(execution, member));
  }
}
