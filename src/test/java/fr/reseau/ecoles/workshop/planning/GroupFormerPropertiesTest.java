package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.GroupFormer.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupFormerPropertiesTest {

  /** Small budget: the hard rules must hold whatever the search had time to do. */
  private final GroupFormer quick = new GroupFormer(new SolverLimits(Duration.ofSeconds(30), 60));

  private final GroupFormer former = new GroupFormer();

  @Test
  void hardRulesHoldOnRandomInputs() {
    Random random = new Random(20261122L);
    for (int run = 0; run < 200; run++) {
      GroupingRequest request = RandomWorkshops.grouping(random, 16);
      GroupingResult result = quick.form(request);
      String context = "cas " + run + " : " + request;
      Map<String, PlanningTeacher> byId =
          request.teachers().stream()
              .collect(Collectors.toMap(PlanningTeacher::id, Function.identity()));
      Set<String> seen = new HashSet<>();
      for (TeacherGroup g : result.groups()) {
        assertThat(g.size()).as(context).isBetween(1, request.maxGroupSize());
        assertThat(request.chosenConcerns()).as(context).contains(g.concern());
        for (String id : g.teacherIds()) {
          assertThat(seen.add(id)).as(context).isTrue();
          assertThat(byId.get(id).rankedConcerns()).as(context).contains(g.concern());
        }
        boolean hasCatalyst = g.teacherIds().stream().anyMatch(id -> byId.get(id).catalyst());
        if (hasCatalyst) {
          assertThat(g.teacherIds()).contains(g.catalystId());
          assertThat(byId.get(g.catalystId()).catalyst()).isTrue();
        } else {
          assertThat(g.catalystId()).isNull();
          assertThat(result.unmetWishes())
              .contains("Le groupe " + g.id() + " n'a pas d'enseignant catalyseur.");
        }
      }
      for (UnplacedTeacher u : result.unplaced()) {
        assertThat(seen.add(u.teacherId())).as(context).isTrue();
        assertThat(byId.get(u.teacherId()).rankedConcerns())
            .as(context)
            .doesNotContainAnyElementsOf(request.chosenConcerns());
        assertThat(u.reason()).isNotBlank();
      }
      assertThat(seen).as(context).isEqualTo(byId.keySet());
      assertThat(result.score().hard()).isEqualTo(-result.unplaced().size());
      assertThat(result.score().explanation()).startsWith("Score " + result.score());
    }
  }

  @Test
  void scoreEqualsBruteForceOnSmallInputs() {
    Random random = new Random(7L);
    int proved = 0;
    for (int run = 0; run < 100; run++) {
      GroupingRequest request = RandomWorkshops.grouping(random, 7);
      GroupingResult result = former.form(request);
      assertThat(result.score().optimal()).as("cas %d", run).isTrue();
      assertThat(result.score().soft())
          .as("cas %d : %s", run, request)
          .isEqualTo(-bruteForcePenalty(request));
      proved++;
    }
    assertThat(proved).isEqualTo(100);
  }

  /**
   * Every partition of the placeable teachers into groups, every concern for every group: the least
   * penalty.
   */
  static int bruteForcePenalty(GroupingRequest request) {
    List<String> concerns = request.chosenConcerns();
    List<PlanningTeacher> eligible =
        request.teachers().stream()
            .filter(t -> t.rankedConcerns().stream().anyMatch(concerns::contains))
            .toList();
    int[] perConcern = new int[concerns.size()];
    for (PlanningTeacher t : eligible) {
      for (int k = 0; k < concerns.size(); k++)
        if (t.rankedConcerns().contains(concerns.get(k))) perConcern[k]++;
    }
    int[] block = new int[eligible.size()];
    int[] best = {Integer.MAX_VALUE};
    partitions(
        0,
        0,
        block,
        () -> {
          int blocks = 0;
          for (int b : block) blocks = Math.max(blocks, b + 1);
          List<List<PlanningTeacher>> groups = new ArrayList<>();
          for (int b = 0; b < blocks; b++) groups.add(new ArrayList<>());
          for (int i = 0; i < block.length; i++) groups.get(block[i]).add(eligible.get(i));
          for (List<PlanningTeacher> g : groups) if (g.size() > request.maxGroupSize()) return;
          concernChoices(
              0, groups, new int[blocks], concerns, request.maxGroupSize(), perConcern, best);
        });
    return best[0];
  }

  private static void concernChoices(
      int b,
      List<List<PlanningTeacher>> groups,
      int[] chosen,
      List<String> concerns,
      int max,
      int[] perConcern,
      int[] best) {
    if (b == groups.size()) {
      int[] used = new int[concerns.size()];
      int penalty = 0;
      for (int g = 0; g < groups.size(); g++) {
        used[chosen[g]]++;
        penalty += groupPenalty(groups.get(g), concerns.get(chosen[g]), concerns);
      }
      for (int k = 0; k < concerns.size(); k++)
        if (used[k] > (perConcern[k] + max - 1) / max) return;
      best[0] = Math.min(best[0], penalty);
      return;
    }
    for (int k = 0; k < concerns.size(); k++) {
      String c = concerns.get(k);
      if (groups.get(b).stream().allMatch(t -> t.rankedConcerns().contains(c))) {
        chosen[b] = k;
        concernChoices(b + 1, groups, chosen, concerns, max, perConcern, best);
      }
    }
  }

  static int groupPenalty(List<PlanningTeacher> g, String concern, List<String> concerns) {
    int p = GROUP_PENALTY;
    if (g.stream().noneMatch(PlanningTeacher::catalyst)) p += NO_CATALYST_PENALTY;
    for (PlanningTeacher t : g) {
      List<String> own = t.rankedConcerns().stream().filter(concerns::contains).toList();
      p += CONCERN_RANK_PENALTY * own.indexOf(concern);
    }
    p +=
        SAME_DISCIPLINE_PENALTY
            * (g.size()
                - (int) g.stream().map(t -> t.discipline().toLowerCase()).distinct().count());
    p +=
        SAME_DIGITAL_EASE_PENALTY
            * (g.size() - (int) g.stream().map(PlanningTeacher::digitalEase).distinct().count());
    p +=
        SAME_SENIORITY_BAND_PENALTY
            * (g.size() - (int) g.stream().map(PlanningTeacher::seniorityBand).distinct().count());
    return p;
  }

  /** Restricted growth strings: each set partition once. */
  private static void partitions(int i, int blocks, int[] block, Runnable visit) {
    if (i == block.length) {
      visit.run();
      return;
    }
    for (int b = 0; b <= blocks; b++) {
      block[i] = b;
      partitions(i + 1, Math.max(blocks, b + 1), block, visit);
    }
  }
}
