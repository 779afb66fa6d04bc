package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_MOVES;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project team's review of the plan (Task_ReviewGroupsAndPaths): the report it reads, and its
 * moves of teachers between groups, re-checked.
 */
@Service
@Transactional
public class GroupReviewService {

  private final WorkshopDayService days;
  private final WorkshopRepository workshops;
  private final DayGroupRepository groups;
  private final ParticipantRepository participants;
  private final FreeChoiceService freeChoices;

  public GroupReviewService(
      WorkshopDayService days,
      WorkshopRepository workshops,
      DayGroupRepository groups,
      ParticipantRepository participants,
      FreeChoiceService freeChoices) {
    this.days = days;
    this.workshops = workshops;
    this.groups = groups;
    this.participants = participants;
    this.freeChoices = freeChoices;
  }

  /** A teacher moved by the project team. */
  public record Move(String teacher, String group) {}

  /**
   * Task_ReviewGroupsAndPaths: moves re-checked against the hard rules (group size, shared concern,
   * capacity of every session on the target group's path). A group left empty is removed.
   */
  public void moveTeachers(Long workshopDayId, List<Move> moves, int maxGroupSize) {
    Map<String, DayGroup> byCode =
        groups.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .collect(Collectors.toMap(DayGroup::getCode, g -> g));
    Map<String, QuestionnaireAnswer> answers =
        days.answers(workshopDayId).stream()
            .collect(Collectors.toMap(QuestionnaireAnswer::getTeacherUserId, Function.identity()));
    Map<String, Workshop> workshopByCode =
        workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .collect(Collectors.toMap(Workshop::getCode, w -> w));
    int row = 0;
    for (Move move : moves) {
      row++;
      String where = "ligne " + row + " : ";
      Participant participant =
          move.teacher() == null
              ? null
              : participants
                  .findByWorkshopDayIdAndTeacherUserId(workshopDayId, move.teacher())
                  .orElse(null);
      DayGroup target = move.group() == null ? null : byCode.get(move.group());
      if (participant == null || target == null) {
        throw new InvalidInputException(
            TEACHER_MOVES, where + "choisissez un enseignant de la journée et un groupe existant.");
      }
      if (target.getCode().equals(participant.getGroupCode())) {
        continue;
      }
      if (!QuestionnaireService.rankedConcerns(answers.get(move.teacher()))
          .contains(target.getConcern())) {
        throw new InvalidInputException(
            TEACHER_MOVES,
            where
                + participant.getDisplayName()
                + " n'a pas cité « "
                + target.getConcern()
                + " », la préoccupation du groupe "
                + target.getCode()
                + ".");
      }
      if (DayPlanningService.members(target).size() + 1 > maxGroupSize) {
        throw new InvalidInputException(
            TEACHER_MOVES,
            where
                + "le groupe "
                + target.getCode()
                + " compterait plus de "
                + maxGroupSize
                + " enseignants.");
      }
      for (var step : target.steps().entrySet()) {
        Workshop workshop = workshopByCode.get(step.getValue());
        int attendance =
            1
                + byCode.values().stream()
                    .filter(g -> step.getValue().equals(g.steps().get(step.getKey())))
                    .mapToInt(g -> DayPlanningService.members(g).size())
                    .sum();
        if (workshop != null && attendance > workshop.getCapacity()) {
          throw new InvalidInputException(
              TEACHER_MOVES,
              where
                  + "l'atelier "
                  + workshop.getCode()
                  + " du créneau "
                  + step.getKey()
                  + " dépasserait sa capacité ("
                  + workshop.getCapacity()
                  + " places).");
        }
      }
      DayGroup source =
          participant.getGroupCode() == null ? null : byCode.get(participant.getGroupCode());
      if (source != null) {
        source.memberLeft(move.teacher(), t -> answers.get(t).isCatalyst());
        if (source.members().isEmpty()) {
          groups.delete(source);
          byCode.remove(source.getCode());
        }
      }
      target.memberJoined(move.teacher(), answers.get(move.teacher()).isCatalyst());
      participant.movedTo(target.getCode());
    }
  }

  /**
   * The plan's report for the team (markdown, in French): the solvers' explanations, then the
   * points to look at (the planning's notes, the free choices not made).
   */
  @Transactional(readOnly = true)
  public String planningReport(
      Long workshopDayId, Object groupingExplanation, Object pathExplanation) {
    StringBuilder text = new StringBuilder();
    // The solver's explanations start with the score itself.
    text.append("**Groupes** : ").append(groupingExplanation).append("\n\n");
    text.append("**Parcours** : ").append(pathExplanation).append("\n");
    List<String> lines = new ArrayList<>();
    String notes = days.require(workshopDayId).getPlanningNotes();
    if (notes != null && !notes.isBlank()) {
      lines.addAll(List.of(notes.split("\n")));
    }
    List<String> missingChoices = freeChoices.missingFreeChoices(workshopDayId);
    if (!missingChoices.isEmpty()) {
      lines.add("Atelier libre non choisi : " + String.join(", ", missingChoices) + ".");
    }
    if (!lines.isEmpty()) {
      text.append("\n**Points à regarder** :\n");
      lines.forEach(l -> text.append("\n- ").append(l));
    }
    return text.toString();
  }
}
