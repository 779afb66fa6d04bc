package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Output of {@link PathPlanner#plan(PathRequest)}.
 *
 * @param paths one path per group, in the order of the request
 * @param score hard/soft score with its French explanation
 * @param unmetWishes soft wishes not met, as French sentences
 * @param uncoveredGroups groups that could not get a workshop on their own concern, with the reason
 */
public record PathResult(
    List<GroupPath> paths,
    PlanningScore score,
    List<String> unmetWishes,
    List<UncoveredGroup> uncoveredGroups) {

  public PathResult {
    paths = List.copyOf(paths);
    unmetWishes = List.copyOf(unmetWishes);
    uncoveredGroups = List.copyOf(uncoveredGroups);
  }
}
