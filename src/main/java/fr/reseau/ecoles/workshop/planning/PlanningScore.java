package fr.reseau.ecoles.workshop.planning;

/**
 * Score of a plan, in the hard/soft style: both numbers are 0 or negative, higher is better; a plan
 * is compared first on {@code hard}, then on {@code soft}.
 *
 * @param hard minus the number of broken must-have rules (reported in the result's lists)
 * @param soft minus the weighted penalties of the wishes (see docs/workshop-planning.md)
 * @param optimal whether the solver proved that no better plan exists for this input
 * @param explanation the same in French, readable by the project team
 */
public record PlanningScore(int hard, int soft, boolean optimal, String explanation) {

  @Override
  public String toString() {
    return hard + "hard/" + soft + "soft";
  }
}
