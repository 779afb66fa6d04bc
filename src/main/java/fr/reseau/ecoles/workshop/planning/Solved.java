package fr.reseau.ecoles.workshop.planning;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

import java.util.List;
import java.util.Map;

/** Runs Choco's branch and bound on a linear objective and keeps the best solution (package-private). */
final class Solved {

    private final Solution best;
    private final boolean optimal;
    private final int objective;

    private Solved(Solution best, boolean optimal, int objective) {
        this.best = best;
        this.optimal = optimal;
        this.objective = objective;
    }

    /**
     * Minimises sum(coefficient × variable) over the model. The search branches on {@code decisions} in the given
     * order, trying their upper bound first (so the first solution is a sensible greedy one), then on the
     * auxiliaries (normally fixed by propagation). No randomness: the run is deterministic.
     */
    static Solved minimise(Model model, Map<IntVar, Integer> objectiveTerms, List<IntVar> decisions,
                           List<IntVar> auxiliaries, SolverLimits limits) {
        IntVar[] vars = objectiveTerms.keySet().toArray(IntVar[]::new);
        int[] coefficients = objectiveTerms.values().stream().mapToInt(Integer::intValue).toArray();
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
        IntVar objective = model.intVar("penalite", (int) lb, (int) ub);
        if (vars.length == 0) {
            model.arithm(objective, "=", 0).post();
        } else {
            model.scalar(vars, coefficients, "=", objective).post();
        }
        model.setObjective(Model.MINIMIZE, objective);
        Solver solver = model.getSolver();
        IntVar[] rest = auxiliaries.toArray(IntVar[]::new);
        if (decisions.isEmpty()) {
            solver.setSearch(Search.inputOrderLBSearch(append(rest, objective)));
        } else {
            solver.setSearch(Search.inputOrderUBSearch(decisions.toArray(IntVar[]::new)),
                    Search.inputOrderLBSearch(append(rest, objective)));
        }
        solver.limitTime(limits.timeLimit().toMillis());
        solver.limitFail(limits.failLimit());
        Solution best = new Solution(model);
        boolean found = false;
        int value = 0;
        while (solver.solve()) {
            best.record();
            value = objective.getValue();
            found = true;
        }
        if (!found) {
            // The models always admit a solution (everyone in a group of their first concern / empty paths):
            // only a limit reached before the first one ends here.
            throw new IllegalStateException("Aucun plan trouvé dans les limites de calcul ("
                    + limits.timeLimit().toMillis() + " ms, " + limits.failLimit() + " échecs).");
        }
        return new Solved(best, !solver.isStopCriterionMet(), value);
    }

    private static IntVar[] append(IntVar[] vars, IntVar last) {
        IntVar[] all = java.util.Arrays.copyOf(vars, vars.length + 1);
        all[vars.length] = last;
        return all;
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
