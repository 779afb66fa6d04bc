package fr.reseau.ecoles.workshop.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The planning at the sizes of issue 17: the demo school proven optimal, large days within every
 * hard rule, coverage as good as a feasibility check says is possible, and honest bounds.
 */
class PlanningAtScaleTest {

  /** Only the greedy construction and the local search: the path large days take. */
  private static final SolverLimits HEURISTIC_ONLY =
      new SolverLimits(Duration.ofSeconds(60), 60_000, 0, SolverLimits.DEFAULT_LOCAL_SEARCH_MOVES);

  @Test
  void theDemoSchoolIsProvenOptimalForGroupsAndPaths() {
    GroupingRequest request = DemoShapedDays.grouping(24);
    assertThat(request.teachers()).hasSize(24);
    GroupingResult groups = new GroupFormer().form(request);

    assertThat(groups.score().optimal()).isTrue();
    assertThat(groups.gap()).isZero();
    assertThat(groups.bound()).isEqualTo(new ScoreBound(0, groups.score().soft()));
    assertThat(groups.score().explanation()).contains("optimum prouvé").doesNotContain("Borne");
    // the proof is not the heuristic's alone: the counting bound does not reach the optimum here
    GroupingResult heuristic = new GroupFormer(HEURISTIC_ONLY).form(request);
    assertThat(heuristic.score().optimal()).isFalse();
    assertThat(heuristic.bound().soft()).isGreaterThan(groups.score().soft());
    assertThat(heuristic.score().soft()).isLessThanOrEqualTo(groups.score().soft());

    PathResult paths = new PathPlanner().plan(DemoShapedDays.paths(groups.groups(), 24));
    assertThat(paths.score().optimal()).isTrue();
    assertThat(paths.gap()).isZero();
    assertThat(paths.coverageProven()).isTrue();
    assertThat(paths.uncoveredGroups()).isEmpty();
  }

  @Test
  void largeDaysKeepEveryHardRule() {
    for (int n : new int[] {200, 500}) {
      GroupingRequest request = DemoShapedDays.grouping(n);
      GroupingResult groups = new GroupFormer().form(request);
      assertGroupingHardRules(request, groups, "jour de " + n);
      assertThat(groups.score().optimal()).isFalse();
      assertThat(groups.gap()).isPositive();
      assertThat(groups.score().explanation()).contains("Borne : aucun plan", "écart de");

      PathRequest pathRequest = DemoShapedDays.paths(groups.groups(), n);
      PathResult paths = new PathPlanner().plan(pathRequest);
      assertPathHardRules(pathRequest, paths, "jour de " + n);
      assertThat(paths.coverageProven()).as("jour de %d", n).isTrue();
    }
  }

  @Test
  void randomLargeGroupingsKeepEveryHardRuleAndStayAboveTheirBound() {
    Random random = new Random(17L);
    for (int run = 0; run < 20; run++) {
      GroupingRequest request = RandomWorkshops.grouping(random, 300);
      GroupingResult result = new GroupFormer(HEURISTIC_ONLY).form(request);
      assertGroupingHardRules(request, result, "cas " + run);
      assertThat(result.bound().soft()).isGreaterThanOrEqualTo(result.score().soft());
      assertThat(result.gap()).isEqualTo(result.bound().soft() - result.score().soft());
    }
  }

  /** The bound is a bound: never better than the true optimum (brute force on small inputs). */
  @Test
  void theGroupingBoundNeverPassesTheOptimum() {
    Random random = new Random(5L);
    int reached = 0;
    for (int run = 0; run < 80; run++) {
      GroupingRequest request = RandomWorkshops.grouping(random, 7);
      int optimum = -GroupFormerPropertiesTest.bruteForcePenalty(request);
      GroupingResult result = new GroupFormer(HEURISTIC_ONLY).form(request);
      assertThat(result.bound().soft()).as("cas %d", run).isGreaterThanOrEqualTo(optimum);
      assertThat(result.score().soft()).as("cas %d", run).isLessThanOrEqualTo(optimum);
      if (result.score().optimal()) {
        assertThat(result.score().soft()).as("cas %d", run).isEqualTo(optimum);
        reached++;
      }
    }
    assertThat(reached).as("some small cases are proven by the bound alone").isPositive();
  }

