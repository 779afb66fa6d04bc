package fr.reseau.ecoles.workshop.planning;

import java.time.Duration;

/**
 * Bounds on the solver's search. The search is deterministic: it stops after {@code failLimit}
 * failures (a deterministic bound, the one that normally applies), or after {@code timeLimit} as a
 * safety net on a slow machine; only in that last case may two runs on the same input differ. A
 * search that ends on its own proves the optimum ({@link PlanningScore#optimal()}).
 */
public record SolverLimits(Duration timeLimit, long failLimit) {

  /**
   * 20 s at most (a safety net), 60 000 failures: a few seconds for a school of 60 teachers,
   * instant for small inputs.
   */
  public static final SolverLimits DEFAULT = new SolverLimits(Duration.ofSeconds(20), 60_000);

  public SolverLimits {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("La durée maximale de calcul doit être positive.");
    }
    if (failLimit < 1) {
      throw new IllegalArgumentException("La limite d'échecs de la recherche doit être positive.");
    }
  }
}
