package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.GroupFormer.CONCERN_RANK_PENALTY;
import static fr.reseau.ecoles.workshop.planning.GroupFormer.GROUP_PENALTY;
import static fr.reseau.ecoles.workshop.planning.GroupFormer.NO_CATALYST_PENALTY;
import static fr.reseau.ecoles.workshop.planning.GroupFormer.SAME_DIGITAL_EASE_PENALTY;
import static fr.reseau.ecoles.workshop.planning.GroupFormer.SAME_DISCIPLINE_PENALTY;
import static fr.reseau.ecoles.workshop.planning.GroupFormer.SAME_SENIORITY_BAND_PENALTY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalable part of {@link GroupFormer} (package-private): a greedy plan, improved by local
 * search, in memory linear in the number of teachers, and a lower bound on the penalty of any plan.
 *
 * <p>Greedy: every teacher on their best chosen concern; then, while it pays (a group less costs
 * {@value GroupFormer#GROUP_PENALTY}), the teachers of a concern's last, incomplete group move to
 * another of their concerns that has room in its groups already counted; each concern gets the
 * fewest groups its teachers need, sizes balanced, catalysts dealt first, the others placed where
 * they add the least penalty. Local search: moves and swaps of teachers between groups (the same
 * concern or another of their chosen ones), first improvement, until no move improves or the work
 * budget is spent. Deterministic: no randomness, fixed orders.
 */
final class GroupSearch {

  /** Eligible teachers, their data as small integers. */
  final int n;

  final int concernCount;
  final int max;
  final int[] discipline;
  final int[] ease;
  final int[] band;
  final boolean[] catalyst;
  final int[][] rank; // rank[i][k]: rank of concern k among i's chosen concerns, -1 if not chosen
  final int[] firstChoice;
  final int[] groupCap; // ⌈n_k / max⌉ per concern (hard rule 4)
  final int disciplineCount;
  final int easeCount;
  final int bandCount;

  /** The plan: groupOf[i], the group's concern, and members (group index → teacher indexes). */
  int[] groupOf;

  final List<Integer> groupConcern = new ArrayList<>();
  final List<List<Integer>> members = new ArrayList<>();

  GroupSearch(
      List<PlanningTeacher> eligible, List<List<Integer>> chosenRanks, int concernCount, int max) {
    this.n = eligible.size();
    this.concernCount = concernCount;
    this.max = max;
    discipline = new int[n];
    ease = new int[n];
    band = new int[n];
    catalyst = new boolean[n];
    rank = new int[n][concernCount];
    firstChoice = new int[n];
    Map<String, Integer> disciplines = new HashMap<>();
    int[] cite = new int[concernCount];
    for (int i = 0; i < n; i++) {
      PlanningTeacher t = eligible.get(i);
      discipline[i] = disciplines.computeIfAbsent(t.disciplineKey(), d -> disciplines.size());
      ease[i] = t.digitalEase() - 1;
      band[i] = t.seniorityBand();
      catalyst[i] = t.catalyst();
      Arrays.fill(rank[i], -1);
      List<Integer> ks = chosenRanks.get(i);
      for (int r = 0; r < ks.size(); r++) {
        rank[i][ks.get(r)] = r;
        cite[ks.get(r)]++;
      }
      firstChoice[i] = ks.get(0);
    }
    disciplineCount = disciplines.size();
    easeCount = (int) Arrays.stream(ease).distinct().count();
    bandCount = (int) Arrays.stream(band).distinct().count();
    groupCap = new int[concernCount];
    for (int k = 0; k < concernCount; k++) groupCap[k] = (cite[k] + max - 1) / max;
  }

  // ---------------------------------------------------------------- cost

  /** Penalty of one group, exactly as {@link GroupScoring} counts it. */
  int cost(List<Integer> group, int k) {
    if (group.isEmpty()) return 0;
    return cost(group, k, -1, -1);
  }

  /** Penalty of {@code group} without {@code out} (or -1) and with {@code in} (or -1). */
  int cost(List<Integer> group, int k, int out, int in) {
    int size = 0;
    boolean hasCatalyst = false;
    int ranks = 0;
    long disc = 0; // bit sets; disciplines beyond 63 fall back to a slower count
    int easeBits = 0;
    int bandBits = 0;
    int distinctDisc = 0;
    List<Integer> bigDisc = null;
    for (int idx = -1; idx < group.size(); idx++) {
      int i;
      if (idx < 0) {
        if (in < 0) continue;
        i = in;
      } else {
        i = group.get(idx);
        if (i == out) continue;
      }
      size++;
      hasCatalyst |= catalyst[i];
      ranks += rank[i][k];
      easeBits |= 1 << ease[i];
      bandBits |= 1 << band[i];
      int d = discipline[i];
      if (d < 64) {
        if ((disc & (1L << d)) == 0) {
          disc |= 1L << d;
          distinctDisc++;
        }
      } else {
        if (bigDisc == null) bigDisc = new ArrayList<>();
        if (!bigDisc.contains(d)) {
          bigDisc.add(d);
          distinctDisc++;
        }
      }
    }
    if (size == 0) return 0;
    return GROUP_PENALTY
        + (hasCatalyst ? 0 : NO_CATALYST_PENALTY)
        + CONCERN_RANK_PENALTY * ranks
        + SAME_DISCIPLINE_PENALTY * (size - distinctDisc)
        + SAME_DIGITAL_EASE_PENALTY * (size - Integer.bitCount(easeBits))
        + SAME_SENIORITY_BAND_PENALTY * (size - Integer.bitCount(bandBits));
  }

  int total() {
    int sum = 0;
    for (int g = 0; g < members.size(); g++) sum += cost(members.get(g), groupConcern.get(g));
    return sum;
  }

  // ---------------------------------------------------------------- greedy

  void greedy() {
    int[] concernOf = new int[n];
    int[] count = new int[concernCount];
    for (int i = 0; i < n; i++) {
      concernOf[i] = firstChoice[i];
      count[concernOf[i]]++;
    }
    // Empty a concern's last, incomplete group into the room of the others while it pays.
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int k = 0; k < concernCount && !moved; k++) {
        int rest = count[k] % max;
        if (rest == 0) continue;
        int[] room = new int[concernCount];
        for (int j = 0; j < concernCount; j++) {
          room[j] = j == k ? 0 : ((count[j] + max - 1) / max) * max - count[j];
        }
        // teachers of k that can leave, cheapest first
        List<int[]> options = new ArrayList<>(); // {teacher, target, extra rank}
        for (int i = 0; i < n; i++) {
          if (concernOf[i] != k) continue;
          int best = -1;
          for (int j = 0; j < concernCount; j++) {
            if (j != k
                && rank[i][j] >= 0
                && room[j] > 0
                && (best < 0 || rank[i][j] < rank[i][best])) best = j;
          }
          if (best >= 0) options.add(new int[] {i, best, rank[i][best] - rank[i][k]});
        }
        options.sort(Comparator.<int[]>comparingInt(o -> o[2]).thenComparingInt(o -> o[0]));
        List<int[]> plan = new ArrayList<>();
        int extra = 0;
        for (int[] o : options) {
          if (plan.size() == rest) break;
          if (room[o[1]] == 0) continue;
          room[o[1]]--;
          plan.add(o);
          extra += CONCERN_RANK_PENALTY * o[2];
        }
        if (plan.size() == rest && extra < GROUP_PENALTY) {
          for (int[] o : plan) {
            concernOf[o[0]] = o[1];
            count[k]--;
            count[o[1]]++;
          }
          moved = true;
        }
      }
    }
    groupOf = new int[n];
    for (int k = 0; k < concernCount; k++) {
      List<Integer> pool = new ArrayList<>();
      for (int i = 0; i < n; i++) if (concernOf[i] == k) pool.add(i);
      if (pool.isEmpty()) continue;
      int groups = (pool.size() + max - 1) / max;
      int first = members.size();
      int[] capacity = new int[groups];
      for (int g = 0; g < groups; g++)
        capacity[g] = pool.size() / groups + (g < pool.size() % groups ? 1 : 0);
      for (int g = 0; g < groups; g++) {
        members.add(new ArrayList<>());
        groupConcern.add(k);
      }
      // catalysts first, one per group while they last; then the others, most common discipline
      // first
      int[] disciplineFrequency = new int[disciplineCount];
      for (int i : pool) disciplineFrequency[discipline[i]]++;
      pool.sort(
          Comparator.<Integer>comparingInt(i -> catalyst[i] ? 0 : 1)
              .thenComparingInt(i -> -disciplineFrequency[discipline[i]])
              .thenComparingInt(i -> i));
      for (int i : pool) {
        int best = -1;
        int bestDelta = Integer.MAX_VALUE;
        for (int g = first; g < first + groups; g++) {
          List<Integer> m = members.get(g);
          if (m.size() >= capacity[g - first]) continue;
          int delta = cost(m, k, -1, i) - cost(m, k);
          if (delta < bestDelta) {
            bestDelta = delta;
            best = g;
          }
        }
        members.get(best).add(i);
        groupOf[i] = best;
      }
    }
  }

  // ---------------------------------------------------------------- local search

  /**
   * First-improvement moves and swaps until none improves or {@code budget} evaluations are spent.
   *
   * @return the evaluations left
   */
  long improve(long budget) {
    int[] used = new int[concernCount];
    for (int g = 0; g < members.size(); g++)
      if (!members.get(g).isEmpty()) used[groupConcern.get(g)]++;
    int[] groupCost = new int[members.size()];
    for (int g = 0; g < members.size(); g++)
      groupCost[g] = cost(members.get(g), groupConcern.get(g));
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      for (int i = 0; i < n && budget > 0; i++) {
        int a = groupOf[i];
        List<Integer> from = members.get(a);
        int ka = groupConcern.get(a);
        int withoutI = cost(from, ka, i, -1);
        for (int b = 0; b < members.size() && budget > 0; b++) {
          if (b == a) continue;
          int kb = groupConcern.get(b);
          if (rank[i][kb] < 0) continue;
          List<Integer> to = members.get(b);
          // a move: into a group with room (a used one, or an empty one of a concern under its cap)
          if (to.size() < max && (!to.isEmpty() || (used[kb] < groupCap[kb] && kb != ka))) {
            budget--;
            int delta = withoutI + cost(to, kb, -1, i) - groupCost[a] - groupCost[b];
            if (delta < 0) {
              if (to.isEmpty()) used[kb]++;
              from.remove((Integer) i);
              if (from.isEmpty()) used[ka]--;
              to.add(i);
              groupOf[i] = b;
              groupCost[a] = withoutI;
              groupCost[b] = cost(to, kb);
              improved = true;
              break;
            }
          }
          // a swap with a member of b that can go to a's concern
          boolean swapped = false;
          for (int jx = 0; jx < to.size() && budget > 0; jx++) {
            int j = to.get(jx);
            if (rank[j][ka] < 0) continue;
            budget--;
            int newA = cost(from, ka, i, j);
            int newB = cost(to, kb, j, i);
            if (newA + newB < groupCost[a] + groupCost[b]) {
              from.set(from.indexOf(i), j);
              to.set(jx, i);
              groupOf[i] = b;
              groupOf[j] = a;
              groupCost[a] = newA;
              groupCost[b] = newB;
              swapped = true;
              break;
            }
          }
          if (swapped) {
            improved = true;
            break;
          }
        }
      }
    }
    return budget;
  }

  /** Groups that are not empty, their members in teacher order (the order of the request). */
  List<int[]> plan() {
    List<int[]> out = new ArrayList<>();
    for (int g = 0; g < members.size(); g++) {
      List<Integer> m = members.get(g);
      if (m.isEmpty()) continue;
      int[] row = new int[m.size() + 1];
      row[0] = groupConcern.get(g);
      int[] sorted = m.stream().mapToInt(Integer::intValue).sorted().toArray();
      System.arraycopy(sorted, 0, row, 1, sorted.length);
      out.add(row);
    }
    return out;
  }

  // ---------------------------------------------------------------- bound

  /**
   * A penalty no plan can go below, from counting arguments only: G groups hold the n teachers (G ≥
   * ⌈n / max⌉, and ≥ the groups the teachers with a single chosen concern need), a group without a
   * catalyst when groups outnumber catalysts, and in a group of s members at least s − e repeated
   * digital-ease levels, s − b seniority bands and s − d disciplines (e, b, d the numbers of
   * distinct levels, bands and disciplines among the teachers); every teacher at least on their
   * best concern (rank 0). Minimised over G.
   */
  int lowerBound() {
    if (n == 0) return 0;
    int catalysts = 0;
    for (boolean c : catalyst) if (c) catalysts++;
    int[] single = new int[concernCount];
    for (int i = 0; i < n; i++) {
      int cited = 0;
      for (int k = 0; k < concernCount; k++) if (rank[i][k] >= 0) cited++;
      if (cited == 1) single[firstChoice[i]]++;
    }
    int minGroups = (n + max - 1) / max;
    int singles = 0;
    for (int k = 0; k < concernCount; k++) singles += (single[k] + max - 1) / max;
    minGroups = Math.max(minGroups, singles);
    int maxGroups = 0;
    for (int k = 0; k < concernCount; k++) maxGroups += groupCap[k];
    int best = Integer.MAX_VALUE;
    for (int g = minGroups; g <= Math.min(n, maxGroups); g++) {
      // sizes as even as possible minimise each "s - c" sum, whose terms are convex in s
      int small = n / g;
      int bigCount = n % g;
      int dup = bigCount * repeats(small + 1) + (g - bigCount) * repeats(small);
      int value = GROUP_PENALTY * g + NO_CATALYST_PENALTY * Math.max(0, g - catalysts) + dup;
      best = Math.min(best, value);
    }
    return best;
  }

  private int repeats(int size) {
    return SAME_DIGITAL_EASE_PENALTY * Math.max(0, size - easeCount)
        + SAME_SENIORITY_BAND_PENALTY * Math.max(0, size - bandCount)
        + SAME_DISCIPLINE_PENALTY * Math.max(0, size - disciplineCount);
  }
}