  @Test
  void thePathBoundNeverPassesTheOptimum() {
    Random random = new Random(13L);
    for (int run = 0; run < 80; run++) {
      PathRequest request = RandomWorkshops.paths(random, 3, 3, 2, 4);
      int[] best = PathPlannerPropertiesTest.bruteForce(request);
      PathResult result = new PathPlanner(HEURISTIC_ONLY).plan(request);
      assertPathHardRules(request, result, "cas " + run);
      assertThat(result.bound().hard()).as("cas %d", run).isGreaterThanOrEqualTo(-best[0]);
      if (result.bound().hard() == -best[0]) {
        assertThat(result.bound().soft()).as("cas %d", run).isGreaterThanOrEqualTo(-best[1]);
      }
      if (result.score().optimal()) {
        assertThat(new int[] {result.score().hard(), result.score().soft()})
            .as("cas %d", run)
            .containsExactly(-best[0], -best[1]);
      }
    }
  }

  /**
   * "Every group with a workshop on its concern wherever one can be placed": the groups left
   * uncovered are exactly as many as an exhaustive feasibility check proves unavoidable, on days
   * with little room on the concerns.
   */
  @Test
  void everyGroupGetsItsConcernWheneverAFeasibilityCheckSaysItCan() {
    Random random = new Random(20_261_206L);
    int tight = 0;
    for (int run = 0; run < 60; run++) {
      PathRequest request = tightDay(random);
      PathResult result = new PathPlanner(HEURISTIC_ONLY).plan(request);
      assertPathHardRules(request, result, "cas " + run);
      int unavoidable = unavoidableUncovered(request);
      assertThat(result.uncoveredGroups()).as("cas %d : %s", run, request).hasSize(unavoidable);
      if (unavoidable > 0) tight++;
    }
    assertThat(tight).as("days where some group cannot be covered").isPositive();
  }

  /** 8 to 14 groups of 2 to 6, 3 concerns, 1 or 2 workshops per concern of capacity 4 to 12. */
  private static PathRequest tightDay(Random random) {
    List<String> concerns = RandomWorkshops.CONCERNS.subList(0, 3);
    List<TeacherGroup> groups = new ArrayList<>();
    int groupCount = 8 + random.nextInt(7);
    int teacher = 0;
    for (int g = 0; g < groupCount; g++) {
      List<String> ids = new ArrayList<>();
      for (int i = 2 + random.nextInt(5); i > 0; i--) ids.add("t" + teacher++);
      groups.add(new TeacherGroup("G" + (g + 1), concerns.get(random.nextInt(3)), ids, null));
    }
    List<WorkshopSession> sessions = new ArrayList<>();
    int w = 0;
    for (String concern : concerns) {
      for (int j = 1 + random.nextInt(2); j > 0; j--) {
        w++;
        int capacity = 4 + random.nextInt(9);
        for (int slot = 1; slot <= 3; slot++) {
          if (random.nextInt(3) == 0) continue;
          sessions.add(
              new WorkshopSession(
                  "S" + w + "-" + slot, "W" + w, concern, "Animateur " + w, slot, capacity));
        }
      }
    }
    return new PathRequest(groups, sessions, 3, random.nextBoolean() ? 3 : null);
  }

  /**
   * Exhaustive: per concern (only its groups compete for its sessions to cover themselves), the
   * most groups that fit one each into the concern's sessions outside the free slot.
   */
  static int unavoidableUncovered(PathRequest request) {
    int uncovered = 0;
    Set<String> concerns = new HashSet<>();
    request.groups().forEach(g -> concerns.add(g.concern()));
    for (String concern : concerns) {
      int[] sizes =
          request.groups().stream()
              .filter(g -> g.concern().equals(concern))
              .mapToInt(TeacherGroup::size)
              .toArray();
      int[] room =
          request.sessions().stream()
              .filter(
                  s ->
                      s.concern().equals(concern)
                          && (request.freeChoiceSlot() == null
                              || s.slot() != request.freeChoiceSlot()))
              .mapToInt(WorkshopSession::capacity)
              .toArray();
      uncovered += sizes.length - mostPlaced(sizes, 0, room);
    }
    return uncovered;
  }

