package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Output of {@link PathPlanner#plan(PathRequest)}.
 *
 * @param paths one path per group, in the order of the request
 * @param score hard/soft score with its French explanation
 * @param unmetWishes soft wishes not met, as French sentences
 * @param uncoveredGroups groups that could not get a workshop on their own concern, with the reason
 * @param bound what was proven: no plan of the request has more groups on their concern (hard) or a
 *     better soft score (equal to the score when it is proven optimal)
 */
public record PathResult(
    List<GroupPath> paths,
    PlanningScore score,
    List<String> unmetWishes,
    List<UncoveredGroup> uncoveredGroups,
    ScoreBound bound) {

  public PathResult {
    paths = List.copyOf(paths);
    unmetWishes = List.copyOf(unmetWishes);
    uncoveredGroups = List.copyOf(uncoveredGroups);
    if (bound == null) {
      bound = score.optimal() ? new ScoreBound(score.hard(), score.soft()) : new ScoreBound(0, 0);
    }
  }

  /** Without a bound: the score itself when it is proven optimal, otherwise the trivial 0/0. */
  public PathResult(
      List<GroupPath> paths,
      PlanningScore score,
      List<String> unmetWishes,
      List<UncoveredGroup> uncoveredGroups) {
    this(paths, score, unmetWishes, uncoveredGroups, null);
  }

  /** Soft points between this plan and the best any plan could do (0 when it reaches the bound). */
  public int gap() {
    return bound.softGap(score);
  }

  /**
   * Whether every group is on its concern wherever that is possible: the plan leaves uncovered only
   * as many groups as the bound proves unavoidable.
   */
  public boolean coverageProven() {
    return bound.hardGap(score) == 0;
  }
}
