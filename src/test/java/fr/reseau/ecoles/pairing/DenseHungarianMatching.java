package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A second exact reference, in test scope, for sizes the JGraphT reference cannot handle: the
 * classic dense Hungarian algorithm (Kuhn–Munkres with potentials, O(rows² × columns)) on the full
 * cost matrix of the smaller side × the other side, each row with a private "unmatched" column of
 * cost {@code M} (one more visit always wins) and inadmissible pairs at {@code 4M}. It shares only
 * {@link PairingCosts} with {@link PairingMatching}: no candidate graph, no pruning, no
 * certificate. Memory: the matrix, 4 bytes a pair (11,000 volunteers: about 300 MB).
 */
final class DenseHungarianMatching implements PairingMatcher {

  private static final int BLOCKED = Integer.MIN_VALUE;

  @Override
  public List<PairingCandidate> optimalMatching(
      List<Volunteer> freeVisitors,
      List<Volunteer> freeHosts,
      PairingRules rules,
      PairingCosts costs) {
    boolean rowsAreVisitors = freeVisitors.size() <= freeHosts.size();
    List<Volunteer> rowList = rowsAreVisitors ? freeVisitors : freeHosts;
    List<Volunteer> columnList = rowsAreVisitors ? freeHosts : freeVisitors;
    int n = rowList.size();
    int m = columnList.size();
    if (n == 0) {
      return List.of();
    }
    int[][] cost = new int[n][m];
    long minCost = 0;
    long maxCost = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        Volunteer visitor = rowsAreVisitors ? rowList.get(i) : columnList.get(j);
        Volunteer host = rowsAreVisitors ? columnList.get(j) : rowList.get(i);
        if (visitor.userId().equals(host.userId()) || rules.block(visitor, host) != null) {
          cost[i][j] = BLOCKED;
          continue;
        }
        long c = fastCost(visitor, host, costs);
        if (c <= BLOCKED || c > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("cost out of the int range of the reference");
        }
        cost[i][j] = (int) c;
        minCost = Math.min(minCost, c);
        maxCost = Math.max(maxCost, c);
      }
    }
    long big = maxCost + (long) n * (maxCost - minCost) + 1;
    long inf = 4 * big;
    int columns = m + n;
    // e-maxx formulation, 1-based: p[j] row of column j, way[j] previous column on the path.
    long[] u = new long[n + 1];
    long[] v = new long[columns + 1];
    int[] p = new int[columns + 1];
    int[] way = new int[columns + 1];
    long[] minv = new long[columns + 1];
    boolean[] used = new boolean[columns + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Long.MAX_VALUE);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = -1;
        for (int j = 1; j <= columns; j++) {
          if (!used[j]) {
            long a;
            if (j <= m) {
              int c = cost[i0 - 1][j - 1];
              a = c == BLOCKED ? inf : c;
            } else {
              a = j - m == i0 ? big : inf;
            }
            long cur = a - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= columns; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    List<PairingCandidate> chosen = new ArrayList<>();
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        int i = p[j] - 1;
        if (cost[i][j - 1] == BLOCKED) {
          throw new IllegalStateException("inadmissible pair in the reference optimum");
        }
        Volunteer visitor = rowsAreVisitors ? rowList.get(i) : columnList.get(j - 1);
        Volunteer host = rowsAreVisitors ? columnList.get(j - 1) : rowList.get(i);
        chosen.add(costs.candidate(visitor, host));
      }
    }
    return chosen;
  }

  /** The specification's cost, without the allocations of {@link PairingCosts#candidate}. */
  private static long fastCost(Volunteer visitor, Volunteer host, PairingCosts costs) {
    double km =
        Distances.haversineKm(
            visitor.latitude(), visitor.longitude(), host.latitude(), host.longitude());
    int covered = 0;
    for (String need : visitor.needs()) {
      if (need != null && host.strengths().contains(need)) {
        covered++;
      }
    }
    int ppcr = (visitor.ppcrPlanned() ? 1 : 0) + (host.ppcrPlanned() ? 1 : 0);
    return costs.costMilli(PairingCosts.distanceTenths(km), covered, ppcr);
  }
}
