package fr.reseau.ecoles.workshop.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.loop.lns.INeighborFactory;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * Runs Choco on a linear objective to minimise and keeps the best solution (package-private).
 *
 * <p>Phase 1 is a complete branch and bound limited to a quarter of the failure budget: when it
 * ends on its own, the optimum is proven. Otherwise phase 2 runs a large neighbourhood search (LNS:
 * relax a random part of the plan, re-optimise the rest by branch and bound, restart every {@value
 * #LNS_FAILS_PER_NEIGHBOURHOOD} failures) with the rest of the budget on a fresh copy of the model,
 * and the better of both plans is kept. The random neighbourhoods use a fixed seed, and both phases
 * stop on failure counts: the run is deterministic (unless the time limit, a safety net, is reached
 * first).
 */
final class Solved<P extends Solved.Problem> {

  static final long SEED = 20_261_122L;
  static final int LNS_FAILS_PER_NEIGHBOURHOOD = 200;

  /**
   * A model to minimise: sum(coefficient × variable); the search branches on the decisions, upper
   * bound first.
   */
  static class Problem {
    final Model model;
    final Map<IntVar, Integer> objective = new LinkedHashMap<>();
    final List<IntVar> decisions = new ArrayList<>();
    final List<IntVar> auxiliaries = new ArrayList<>();

    Problem(String name) {
      this.model = new Model(name);
    }

    void penalise(IntVar var, int coefficient) {
      objective.merge(var, coefficient, Integer::sum);
    }
  }

  private final P problem;
  private final Solution best;
  private final boolean optimal;
  private final int objective;

  private Solved(P problem, Solution best, boolean optimal, int objective) {
    this.problem = problem;
    this.best = best;
    this.optimal = optimal;
    this.objective = objective;
  }

  static <P extends Problem> Solved<P> minimise(Supplier<P> builder, SolverLimits limits) {
    Solved<P> better = minimise(builder, limits, Integer.MAX_VALUE);
    if (better.best == null) {
      // The models always admit a solution (everyone in a group of their best concern, empty
      // paths): only a time limit reached before the first one ends here.
      throw new IllegalStateException(
          "Aucun plan trouvé dans les limites de calcul ("
              + limits.timeLimit().toMillis()
              + " ms, "
              + limits.failLimit()
              + " échecs).");
    }
    return better;
  }

  /**
   * Looks for a plan whose objective is at most {@code cutoff} (a plan already known is {@code
   * cutoff + 1}). The result may hold no plan ({@link #found()} false): then, when {@link
   * #optimal()} is true, the complete search proved that no plan beats the known one.
   */
  static <P extends Problem> Solved<P> minimise(
      Supplier<P> builder, SolverLimits limits, int cutoff) {
    long deadline = System.nanoTime() + limits.timeLimit().toNanos();
    long proofFails = Math.max(1, limits.failLimit() / 4);
    Solved<P> complete = run(builder.get(), proofFails, deadline, false, cutoff);
    if (complete.optimal) {
      return complete;
    }
    Solved<P> lns =
        run(builder.get(), Math.max(1, limits.failLimit() - proofFails), deadline, true, cutoff);
    if (complete.best == null) return lns;
    if (lns.best != null && lns.objective < complete.objective) return lns;
    return complete;
  }

  private static <P extends Problem> Solved<P> run(
      P p, long fails, long deadline, boolean lns, int cutoff) {
    IntVar[] vars = p.objective.keySet().toArray(IntVar[]::new);
    int[] coefficients = p.objective.values().stream().mapToInt(Integer::intValue).toArray();
    long lb = 0;
    long ub = 0;
    for (int j = 0; j < vars.length; j++) {
      long a = (long) coefficients[j] * vars[j].getLB();
      long b = (long) coefficients[j] * vars[j].getUB();
      lb += Math.min(a, b);
      ub += Math.max(a, b);
    }
    if (lb < Integer.MIN_VALUE / 2 || ub > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("La demande est trop grande pour être planifiée.");
    }
    Model model = p.model;
    if (cutoff < lb) {
      // nothing can be below the model's own bound: the known plan is optimal
      return new Solved<>(p, null, !lns, 0);
    }
    IntVar objective = model.intVar("penalite", (int) lb, (int) Math.min(ub, cutoff));
    if (vars.length == 0) {
      model.arithm(objective, "=", 0).post();
    } else {
      model.scalar(vars, coefficients, "=", objective).post();
    }
    model.setObjective(Model.MINIMIZE, objective);
    Solver solver = model.getSolver();
    IntVar[] rest = Arrays.copyOf(p.auxiliaries.toArray(IntVar[]::new), p.auxiliaries.size() + 1);
    rest[rest.length - 1] = objective;
    IntVar[] decisions = p.decisions.toArray(IntVar[]::new);
    if (decisions.length == 0) {
      solver.setSearch(Search.inputOrderLBSearch(rest));
    } else {
      solver.setSearch(Search.inputOrderUBSearch(decisions), Search.inputOrderLBSearch(rest));
      if (lns) {
        solver.setLNS(
            INeighborFactory.random(SEED, decisions),
            new FailCounter(model, LNS_FAILS_PER_NEIGHBOURHOOD));
      }
    }
    long remainingMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    solver.limitTime(remainingMs);
    solver.limitFail(fails);
    Solution best = new Solution(model);
    boolean found = false;
    int value = 0;
    while (solver.solve()) {
      best.record();
      value = objective.getValue();
      found = true;
    }
    return new Solved<>(p, found ? best : null, !lns && !solver.isStopCriterionMet(), value);
  }

  boolean found() {
    return best != null;
  }

  P problem() {
    return problem;
  }

  int value(IntVar var) {
    return best.getIntVal(var);
  }

  boolean optimal() {
    return optimal;
  }

  int objective() {
    return objective;
  }
}
