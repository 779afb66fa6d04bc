package fr.reseau.ecoles.workshop.planning;

/**
 * What the planner proved about the input: no plan of it scores better than {@code hard}/{@code
 * soft}, compared as scores are (hard first, then soft). A plan scoring exactly the bound is
 * optimal; otherwise the distance is the gap still open (the plan may be optimal all the same: the
 * bound, from counting arguments, is not always reachable).
 *
 * @param hard best hard score possible (0 or negative)
 * @param soft best soft score possible (0 or negative)
 */
public record ScoreBound(int hard, int soft) {

  /** Points between the plan's soft score and the bound (0 when the plan reaches it). */
  public int softGap(PlanningScore score) {
    return Math.max(0, soft - score.soft());
  }

  /** Broken hard rules the bound does not prove unavoidable (0 when the plan reaches it). */
  public int hardGap(PlanningScore score) {
    return Math.max(0, hard - score.hard());
  }

  @Override
  public String toString() {
    return hard + "hard/" + soft + "soft";
  }
}
