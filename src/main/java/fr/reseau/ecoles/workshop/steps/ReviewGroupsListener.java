package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_TEACHERS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REVIEW_DECISION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_MOVES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.maxGroupSize;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.GroupReviewService;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewGroupsAndPaths}: the team's moves, re-checked, and its decision. */
@Component
public class ReviewGroupsListener implements TaskListener {

  private static final String APPROVE = "approve";
  private static final String REPLAN = "replan";

  private final DayPlanningService planning;
  private final GroupReviewService review;

  public ReviewGroupsListener(DayPlanningService planning, GroupReviewService review) {
    this.planning = planning;
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String decision = input.requiredCode(REVIEW_DECISION, List.of(APPROVE, REPLAN));
    List<GroupReviewService.Move> moves =
        input.objectList(TEACHER_MOVES).stream()
            .map(
                r ->
                    new GroupReviewService.Move(
                        r.get(WorkshopDayRows.TEACHER), r.get(WorkshopDayRows.GROUP)))
            .toList();
    review.moveTeachers(workshopDayId(task), moves, maxGroupSize(task));
    task.getExecution().removeVariable(TEACHER_MOVES);
    if (APPROVE.equals(decision)) {
      task.setVariable(DAY_TEACHERS, new ArrayList<>(planning.placedTeachers(workshopDayId(task))));
    }
  }
}
