package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.PathPlanner.IDLE_SLOT_PENALTY;
import static fr.reseau.ecoles.workshop.planning.PathPlanner.SAME_WORKSHOP_AGAIN_PENALTY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalable part of {@link PathPlanner} (package-private), in memory linear in groups ×
 * sessions.
 *
 * <p>The plan is built in the order of the score: first the hard rule, concern by concern (a group
 * needs one session on its own concern, and only the groups of that concern compete for it): the
 * most groups, smallest first, packed into the concern's sessions (largest group first, into the
 * session whose room fits it best); the number of groups packed is the largest the capacities allow
 * when the packing reaches the bound, otherwise one less is tried. Then every other slot of every
 * group is filled, largest groups first, with a workshop the group has not seen yet where there is
 * room (best fit), else one it has seen; a local search then moves groups between the sessions of a
 * slot to seat the idle groups and remove repeats. Deterministic.
 */
final class PathSearch {

  final int groupCount;
  final int[] size;
  final int[] concern; // index into the concerns of the day
  final List<WorkshopSession> sessions; // planned sessions (free-choice slot removed)
  final int[] sessionSlot;
  final int[] sessionWorkshop;
  final int[] sessionConcern;
  final int[] capacity;
  final int[] plannedSlots; // slot numbers that are planned
  final int slotCount;

  /** at[g][slot] = session index or -1. */
  final int[][] at;

  final int[] load;
  int coverageBound; // no plan covers more groups

  PathSearch(List<TeacherGroup> groups, List<WorkshopSession> sessions, int slots, Integer free) {
    this.groupCount = groups.size();
    this.sessions = sessions;
    this.slotCount = slots;
    Map<String, Integer> concerns = new HashMap<>();
    Map<String, Integer> workshops = new HashMap<>();
    size = new int[groupCount];
    concern = new int[groupCount];
    for (int g = 0; g < groupCount; g++) {
      size[g] = groups.get(g).size();
      concern[g] = concerns.computeIfAbsent(groups.get(g).concern().strip(), c -> concerns.size());
    }
    int e = sessions.size();
    sessionSlot = new int[e];
    sessionWorkshop = new int[e];
    sessionConcern = new int[e];
    capacity = new int[e];
    for (int j = 0; j < e; j++) {
      WorkshopSession s = sessions.get(j);
      sessionSlot[j] = s.slot();
      sessionWorkshop[j] = workshops.computeIfAbsent(s.workshopId(), w -> workshops.size());
      sessionConcern[j] = concerns.computeIfAbsent(s.concern().strip(), c -> concerns.size());
      capacity[j] = s.capacity();
    }
    List<Integer> planned = new ArrayList<>();
    for (int slot = 1; slot <= slots; slot++) if (free == null || slot != free) planned.add(slot);
    plannedSlots = planned.stream().mapToInt(Integer::intValue).toArray();
    at = new int[groupCount][slots + 1];
    for (int[] row : at) Arrays.fill(row, -1);
    load = new int[e];
  }

  // ---------------------------------------------------------------- coverage (the hard rule)

  void cover() {
    int concernCount = 0;
    for (int c : concern) concernCount = Math.max(concernCount, c + 1);
    coverageBound = 0;
    for (int k = 0; k < concernCount; k++) {
      final int kk = k;
      List<Integer> own = new ArrayList<>();
      for (int j = 0; j < sessions.size(); j++) if (sessionConcern[j] == k) own.add(j);
      List<Integer> groups = new ArrayList<>();
      for (int g = 0; g < groupCount; g++) if (concern[g] == kk) groups.add(g);
      groups.sort(Comparator.<Integer>comparingInt(g -> size[g]).thenComparingInt(g -> g));
      int room = 0;
      int biggest = 0;
      for (int j : own) {
        room += capacity[j];
        biggest = Math.max(biggest, capacity[j]);
      }
      // bound: the k smallest groups must fit in the total room, each in the largest session
      int bound = 0;
      int used = 0;
      for (int g : groups) {
        if (size[g] > biggest || used + size[g] > room) break;
        used += size[g];
        bound++;
      }
      int[] sizes = groups.stream().mapToInt(g -> size[g]).toArray();
      int perSession = 0;
      for (int j : own) perSession += fitting(sizes, capacity[j]);
      bound = Math.min(bound, perSession);
      coverageBound += bound;
      for (int count = bound; count > 0; count--) {
        int[] assignment = pack(groups.subList(0, count), own);
        if (assignment != null) {
          for (int x = 0; x < count; x++) {
            int g = groups.get(x);
            int j = assignment[x];
            at[g][sessionSlot[j]] = j;
            load[j] += size[g];
          }
          break;
        }
      }
      // the groups left out, where a session still has room (best fit)
      for (int g : groups) {
        boolean covered = false;
        for (int slot : plannedSlots) covered |= at[g][slot] >= 0;
        if (covered) continue;
        int best = -1;
        for (int j : own) {
          int left = capacity[j] - load[j];
          if (left >= size[g] && (best < 0 || left < capacity[best] - load[best])) best = j;
        }
        if (best >= 0) place(g, sessionSlot[best], best);
      }
    }
  }

