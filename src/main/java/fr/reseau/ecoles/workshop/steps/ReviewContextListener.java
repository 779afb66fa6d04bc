package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_TEACHER_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.GROUPS_TABLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.GROUP_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLANNING_REPORT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REVIEW_DECISION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_MOVES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;
import static fr.reseau.ecoles.workshop.steps.StepForms.option;

import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.GroupReviewService;
import fr.reseau.ecoles.workshop.InvitationService;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayRows;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewGroupsAndPaths} (create): the plan as it stands, for the team. */
@Component
public class ReviewContextListener implements TaskListener {

  private final WorkshopDayService days;
  private final DayPlanningService planning;
  private final InvitationService invitations;
  private final GroupReviewService review;

  public ReviewContextListener(
      WorkshopDayService days,
      DayPlanningService planning,
      InvitationService invitations,
      GroupReviewService review) {
    this.days = days;
    this.planning = planning;
    this.invitations = invitations;
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    Long dayId = workshopDayId(task);
    WorkshopDay day = days.require(dayId);
    Map<String, String> names =
        planning.participants(dayId).stream()
            .collect(Collectors.toMap(Participant::getTeacherUserId, Participant::getDisplayName));
    task.setVariableLocal(
        GROUPS_TABLE,
        JsonVariables.of(
            planning.groups(dayId).stream()
                .map(
                    g ->
                        Map.of(
                            WorkshopDayRows.GROUP,
                            g.getCode(),
                            WorkshopDayRows.CONCERN,
                            g.getConcern(),
                            WorkshopDayRows.MEMBERS,
                            DayPlanningService.members(g).stream()
                                .map(t -> names.getOrDefault(t, t))
                                .collect(Collectors.joining(", ")),
                            WorkshopDayRows.CATALYST,
                            g.getCatalystUserId() == null
                                ? "—"
                                : names.getOrDefault(g.getCatalystUserId(), g.getCatalystUserId()),
                            WorkshopDayRows.PATH,
                            invitations.pathText(day, g)))
                .toList()));
    StepForms.forget(task, REVIEW_DECISION, TEACHER_MOVES);
    task.setVariableLocal(
        PLANNING_REPORT,
        review.planningReport(
            dayId,
            task.getVariable(Internal.GROUPING_EXPLANATION),
            task.getVariable(Internal.PATH_EXPLANATION)));
    task.setVariableLocal(
        DAY_TEACHER_OPTIONS,
        JsonVariables.of(
            planning.participants(dayId).stream()
                .map(
                    p ->
                        option(
                            p.getDisplayName()
                                + (p.getGroupCode() == null
                                    ? " (sans groupe)"
                                    : " (" + p.getGroupCode() + ")"),
                            p.getTeacherUserId()))
                .toList()));
    task.setVariableLocal(
        GROUP_OPTIONS,
        JsonVariables.of(
            planning.groups(dayId).stream()
                .map(g -> option(g.getCode() + " – " + g.getConcern(), g.getCode()))
                .toList()));
  }
}
