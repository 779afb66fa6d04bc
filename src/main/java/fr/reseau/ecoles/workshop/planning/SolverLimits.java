package fr.reseau.ecoles.workshop.planning;

import java.time.Duration;

/**
 * Bounds on the solver's search. The search is deterministic: it stops after {@code failLimit}
 * failures (a deterministic bound, the one that normally applies), or after {@code timeLimit} as a
 * safety net on a slow machine; only in that last case may two runs on the same input differ. A
 * search that ends on its own proves the optimum ({@link PlanningScore#optimal()}).
 *
 * <p>Every request is first planned by a fast greedy construction improved by local search (at most
 * {@code localSearchMoves} evaluated moves, memory linear in the input); the exact constraint model
 * (Choco Solver, branch and bound, then large neighbourhood search) then tries to improve it or
 * prove it optimal when it has at most {@code exactModelMaxVariables} 0/1 decision variables
 * (teacher × candidate group, group × session): that bounds its memory and time.
 *
 * @param timeLimit safety net on the whole search
 * @param failLimit failures of the exact model (a quarter for the proof, the rest for the LNS)
 * @param exactModelMaxVariables largest exact model built; 0 never builds one
 * @param localSearchMoves moves the local search may evaluate
 */
public record SolverLimits(
    Duration timeLimit, long failLimit, int exactModelMaxVariables, long localSearchMoves) {

  /** Exact model up to 1,000 decision variables (a school of about 150 teachers). */
  public static final int DEFAULT_EXACT_MODEL_MAX_VARIABLES = 1_000;

  /** About a second of local search on a 500-teacher day. */
  public static final long DEFAULT_LOCAL_SEARCH_MOVES = 20_000_000;

  /**
   * 20 s at most (a safety net), 60 000 failures: a few seconds for a school of 60 teachers,
   * instant for small inputs; exact model and local search at their defaults.
   */
  public static final SolverLimits DEFAULT = new SolverLimits(Duration.ofSeconds(20), 60_000);

  public SolverLimits {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("La durée maximale de calcul doit être positive.");
    }
    if (failLimit < 1) {
      throw new IllegalArgumentException("La limite d'échecs de la recherche doit être positive.");
    }
    if (exactModelMaxVariables < 0) {
      throw new IllegalArgumentException(
          "La taille maximale du modèle exact ne peut pas être négative.");
    }
    if (localSearchMoves < 0) {
      throw new IllegalArgumentException(
          "Le nombre de mouvements de la recherche locale ne peut pas être négatif.");
    }
  }

  /** The exact model and the local search at their defaults. */
  public SolverLimits(Duration timeLimit, long failLimit) {
    this(timeLimit, failLimit, DEFAULT_EXACT_MODEL_MAX_VARIABLES, DEFAULT_LOCAL_SEARCH_MOVES);
  }
}
