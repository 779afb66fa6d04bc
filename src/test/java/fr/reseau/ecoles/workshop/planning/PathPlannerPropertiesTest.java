package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.PathPlanner.IDLE_SLOT_PENALTY;
import static fr.reseau.ecoles.workshop.planning.PathPlanner.SAME_WORKSHOP_AGAIN_PENALTY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathPlannerPropertiesTest {

  private final PathPlanner quick = new PathPlanner(new SolverLimits(Duration.ofSeconds(30), 200));
  private final PathPlanner planner = new PathPlanner();

  @Test
  void hardRulesHoldOnRandomInputs() {
    Random random = new Random(20261122L);
    for (int run = 0; run < 200; run++) {
      PathRequest request = RandomWorkshops.paths(random, 8, 4, 3, 6);
      PathResult result = quick.plan(request);
      String context = "cas " + run + " : " + request;
      Map<String, WorkshopSession> sessions = new HashMap<>();
      request.sessions().forEach(s -> sessions.put(s.id(), s));
      Map<String, Integer> load = new HashMap<>();
      assertThat(result.paths()).hasSameSizeAs(request.groups());
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
          assertThat(step.slot())
              .as("créneau au choix vide, " + context)
              .isNotEqualTo(request.freeChoiceSlot());
          load.merge(s.id(), group.size(), Integer::sum);
        }
      }
      load.forEach(
          (id, l) ->
              assertThat(l)
                  .as("capacité de " + id + ", " + context)
                  .isLessThanOrEqualTo(sessions.get(id).capacity()));
      Set<String> uncovered = new HashSet<>();
      result.uncoveredGroups().forEach(u -> uncovered.add(u.groupId()));
      for (int g = 0; g < request.groups().size(); g++) {
        TeacherGroup group = request.groups().get(g);
        boolean covered =
            result.paths().get(g).steps().stream()
                .anyMatch(s -> s.concern().equals(group.concern()));
        assertThat(covered).as(context).isEqualTo(!uncovered.contains(group.id()));
        if (!covered) { // then no session on its concern had room for it
          for (WorkshopSession s : request.sessions()) {
            if (s.concern().equals(group.concern())
                && !Integer.valueOf(s.slot()).equals(request.freeChoiceSlot())) {
              assertThat(load.getOrDefault(s.id(), 0) + group.size())
                  .as(context)
                  .isGreaterThan(s.capacity());
            }
          }
        }
      }
      assertThat(result.score().hard()).isEqualTo(-uncovered.size());
    }
  }

  @Test
  void scoreEqualsBruteForceOnSmallInputs() {
    Random random = new Random(11L);
    for (int run = 0; run < 150; run++) {
      PathRequest request = RandomWorkshops.paths(random, 3, 3, 2, 4);
      PathResult result = planner.plan(request);
      int[] best = bruteForce(request);
      assertThat(result.score().optimal()).as("cas %d", run).isTrue();
      assertThat(new int[] {result.score().hard(), result.score().soft()})
          .as("cas %d : %s", run, request)
          .containsExactly(-best[0], -best[1]);
    }
  }

  /**
   * Every choice of (no session or one session) per group and planned slot: the best (uncovered,
   * penalty).
   */
  static int[] bruteForce(PathRequest request) {
    List<TeacherGroup> groups = request.groups();
    int slots = request.slotCount();
    List<List<WorkshopSession>> options = new java.util.ArrayList<>(); // per (group, slot) cell
    for (int g = 0; g < groups.size(); g++) {
      for (int slot = 1; slot <= slots; slot++) {
        List<WorkshopSession> o = new java.util.ArrayList<>();
        o.add(null);
        if (request.freeChoiceSlot() == null || slot != request.freeChoiceSlot()) {
          for (WorkshopSession s : request.sessions()) if (s.slot() == slot) o.add(s);
        }
        options.add(o);
      }
    }
    WorkshopSession[] pick = new WorkshopSession[options.size()];
    int[] best = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    enumerate(
        0,
        options,
        pick,
        () -> {
          Map<String, Integer> load = new HashMap<>();
          int uncovered = 0;
          int penalty = 0;
          for (int g = 0; g < groups.size(); g++) {
            TeacherGroup group = groups.get(g);
            boolean covered = false;
            Map<String, Integer> times = new HashMap<>();
            for (int slot = 1; slot <= slots; slot++) {
              WorkshopSession s = pick[g * slots + slot - 1];
              boolean planned =
                  request.freeChoiceSlot() == null || slot != request.freeChoiceSlot();
              if (s == null) {
                if (planned) penalty += IDLE_SLOT_PENALTY;
                continue;
              }
              if (load.merge(s.id(), group.size(), Integer::sum) > s.capacity()) return;
              covered |= s.concern().equals(group.concern());
              if (times.merge(s.workshopId(), 1, Integer::sum) > 1)
                penalty += SAME_WORKSHOP_AGAIN_PENALTY;
            }
            if (!covered) uncovered++;
          }
          if (uncovered < best[0] || (uncovered == best[0] && penalty < best[1])) {
            best[0] = uncovered;
            best[1] = penalty;
          }
        });
    return best;
  }

  private static void enumerate(
      int cell, List<List<WorkshopSession>> options, WorkshopSession[] pick, Runnable visit) {
    if (cell == pick.length) {
      visit.run();
      return;
    }
    for (WorkshopSession s : options.get(cell)) {
      pick[cell] = s;
      enumerate(cell + 1, options, pick, visit);
    }
  }
}
