package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.workshop.planning.SolverLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.workshop-planning.*} (application.yaml, docs/workshop-planning.md): the limits of the
 * groups' and paths' search ({@link SolverLimits}); each missing one keeps its default.
 *
 * @param timeLimit safety net on one search (20 s)
 * @param failLimit failures of the exact model (60 000)
 * @param exactModelMaxVariables largest exact model built, in 0/1 decision variables (1 000)
 * @param localSearchMoves moves the local search may evaluate (20 000 000)
 */
@ConfigurationProperties(prefix = "app.workshop-planning")
public record PlanningSettings(
    Duration timeLimit, Long failLimit, Integer exactModelMaxVariables, Long localSearchMoves) {

  public PlanningSettings {
    SolverLimits d = SolverLimits.DEFAULT;
    timeLimit = timeLimit == null ? d.timeLimit() : timeLimit;
    failLimit = failLimit == null ? d.failLimit() : failLimit;
    exactModelMaxVariables =
        exactModelMaxVariables == null ? d.exactModelMaxVariables() : exactModelMaxVariables;
    localSearchMoves = localSearchMoves == null ? d.localSearchMoves() : localSearchMoves;
  }

  /** The limits the solvers take (an invalid setting fails with a French message at start-up). */
  public SolverLimits limits() {
    return new SolverLimits(timeLimit, failLimit, exactModelMaxVariables, localSearchMoves);
  }
}