  /** Largest first into the best-fitting session; null when one does not fit. */
  private int[] pack(List<Integer> groups, List<Integer> own) {
    int[] room = new int[sessions.size()];
    for (int j : own) room[j] = capacity[j] - load[j];
    Integer[] order = new Integer[groups.size()];
    for (int x = 0; x < order.length; x++) order[x] = x;
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(x -> -size[groups.get(x)]).thenComparingInt(x -> x));
    int[] assignment = new int[groups.size()];
    int[] perSlot = new int[slotCount + 1]; // spread over the slots when the fit is equal
    for (int x : order) {
      int g = groups.get(x);
      int best = -1;
      for (int j : own) {
        if (room[j] < size[g]) continue;
        if (best < 0
            || room[j] < room[best]
            || (room[j] == room[best] && perSlot[sessionSlot[j]] < perSlot[sessionSlot[best]])) {
          best = j;
        }
      }
      if (best < 0) return null;
      room[best] -= size[g];
      perSlot[sessionSlot[best]]++;
      assignment[x] = best;
    }
    return assignment;
  }

  // ---------------------------------------------------------------- the other slots

  /**
   * Every planned slot in turn: the most groups seated, the smallest first (an idle slot costs the
   * same for every group), packed largest first into the session that fits best, a workshop the
   * group has not seen yet preferred.
   */
  void fill() {
    for (int slot : plannedSlots) {
      List<Integer> waiting = new ArrayList<>();
      for (int g = 0; g < groupCount; g++) if (at[g][slot] < 0) waiting.add(g);
      waiting.sort(Comparator.<Integer>comparingInt(g -> size[g]).thenComparingInt(g -> g));
      int room = 0;
      int biggest = 0;
      for (int j = 0; j < sessions.size(); j++) {
        if (sessionSlot[j] != slot) continue;
        room += capacity[j] - load[j];
        biggest = Math.max(biggest, capacity[j] - load[j]);
      }
      int count = 0;
      for (int g : waiting) {
        if (size[g] > biggest || size[g] > room) break;
        room -= size[g];
        count++;
      }
      for (; count > 0; count--) {
        List<Integer> chosen = waiting.subList(0, count);
        if (seat(chosen, slot, true) || seat(chosen, slot, false)) break;
      }
    }
  }

  /** Packs all of {@code groups} into the sessions of the slot, or changes nothing. */
  private boolean seat(List<Integer> groups, int slot, boolean preferUnseen) {
    List<Integer> order = new ArrayList<>(groups);
    order.sort(Comparator.<Integer>comparingInt(g -> -size[g]).thenComparingInt(g -> g));
    List<Integer> placed = new ArrayList<>();
    for (int g : order) {
      int best = -1;
      int bestKey = Integer.MAX_VALUE;
      for (int j = 0; j < sessions.size(); j++) {
        if (sessionSlot[j] != slot || capacity[j] - load[j] < size[g]) continue;
        int key =
            (preferUnseen ? seen(g, sessionWorkshop[j], slot) * 1000 : 0)
                + (capacity[j] - load[j] - size[g]);
        if (key < bestKey) {
          bestKey = key;
          best = j;
        }
      }
      if (best < 0) {
        for (int h : placed) unplace(h, slot);
        return false;
      }
      place(g, slot, best);
      placed.add(g);
    }
    return true;
  }

  /** How many times g attends workshop w in a slot other than {@code except}. */
  int seen(int g, int w, int except) {
    int count = 0;
    for (int slot : plannedSlots) {
      if (slot != except && at[g][slot] >= 0 && sessionWorkshop[at[g][slot]] == w) count++;
    }
    return count;
  }

  private void place(int g, int slot, int j) {
    at[g][slot] = j;
    load[j] += size[g];
  }

  private void unplace(int g, int slot) {
    load[at[g][slot]] -= size[g];
    at[g][slot] = -1;
  }

  /**
   * Moves within a slot: an idle group takes the place of a group that can go to another session of
   * the slot (or its own idle place costs less), a repeat is exchanged for a workshop not seen. The
   * coverage is never given up: a group keeps its only session on its own concern.
   */
  long improve(long budget) {
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      for (int slot : plannedSlots) {
        for (int g = 0; g < groupCount && budget > 0; g++) {
          int current = at[g][slot];
          int currentCost =
              current < 0
                  ? IDLE_SLOT_PENALTY
                  : SAME_WORKSHOP_AGAIN_PENALTY * seen(g, sessionWorkshop[current], slot);
          if (currentCost == 0) continue;
          // direct: a session with room
          for (int j = 0; j < sessions.size() && budget > 0; j++) {
            budget--;
            if (sessionSlot[j] != slot || j == current) continue;
            if (current >= 0 && isOnlyCover(g, slot)) break;
            if (capacity[j] - load[j] < size[g]) continue;
            int cost = SAME_WORKSHOP_AGAIN_PENALTY * seen(g, sessionWorkshop[j], slot);
            if (cost < currentCost) {
              if (current >= 0) unplace(g, slot);
              place(g, slot, j);
              improved = true;
              break;
            }
          }
          if (at[g][slot] != current) continue;
          // by moving another group h of session j to a session k with room
          outer:
          for (int j = 0; j < sessions.size() && budget > 0; j++) {
            if (sessionSlot[j] != slot || j == current) continue;
            if (current >= 0 && isOnlyCover(g, slot)) break;
            int costJ = SAME_WORKSHOP_AGAIN_PENALTY * seen(g, sessionWorkshop[j], slot);
            if (costJ >= currentCost) continue;
            for (int h = 0; h < groupCount; h++) {
              if (at[h][slot] != j || h == g || isOnlyCover(h, slot)) continue;
              if (capacity[j] - load[j] + size[h] < size[g]) continue;
              int hBefore = SAME_WORKSHOP_AGAIN_PENALTY * seen(h, sessionWorkshop[j], slot);
              for (int k = 0; k < sessions.size(); k++) {
                budget--;
                if (sessionSlot[k] != slot || k == j) continue;
                int roomK = capacity[k] - load[k] + (k == current ? size[g] : 0);
                if (roomK < size[h]) continue;
                int hAfter = SAME_WORKSHOP_AGAIN_PENALTY * seen(h, sessionWorkshop[k], slot);
                if (costJ + hAfter < currentCost + hBefore) {
                  if (current >= 0) unplace(g, slot);
                  unplace(h, slot);
                  place(h, slot, k);
                  place(g, slot, j);
                  improved = true;
                  break outer;
                }
              }
            }
          }
        }
      }
    }
    return budget;
  }

  /** Whether the session of g at slot is its only one on its own concern. */
  private boolean isOnlyCover(int g, int slot) {
    int j = at[g][slot];
    if (j < 0 || sessionConcern[j] != concern[g]) return false;
    for (int s : plannedSlots) {
      if (s != slot && at[g][s] >= 0 && sessionConcern[at[g][s]] == concern[g]) return false;
    }
    return true;
  }

  int uncovered() {
    int count = 0;
    for (int g = 0; g < groupCount; g++) {
      boolean covered = false;
      for (int slot : plannedSlots)
        covered |= at[g][slot] >= 0 && sessionConcern[at[g][slot]] == concern[g];
      if (!covered) count++;
    }
    return count;
  }

  int softPenalty() {
    int penalty = 0;
    for (int g = 0; g < groupCount; g++) {
      Map<Integer, Integer> times = new HashMap<>();
      for (int slot : plannedSlots) {
        if (at[g][slot] < 0) penalty += IDLE_SLOT_PENALTY;
        else times.merge(sessionWorkshop[at[g][slot]], 1, Integer::sum);
      }
      for (int t : times.values()) penalty += SAME_WORKSHOP_AGAIN_PENALTY * (t - 1);
    }
    return penalty;
  }

  /**
   * A soft penalty no plan goes below: in every planned slot, at most as many groups sit as the
   * smallest ones fit in the slot's total room (none larger than its largest session), and as the
   * sessions hold, each filled with the smallest groups on its own; the others stay idle.
   */
  int softBound() {
    Integer[] bySize = new Integer[groupCount];
    for (int g = 0; g < groupCount; g++) bySize[g] = size[g];
    Arrays.sort(bySize);
    int idle = 0;
    for (int slot : plannedSlots) {
      int room = 0;
      int biggest = 0;
      for (int j = 0; j < sessions.size(); j++) {
        if (sessionSlot[j] != slot) continue;
        room += capacity[j];
        biggest = Math.max(biggest, capacity[j]);
      }
      int seated = 0;
      for (int s : bySize) {
        if (s > biggest || s > room) break;
        room -= s;
        seated++;
      }
      int perSession = 0;
      int[] sizes = Arrays.stream(bySize).mapToInt(Integer::intValue).toArray();
      for (int j = 0; j < sessions.size(); j++) {
        if (sessionSlot[j] == slot) perSession += fitting(sizes, capacity[j]);
      }
      idle += groupCount - Math.min(seated, perSession);
    }
    return IDLE_SLOT_PENALTY * idle;
  }

  /** How many of these groups (sizes ascending) one session of this capacity can hold at most. */
  private static int fitting(int[] ascendingSizes, int capacity) {
    int count = 0;
    for (int s : ascendingSizes) {
      if (s > capacity) break;
      capacity -= s;
      count++;
    }
    return count;
  }
}
