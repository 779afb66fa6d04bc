package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Output of {@link GroupFormer#form(GroupingRequest)}.
 *
 * @param groups the groups, every one of size at most the maximum and sharing its concern
 * @param unplaced every teacher of the request who is in no group, with the reason
 * @param score hard/soft score with its French explanation
 * @param unmetWishes the soft wishes the plan could not meet, as French sentences
 * @param bound what was proven: no plan of the request scores better (equal to the score when it is
 *     proven optimal)
 */
public record GroupingResult(
    List<TeacherGroup> groups,
    List<UnplacedTeacher> unplaced,
    PlanningScore score,
    List<String> unmetWishes,
    ScoreBound bound) {

  public GroupingResult {
    groups = List.copyOf(groups);
    unplaced = List.copyOf(unplaced);
    unmetWishes = List.copyOf(unmetWishes);
    if (bound == null) bound = new ScoreBound(score.hard(), score.optimal() ? score.soft() : 0);
  }

  /** Without a bound: the score itself when it is proven optimal, otherwise the trivial 0. */
  public GroupingResult(
      List<TeacherGroup> groups,
      List<UnplacedTeacher> unplaced,
      PlanningScore score,
      List<String> unmetWishes) {
    this(groups, unplaced, score, unmetWishes, null);
  }

  /** Soft points between this plan and the best any plan could do (0: proven optimal). */
  public int gap() {
    return bound.softGap(score);
  }
}
