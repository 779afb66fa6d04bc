package fr.reseau.ecoles.workshop.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * Forms the groups of teachers of a workshop day with Choco Solver (constraint programming, branch
 * and bound).
 *
 * <p>Hard rules (never broken): at most {@code maxGroupSize} teachers per group; a group's concern
 * is one of the chosen concerns and one of the concerns of each of its members; a concern has at
 * most ⌈n/max⌉ groups, n being the number of teachers who cite it; every teacher citing a chosen
 * concern is placed. A teacher citing none is reported in {@link GroupingResult#unplaced()}, and
 * counts -1 in the hard score.
 *
 * <p>Soft penalties (minimised, their sum is minus the soft score): {@value #GROUP_PENALTY} per
 * group (fewer, fuller groups), {@value #NO_CATALYST_PENALTY} per group without a catalyst, {@value
 * #CONCERN_RANK_PENALTY} per rank of the group's concern in the member's list of chosen concerns (0
 * for the first), {@value #SAME_DISCIPLINE_PENALTY} per member whose discipline is already in the
 * group, and {@value #SAME_DIGITAL_EASE_PENALTY} per member whose digital ease, {@value
 * #SAME_SENIORITY_BAND_PENALTY} per member whose seniority band is already in the group.
 *
 * <p>Stateless and thread-safe; the result is deterministic for a given request (see {@link
 * SolverLimits}).
 */
public final class GroupFormer {

  public static final int GROUP_PENALTY = 100;
  public static final int NO_CATALYST_PENALTY = 30;
  public static final int CONCERN_RANK_PENALTY = 10;
  public static final int SAME_DISCIPLINE_PENALTY = 3;
  public static final int SAME_DIGITAL_EASE_PENALTY = 1;
  public static final int SAME_SENIORITY_BAND_PENALTY = 1;

  static final int MAX_TEACHERS = 500;

  private final SolverLimits limits;

  public GroupFormer() {
    this(SolverLimits.DEFAULT);
  }

  public GroupFormer(SolverLimits limits) {
    if (limits == null) {
      throw new IllegalArgumentException("Les limites de calcul sont absentes.");
    }
    this.limits = limits;
  }

  /**
   * Forms the groups.
   *
   * @throws IllegalArgumentException with a French message when the request is not valid
   */
  public GroupingResult form(GroupingRequest request) {
    Validation.validate(request);
    int max = request.maxGroupSize();
    List<String> concerns = request.chosenConcerns().stream().map(String::strip).toList();

    List<PlanningTeacher> eligible = new ArrayList<>();
    List<List<Integer>> chosenRanks =
        new ArrayList<>(); // per eligible teacher: chosen concern indexes, best first
    List<UnplacedTeacher> unplaced = new ArrayList<>();
    for (PlanningTeacher t : request.teachers()) {
      List<Integer> ks = chosenConcernIndexes(t, concerns);
      if (t.rankedConcerns().isEmpty()) {
        unplaced.add(
            new UnplacedTeacher(t.id(), t.displayName() + " n'a indiqué aucune préoccupation."));
      } else if (ks.isEmpty()) {
        unplaced.add(
            new UnplacedTeacher(
                t.id(),
                "Aucune des préoccupations de "
                    + t.displayName()
                    + " ("
                    + String.join(", ", t.rankedConcerns().stream().map(String::strip).toList())
                    + ") n'a été retenue pour la journée."));
      } else {
        eligible.add(t);
        chosenRanks.add(ks);
      }
    }

    // Candidate groups: ⌈n_k / max⌉ per concern k, in the order of the chosen concerns.
    List<Integer> groupConcern = new ArrayList<>();
    for (int k = 0; k < concerns.size(); k++) {
      int nk = 0;
      for (List<Integer> ks : chosenRanks) {
        if (ks.contains(k)) nk++;
      }
      for (int s = 0; s < (nk + max - 1) / max; s++) groupConcern.add(k);
    }

    int n = eligible.size();
    int gCount = groupConcern.size();
    int constant = 0; // the exact model's objective is the penalty itself

    // 1. A plan at once: greedy, then local search (linear memory, any size).
    List<int[]> plan = List.of();
    int penalty = 0;
    int bound = 0;
    boolean optimal = true;
    if (n > 0) {
      GroupSearch search = new GroupSearch(eligible, chosenRanks, concerns.size(), max);
      search.greedy();
      search.improve(limits.localSearchMoves());
      plan = search.plan();
      penalty = search.total();
      bound = search.lowerBound();
      optimal = penalty <= bound;
      // 2. The exact model, when small enough: a better plan, or the proof that none exists.
      long variables = 0;
      for (List<Integer> ks : chosenRanks) {
        for (int k : ks) variables += Collections.frequency(groupConcern, k);
      }
      if (!optimal && variables <= limits.exactModelMaxVariables()) {
        Solved<GroupProblem> solved =
            Solved.minimise(
                () -> build(eligible, chosenRanks, groupConcern, max),
                limits,
                penalty - constant - 1);
        if (solved.found()) {
          BoolVar[][] x = solved.problem().x;
          List<int[]> exact = new ArrayList<>();
          for (int g = 0; g < gCount; g++) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              if (x[i][g] != null && solved.value(x[i][g]) == 1) ids.add(i);
            }
            if (!ids.isEmpty()) {
              int[] row = new int[ids.size() + 1];
              row[0] = groupConcern.get(g);
              for (int j = 0; j < ids.size(); j++) row[j + 1] = ids.get(j);
              exact.add(row);
            }
          }
          plan = exact;
          penalty = solved.objective() + constant;
        }
        optimal = solved.optimal();
      }
    }

    // Read the groups back, in the order of the chosen concerns, then of their first member.
    List<int[]> ordered = new ArrayList<>(plan);
    ordered.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
    List<TeacherGroup> groups = new ArrayList<>();
    for (int[] row : ordered) {
      List<String> ids = new ArrayList<>();
      String catalystId = null;
      for (int j = 1; j < row.length; j++) {
        PlanningTeacher t = eligible.get(row[j]);
        ids.add(t.id());
        if (catalystId == null && t.catalyst()) catalystId = t.id();
      }
      groups.add(
          new TeacherGroup("G" + (groups.size() + 1), concerns.get(row[0]), ids, catalystId));
    }
    return GroupScoring.result(request, concerns, groups, unplaced, optimal, penalty, bound);
  }

  private static final class GroupProblem extends Solved.Problem {
    final BoolVar[][] x;

    GroupProblem(int teachers, int groups) {
      super("groupes-ateliers");
      x = new BoolVar[teachers][groups];
    }
  }

  private static GroupProblem build(
      List<PlanningTeacher> eligible,
      List<List<Integer>> chosenRanks,
      List<Integer> groupConcern,
      int max) {
    int n = eligible.size();
    int gCount = groupConcern.size();
    GroupProblem p = new GroupProblem(n, gCount);
    Model model = p.model;
    BoolVar[][] x = p.x;
    Map<IntVar, Integer> objective = p.objective;
    List<IntVar> decisions = p.decisions;
    for (int i = 0; i < n; i++) {
      List<BoolVar> own = new ArrayList<>();
      for (int k : chosenRanks.get(i)) { // best concern first: the search tries it first
        for (int g = 0; g < gCount; g++) {
          if (groupConcern.get(g) == k) {
            x[i][g] = model.boolVar("x_" + i + "_" + g);
            own.add(x[i][g]);
            add(objective, x[i][g], CONCERN_RANK_PENALTY * chosenRanks.get(i).indexOf(k));
          }
        }
      }
      model.sum(own.toArray(BoolVar[]::new), "=", 1).post();
      decisions.addAll(own);
    }
    List<IntVar> auxiliaries = p.auxiliaries;
    IntVar[] size = new IntVar[gCount];
    List<BoolVar> usedGroups = new ArrayList<>();
    for (int g = 0; g < gCount; g++) {
      List<BoolVar> members = column(x, g, i -> true);
      size[g] = model.intVar("taille_" + g, 0, Math.min(max, members.size()));
      model.sum(members.toArray(BoolVar[]::new), "=", size[g]).post();
      if (g > 0 && groupConcern.get(g).equals(groupConcern.get(g - 1))) {
        // groups of one concern are interchangeable: number them by their first member (a teacher
        // opens group g only if an earlier teacher is in group g - 1)
        for (int i = 0; i < n; i++) {
          if (x[i][g] == null) continue;
          List<BoolVar> earlier = new ArrayList<>();
          for (int j = 0; j < i; j++) if (x[j][g - 1] != null) earlier.add(x[j][g - 1]);
          if (earlier.isEmpty()) {
            model.arithm(x[i][g], "=", 0).post();
          } else {
            BoolVar[] vars = earlier.toArray(new BoolVar[earlier.size() + 1]);
            vars[earlier.size()] = x[i][g];
            int[] coefficients = new int[vars.length];
            Arrays.fill(coefficients, 1);
            coefficients[earlier.size()] = -1;
            model.scalar(vars, coefficients, ">=", 0).post();
          }
        }
      }
      BoolVar used = model.arithm(size[g], ">=", 1).reify();
      add(objective, used, GROUP_PENALTY);
      usedGroups.add(used);
      List<BoolVar> catalysts = column(x, g, i -> eligible.get(i).catalyst());
      if (catalysts.isEmpty()) {
        add(objective, used, NO_CATALYST_PENALTY);
      } else {
        BoolVar hasCatalyst = model.sum(catalysts.toArray(BoolVar[]::new), ">=", 1).reify();
        BoolVar noCatalyst = model.boolVar("sans_catalyseur_" + g);
        model
            .scalar(new IntVar[] {used, hasCatalyst, noCatalyst}, new int[] {1, -1, -1}, "=", 0)
            .post();
        add(objective, noCatalyst, NO_CATALYST_PENALTY);
        auxiliaries.add(hasCatalyst);
        auxiliaries.add(noCatalyst);
      }
      auxiliaries.add(size[g]);
      auxiliaries.add(used);
      // diversity: duplicates = size - distinct values = sum over the values of (count - 1)+
      repeats(
          model,
          x,
          g,
          eligible,
          PlanningTeacher::disciplineKey,
          SAME_DISCIPLINE_PENALTY,
          objective,
          auxiliaries);
      repeats(
          model,
          x,
          g,
          eligible,
          PlanningTeacher::digitalEase,
          SAME_DIGITAL_EASE_PENALTY,
          objective,
          auxiliaries);
      repeats(
          model,
          x,
          g,
          eligible,
          PlanningTeacher::seniorityBand,
          SAME_SENIORITY_BAND_PENALTY,
          objective,
          auxiliaries);
    }
    // redundant: the groups hold everyone
    model.sum(usedGroups.toArray(BoolVar[]::new), ">=", (n + max - 1) / max).post();
    return p;
  }

  private static List<Integer> chosenConcernIndexes(PlanningTeacher t, List<String> concerns) {
    List<Integer> ks = new ArrayList<>();
    for (String c : t.rankedConcerns()) {
      int k = concerns.indexOf(c.strip());
      if (k >= 0 && !ks.contains(k)) ks.add(k);
    }
    return ks;
  }

  private static List<BoolVar> column(BoolVar[][] x, int g, java.util.function.IntPredicate keep) {
    List<BoolVar> vars = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i][g] != null && keep.test(i)) vars.add(x[i][g]);
    }
    return vars;
  }

  private static void repeats(
      Model model,
      BoolVar[][] x,
      int g,
      List<PlanningTeacher> eligible,
      Function<PlanningTeacher, Object> key,
      int weight,
      Map<IntVar, Integer> objective,
      List<IntVar> auxiliaries) {
    Map<Object, List<BoolVar>> byValue = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i][g] != null)
        byValue.computeIfAbsent(key.apply(eligible.get(i)), v -> new ArrayList<>()).add(x[i][g]);
    }
    // repeats of a value = max(0, members with it - 1): minimised, so "repeats >= members - 1"
    // is enough; the bound of the objective starts at 0 and rises as members are placed
    for (List<BoolVar> vars : byValue.values()) {
      if (vars.size() < 2) continue;
      IntVar repeats = model.intVar("doublons_" + g, 0, vars.size() - 1);
      IntVar[] terms = vars.toArray(new IntVar[vars.size() + 1]);
      terms[vars.size()] = repeats;
      int[] coefficients = new int[terms.length];
      Arrays.fill(coefficients, 1);
      coefficients[vars.size()] = -1;
      model.scalar(terms, coefficients, "<=", 1).post();
      add(objective, repeats, weight);
      auxiliaries.add(repeats);
    }
  }

  static void add(Map<IntVar, Integer> objective, IntVar var, int coefficient) {
    objective.merge(var, coefficient, Integer::sum);
  }

  /** Used by the validation: the same concern written twice in one list. */
  static boolean hasDuplicates(List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      if (!seen.add(v.strip())) return true;
    }
    return false;
  }
}
