package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Output of {@link GroupFormer#form(GroupingRequest)}.
 *
 * @param groups the groups, every one of size at most the maximum and sharing its concern
 * @param unplaced every teacher of the request who is in no group, with the reason
 * @param score hard/soft score with its French explanation
 * @param unmetWishes the soft wishes the plan could not meet, as French sentences
 */
public record GroupingResult(
    List<TeacherGroup> groups,
    List<UnplacedTeacher> unplaced,
    PlanningScore score,
    List<String> unmetWishes) {

  public GroupingResult {
    groups = List.copyOf(groups);
    unplaced = List.copyOf(unplaced);
    unmetWishes = List.copyOf(unmetWishes);
  }
}
