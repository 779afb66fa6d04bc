package fr.reseau.ecoles.workshop.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * Plans each group's path through the workshop sessions with Choco Solver (constraint programming,
 * branch and bound).
 *
 * <p>Hard rules never broken: a group attends at most one session per slot; the groups attending a
 * session never exceed its capacity; the free-choice slot stays empty. Hard rule that may be
 * impossible: each group attends at least one session on its own concern; a group that cannot is
 * reported in {@link PathResult#uncoveredGroups()} and counts -1 in the hard score (the solver
 * minimises their number first).
 *
 * <p>Soft penalties (minus their sum is the soft score): {@value #IDLE_SLOT_PENALTY} per group and
 * slot without a workshop (the free-choice slot excepted), {@value #SAME_WORKSHOP_AGAIN_PENALTY}
 * each time a group attends a workshop it has already attended.
 *
 * <p>Stateless and thread-safe; the result is deterministic for a given request (see {@link
 * SolverLimits}).
 */
public final class PathPlanner {

  public static final int IDLE_SLOT_PENALTY = 20;
  public static final int SAME_WORKSHOP_AGAIN_PENALTY = 10;

  private final SolverLimits limits;

  public PathPlanner() {
    this(SolverLimits.DEFAULT);
  }

  public PathPlanner(SolverLimits limits) {
    if (limits == null) {
      throw new IllegalArgumentException("Les limites de calcul sont absentes.");
    }
    this.limits = limits;
  }

  /**
   * Plans the paths.
   *
   * @throws IllegalArgumentException with a French message when the request is not valid
   */
  public PathResult plan(PathRequest request) {
    Validation.validate(request);
    List<TeacherGroup> groups = request.groups();
    int slots = request.slotCount();
    Integer free = request.freeChoiceSlot();
    List<WorkshopSession> sessions =
        request.sessions().stream().filter(s -> free == null || s.slot() != free).toList();
    int gCount = groups.size();
    int eCount = sessions.size();
    int plannedSlots = slots - (free == null ? 0 : 1);
    int hardWeight = 1 + gCount * plannedSlots * (IDLE_SLOT_PENALTY + SAME_WORKSHOP_AGAIN_PENALTY);

    int constant = (IDLE_SLOT_PENALTY * plannedSlots + hardWeight) * gCount;

    // 1. A plan at once: the most groups on their concern, then the other slots, then moves.
    PathSearch search = new PathSearch(groups, sessions, slots, free);
    search.cover();
    search.fill();
    search.improve(limits.localSearchMoves());
    int[][] at = search.at;
    int penalty = hardWeight * search.uncovered() + search.softPenalty();
    int hardBound = -(gCount - search.coverageBound);
    int softBound = -search.softBound();
    boolean optimal =
        search.uncovered() == gCount - search.coverageBound && softBound == -search.softPenalty();

    // 2. The exact model, when small enough: a better plan, or the proof that none exists.
    long variables = 0;
    for (TeacherGroup group : groups) {
      for (WorkshopSession s : sessions) if (s.capacity() >= group.size()) variables++;
    }
    if (!optimal && variables <= limits.exactModelMaxVariables()) {
      Solved<PathProblem> solved =
          Solved.minimise(
              () -> build(groups, sessions, slots, free, hardWeight),
              limits,
              penalty - constant - 1);
      if (solved.found()) {
        BoolVar[][] z = solved.problem().z;
        at = new int[gCount][slots + 1];
        for (int[] row : at) java.util.Arrays.fill(row, -1);
        for (int g = 0; g < gCount; g++) {
          for (int e = 0; e < eCount; e++) {
            if (z[g][e] != null && solved.value(z[g][e]) == 1) at[g][sessions.get(e).slot()] = e;
          }
        }
        penalty = solved.objective() + constant;
      }
      optimal = solved.optimal();
    }

    List<GroupPath> paths = new ArrayList<>();
    for (int g = 0; g < gCount; g++) {
      List<PathStep> steps = new ArrayList<>();
      for (int slot = 1; slot <= slots; slot++) {
        if (at[g][slot] < 0) continue;
        WorkshopSession s = sessions.get(at[g][slot]);
        steps.add(new PathStep(slot, s.id(), s.workshopId(), s.concern().strip()));
      }
      paths.add(new GroupPath(groups.get(g).id(), steps));
    }
    return PathExplanation.explain(
        request, paths, optimal, penalty, hardWeight, new ScoreBound(hardBound, softBound));
  }

  private static final class PathProblem extends Solved.Problem {
    final BoolVar[][] z;

    PathProblem(int groups, int sessions) {
      super("parcours-ateliers");
      z = new BoolVar[groups][sessions];
    }
  }

  private static PathProblem build(
      List<TeacherGroup> groups,
      List<WorkshopSession> sessions,
      int slots,
      Integer free,
      int hardWeight) {
    int gCount = groups.size();
    int eCount = sessions.size();
    PathProblem p = new PathProblem(gCount, eCount);
    Model model = p.model;
    BoolVar[][] z = p.z;
    Map<IntVar, Integer> objective = p.objective;
    List<IntVar> decisions = p.decisions;
    List<IntVar> auxiliaries = p.auxiliaries;
    for (int g = 0; g < gCount; g++) {
      TeacherGroup group = groups.get(g);
      String concern = group.concern().strip();
      for (int e = 0; e < eCount; e++) {
        if (sessions.get(e).capacity() >= group.size()) z[g][e] = model.boolVar("z_" + g + "_" + e);
      }
      for (int slot = 1; slot <= slots; slot++) {
        if (free != null && slot == free) continue;
        List<BoolVar> inSlot = new ArrayList<>();
        for (boolean own :
            new boolean[] {true, false}) { // the search tries the group's own concern first
          for (int e = 0; e < eCount; e++) {
            WorkshopSession s = sessions.get(e);
            if (z[g][e] != null && s.slot() == slot && s.concern().strip().equals(concern) == own) {
              inSlot.add(z[g][e]);
            }
          }
        }
        if (inSlot.size() > 1) model.sum(inSlot.toArray(BoolVar[]::new), "<=", 1).post();
        inSlot.forEach(v -> GroupFormer.add(objective, v, -IDLE_SLOT_PENALTY));
        decisions.addAll(inSlot);
      }
      List<BoolVar> ownConcern = new ArrayList<>();
      Map<String, List<BoolVar>> byWorkshop = new LinkedHashMap<>();
      for (int e = 0; e < eCount; e++) {
        if (z[g][e] == null) continue;
        if (sessions.get(e).concern().strip().equals(concern)) ownConcern.add(z[g][e]);
        byWorkshop
            .computeIfAbsent(sessions.get(e).workshopId(), w -> new ArrayList<>())
            .add(z[g][e]);
      }
      // uncovered (hardWeight, in the constant) unless one of its own sessions is attended
      if (!ownConcern.isEmpty()) {
        BoolVar covered = model.sum(ownConcern.toArray(BoolVar[]::new), ">=", 1).reify();
        GroupFormer.add(objective, covered, -hardWeight);
        auxiliaries.add(covered);
      }
      for (List<BoolVar> attended : byWorkshop.values()) {
        if (attended.size() < 2) continue;
        IntVar again = model.intVar("encore_" + g, 0, attended.size() - 1);
        IntVar[] vars = new IntVar[attended.size() + 1];
        int[] coefficients = new int[vars.length];
        for (int j = 0; j < attended.size(); j++) {
          vars[j] = attended.get(j);
          coefficients[j] = 1;
        }
        vars[attended.size()] = again;
        coefficients[attended.size()] = -1;
        model.scalar(vars, coefficients, "<=", 1).post(); // again >= attendances - 1, minimised
        GroupFormer.add(objective, again, SAME_WORKSHOP_AGAIN_PENALTY);
        auxiliaries.add(again);
      }
    }
    for (int e = 0; e < eCount; e++) {
      List<IntVar> vars = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      for (int g = 0; g < gCount; g++) {
        if (z[g][e] != null) {
          vars.add(z[g][e]);
          sizes.add(groups.get(g).size());
        }
      }
      if (!vars.isEmpty()) {
        model
            .scalar(
                vars.toArray(IntVar[]::new),
                sizes.stream().mapToInt(Integer::intValue).toArray(),
                "<=",
                sessions.get(e).capacity())
            .post();
      }
    }

    return p;
  }
}