  private static int mostPlaced(int[] sizes, int next, int[] room) {
    if (next == sizes.length) return 0;
    int best = mostPlaced(sizes, next + 1, room); // left out
    for (int j = 0; j < room.length; j++) {
      if (room[j] >= sizes[next]) {
        room[j] -= sizes[next];
        best = Math.max(best, 1 + mostPlaced(sizes, next + 1, room));
        room[j] += sizes[next];
        if (best == sizes.length - next) break;
      }
    }
    return best;
  }

  static void assertGroupingHardRules(
      GroupingRequest request, GroupingResult result, String context) {
    Map<String, PlanningTeacher> byId =
        request.teachers().stream()
            .collect(Collectors.toMap(PlanningTeacher::id, Function.identity()));
    Set<String> seen = new HashSet<>();
    Map<String, Integer> groupsPerConcern = new HashMap<>();
    for (TeacherGroup g : result.groups()) {
      assertThat(g.size()).as(context).isBetween(1, request.maxGroupSize());
      assertThat(request.chosenConcerns()).as(context).contains(g.concern());
      groupsPerConcern.merge(g.concern(), 1, Integer::sum);
      for (String id : g.teacherIds()) {
        assertThat(seen.add(id)).as(context).isTrue();
        assertThat(byId.get(id).rankedConcerns()).as(context).contains(g.concern());
      }
    }
    groupsPerConcern.forEach(
        (concern, count) -> {
          long citing =
              request.teachers().stream().filter(t -> t.rankedConcerns().contains(concern)).count();
          assertThat(count)
              .as("règle 4, %s, %s", concern, context)
              .isLessThanOrEqualTo(
                  (int) ((citing + request.maxGroupSize() - 1) / request.maxGroupSize()));
        });
    for (UnplacedTeacher u : result.unplaced()) {
      assertThat(seen.add(u.teacherId())).as(context).isTrue();
      assertThat(byId.get(u.teacherId()).rankedConcerns())
          .as(context)
          .doesNotContainAnyElementsOf(request.chosenConcerns());
    }
    assertThat(seen).as(context).isEqualTo(byId.keySet());
    assertThat(result.score().hard()).isEqualTo(-result.unplaced().size());
  }

  static void assertPathHardRules(PathRequest request, PathResult result, String context) {
    Map<String, WorkshopSession> sessions = new HashMap<>();
    request.sessions().forEach(s -> sessions.put(s.id(), s));
    Map<String, Integer> load = new HashMap<>();
    assertThat(result.paths()).hasSameSizeAs(request.groups());
    Set<String> uncovered = new HashSet<>();
    result.uncoveredGroups().forEach(u -> uncovered.add(u.groupId()));
    for (int g = 0; g < request.groups().size(); g++) {
      TeacherGroup group = request.groups().get(g);
      GroupPath path = result.paths().get(g);
      assertThat(path.groupId()).isEqualTo(group.id());
      Set<Integer> slots = new HashSet<>();
      for (PathStep step : path.steps()) {
        WorkshopSession s = sessions.get(step.sessionId());
        assertThat(s).as(context).isNotNull();
        assertThat(step.slot()).as(context).isEqualTo(s.slot());
        assertThat(slots.add(step.slot())).as("un atelier par créneau, " + context).isTrue();
        assertThat(step.slot()).as(context).isNotEqualTo(request.freeChoiceSlot());
        load.merge(s.id(), group.size(), Integer::sum);
      }
      boolean covered = path.steps().stream().anyMatch(s -> s.concern().equals(group.concern()));
      assertThat(covered).as(context).isEqualTo(!uncovered.contains(group.id()));
    }
    load.forEach(
        (id, l) ->
            assertThat(l)
                .as("capacité de " + id + ", " + context)
                .isLessThanOrEqualTo(sessions.get(id).capacity()));
    assertThat(result.score().hard()).isEqualTo(-uncovered.size());
    assertThat(result.bound().hard()).isGreaterThanOrEqualTo(result.score().hard());
    assertThat(
            result.bound().soft() >= result.score().soft()
                || result.bound().hard() > result.score().hard())
        .as("la borne n'est pas en dessous du plan, " + context)
        .isTrue();
  }
}
