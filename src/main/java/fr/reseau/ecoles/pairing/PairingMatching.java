package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The production matcher: the most visits, then the lowest total cost, exact, in memory
 * proportional to a sparse candidate graph instead of all n² pairs.
 *
 * <ol>
 *   <li>Rows are the smaller side (visitor or host roles), columns the other; each row also has a
 *       private "unmatched" column of cost {@code M}, large enough that one more visit always wins
 *       (as the old {@code M − cost} weights): a minimum-cost assignment of every row then has the
 *       most visits and, among those, the lowest total cost.
 *   <li>Candidate graph: for each row its {@value #PER_ROW} cheapest admissible columns and for
 *       each column its {@value #PER_COLUMN} cheapest admissible rows, found in {@link ChordTree}s
 *       with exact costs and pruning by a proven lower bound (chord ≤ great-circle distance, most
 *       km a visit can save from the needs and PPCRs in the region).
 *   <li>{@link SparseAssignment} solves the graph exactly and returns dual values {@code u, v}.
 *   <li>Certificate on the whole problem: every admissible pair left out of the graph must have a
 *       reduced cost {@code cost − u − v ≥ 0}; the trees find any that does not without looking at
 *       every pair. If there are, the most negative ones are added to the graph and step 3 runs
 *       again. When there are none, the assignment is optimal on the complete problem (LP duality)
 *       — no pruning is trusted without this proof.
 * </ol>
 */
final class PairingMatching implements PairingMatcher {

  static final int PER_ROW = 8;
  static final int PER_COLUMN = 8;

  /** Edges added per row and round when the certificate fails. */
  static final int ADDED_PER_ROW = 16;

  /** Margin (thousandths of km) under a chord for the rounding of distances to 0.1 km. */
  private static final long ROUNDING_MARGIN_MILLI = 51;

  /** What one run did, for the benchmark. */
  record Stats(
      int rows, int columns, long initialEdges, long finalEdges, int rounds, long scanned) {}

  private final Consumer<Stats> statsSink;
  private final int perRow;
  private final int perColumn;

  PairingMatching() {
    this(stats -> {});
  }

  PairingMatching(Consumer<Stats> statsSink) {
    this(PER_ROW, PER_COLUMN, statsSink);
  }

  /** With other candidate counts: the tests use tiny ones to exercise the certificate's rounds. */
  PairingMatching(int perRow, int perColumn, Consumer<Stats> statsSink) {
    this.perRow = perRow;
    this.perColumn = perColumn;
    this.statsSink = statsSink;
  }

  @Override
  public List<PairingCandidate> optimalMatching(
      List<Volunteer> freeVisitors,
      List<Volunteer> freeHosts,
      PairingRules rules,
      PairingCosts costs) {
    if (freeVisitors.isEmpty() || freeHosts.isEmpty()) {
      statsSink.accept(new Stats(0, 0, 0, 0, 0, 0));
      return List.of();
    }
    return new Problem(freeVisitors, freeHosts, rules, costs).solve();
  }

  /** One matching problem, oriented rows × columns, volunteers by index. */
  private final class Problem {

    private final PairingCosts costs;
    private final boolean rowsAreVisitors;
    private final Volunteer[] rowPeople;
    private final Volunteer[] columnPeople;
    private final int rows;
    private final int columns;
    private final Side rowSide;
    private final Side columnSide;

    /** Per row, the sorted columns of earlier and forbidden pairs. */
    private final int[][] blockedColumns;

    private final boolean themeMasks;
    private final long big;

    /** The territory rules (zones, degrees) of {@link PairingRules#structural}, by index. */
    private final ZonePolicy zonePolicy;

    private final boolean interDegree;

    /** Candidate edges per row, columns and costs (unsorted, no duplicates). */
    private final int[][] edgeColumns;

    private final long[][] edgeCosts;
    private final int[] degree;

    Problem(
        List<Volunteer> freeVisitors,
        List<Volunteer> freeHosts,
        PairingRules rules,
        PairingCosts costs) {
      this.costs = costs;
      this.zonePolicy = rules.zonePolicy();
      this.interDegree = rules.interDegree();
      this.rowsAreVisitors = freeVisitors.size() <= freeHosts.size();
      List<Volunteer> rowList = rowsAreVisitors ? freeVisitors : freeHosts;
      List<Volunteer> columnList = rowsAreVisitors ? freeHosts : freeVisitors;
      rowPeople = rowList.toArray(Volunteer[]::new);
      columnPeople = columnList.toArray(Volunteer[]::new);
      rows = rowPeople.length;
      columns = columnPeople.length;

      // One id per person (self pairs) and per establishment code (same establishment).
      Map<String, Integer> personIds = new HashMap<>();
      Map<String, Integer> establishmentIds = new HashMap<>();
      Map<String, Integer> themeBits = new HashMap<>();
      Map<String, Integer> zoneIds = new HashMap<>();
      for (Volunteer v : rowPeople) {
        register(v, personIds, establishmentIds, themeBits);
        registerZone(v, zoneIds);
      }
      for (Volunteer v : columnPeople) {
        register(v, personIds, establishmentIds, themeBits);
        registerZone(v, zoneIds);
      }
      themeMasks = themeBits.size() <= 64;
      rowSide = new Side(rowPeople, rowsAreVisitors, personIds, establishmentIds, themeBits);
      columnSide = new Side(columnPeople, !rowsAreVisitors, personIds, establishmentIds, themeBits);
      rowSide.territory(zoneIds);
      columnSide.territory(zoneIds);
      int[] rowOfPerson = new int[personIds.size()];
      int[] columnOfPerson = new int[personIds.size()];
      Arrays.fill(rowOfPerson, -1);
      Arrays.fill(columnOfPerson, -1);
      for (int r = 0; r < rows; r++) {
        rowOfPerson[rowSide.person[r]] = r;
      }
      for (int c = 0; c < columns; c++) {
        columnOfPerson[columnSide.person[c]] = c;
      }
      int[] blockedCount = new int[rows];
      List<long[]> blocked = new ArrayList<>();
      for (Set<PairKey> pairs : List.of(rules.earlierPairs(), rules.forbiddenPairs())) {
        for (PairKey pair : pairs) {
          Integer visitor = personIds.get(pair.visitor());
          Integer host = personIds.get(pair.host());
          if (visitor != null && host != null) {
            int r = rowOfPerson[rowsAreVisitors ? visitor : host];
            int c = columnOfPerson[rowsAreVisitors ? host : visitor];
            if (r >= 0 && c >= 0) {
              blocked.add(new long[] {r, c});
              blockedCount[r]++;
            }
          }
        }
      }
      blockedColumns = new int[rows][];
      for (int r = 0; r < rows; r++) {
        blockedColumns[r] = new int[blockedCount[r]];
        blockedCount[r] = 0;
      }
      for (long[] pair : blocked) {
        int r = (int) pair[0];
        blockedColumns[r][blockedCount[r]++] = (int) pair[1];
      }
      for (int[] columnsOfRow : blockedColumns) {
        Arrays.sort(columnsOfRow);
      }
      big = bigCost();
      edgeColumns = new int[rows][];
      edgeCosts = new long[rows][];
      degree = new int[rows];
    }

    private void register(
        Volunteer v,
        Map<String, Integer> personIds,
        Map<String, Integer> establishmentIds,
        Map<String, Integer> themeBits) {
      personIds.putIfAbsent(v.userId(), personIds.size());
      String code = v.establishmentCode();
      if (code != null && !code.isBlank()) {
        establishmentIds.putIfAbsent(code, establishmentIds.size());
      }
      for (Set<String> codes : List.of(v.needs(), v.strengths())) {
        for (String theme : codes) {
          if (theme != null) {
            themeBits.putIfAbsent(theme, themeBits.size());
          }
        }
      }
    }

    private static void registerZone(Volunteer v, Map<String, Integer> zoneIds) {
      String zone = v.zoneCode();
      if (zone != null && !zone.isBlank()) {
        zoneIds.putIfAbsent(zone, zoneIds.size());
      }
    }

    /**
     * {@code M = maxCost + rows × (maxCost − minCost) + 1} with bounds valid for every pair: a
     * distance is at most half the Earth's circumference; a visit saves at most the km of all the
     * needs one side lists and of two PPCRs. Any assignment with s + 1 visits then costs less than
     * any with s visits. Dual values and path lengths stay far below {@code Long.MAX_VALUE}.
     */
    private long bigCost() {
      long maxTenths = PairingCosts.distanceTenths(Math.PI * Distances.EARTH_RADIUS_KM) + 1;
      int maxThemes = Math.max(rowSide.maxThemes(), columnSide.maxThemes());
      long maxCost = costs.costMilli(maxTenths, 0, 0);
      long minCost = costs.costMilli(0, maxThemes, 2, 1);
      try {
        long m =
            Math.addExact(
                Math.addExact(
                    maxCost, Math.multiplyExact(rows, Math.subtractExact(maxCost, minCost))),
                1);
        Math.multiplyExact(m, 8L * (rows + 2L));
        return m;
      } catch (ArithmeticException e) {
        throw PairingCosts.tooLarge();
      }
    }

    List<PairingCandidate> solve() {
      ChordTree columnTree = columnSide.tree();
      ChordTree rowTree = rowSide.tree();
      CheapestK cheapest = new CheapestK(Math.max(1, Math.max(perRow, perColumn)));
      for (int r = 0; r < rows && perRow > 0; r++) {
        cheapest.reset(perRow);
        searchCheapest(columnTree, columnSide, rowSide, r, true, cheapest);
        for (int k = 0; k < cheapest.size; k++) {
          addEdge(r, cheapest.ids[k], cheapest.keys[k]);
        }
      }
      for (int c = 0; c < columns && perColumn > 0; c++) {
        cheapest.reset(perColumn);
        searchCheapest(rowTree, rowSide, columnSide, c, false, cheapest);
        for (int k = 0; k < cheapest.size; k++) {
          addEdgeIfAbsent(cheapest.ids[k], c, cheapest.keys[k]);
        }
      }
      ensureMaximumCardinality();
      long initialEdges = edgeCount();

      int rounds = 0;
      long scanned = 0;
      CheapestK violations = new CheapestK(ADDED_PER_ROW);
      while (true) {
        rounds++;
        SparseAssignment assignment = assignment();
        assignment.solve();
        scanned += assignment.scanned;
        columnTree.updateMaxPotential(assignment.v);
        boolean optimal = true;
        for (int r = 0; r < rows; r++) {
          violations.reset(ADDED_PER_ROW);
          searchViolations(columnTree, r, assignment.u(r), assignment.v, violations);
          for (int k = 0; k < violations.size; k++) {
            // reduced cost < 0: not an edge of the graph (all of those are ≥ 0)
            int c = violations.ids[k];
            addEdge(r, c, cost(r, c));
            optimal = false;
          }
        }
        if (optimal) {
          statsSink.accept(new Stats(rows, columns, initialEdges, edgeCount(), rounds, scanned));
          return visits(assignment);
        }
      }
    }

    private List<PairingCandidate> visits(SparseAssignment assignment) {
      List<PairingCandidate> chosen = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        int c = assignment.rowColumn[r];
        if (c < columns) {
          Volunteer visitor = rowsAreVisitors ? rowPeople[r] : columnPeople[c];
          Volunteer host = rowsAreVisitors ? columnPeople[c] : rowPeople[r];
          PairingCandidate candidate = costs.candidate(visitor, host);
          if (candidate.costMilli() != assignment.rowCost[r]) {
            throw new IllegalStateException("cost mismatch for " + visitor + " → " + host);
          }
          chosen.add(candidate);
        }
      }
      return chosen;
    }

    private SparseAssignment assignment() {
      int[] start = new int[rows + 1];
      for (int r = 0; r < rows; r++) {
        start[r + 1] = start[r] + degree[r];
      }
      int[] column = new int[start[rows]];
      long[] cost = new long[start[rows]];
      for (int r = 0; r < rows; r++) {
        if (degree[r] == 0) {
          continue;
        }
        System.arraycopy(edgeColumns[r], 0, column, start[r], degree[r]);
        System.arraycopy(edgeCosts[r], 0, cost, start[r], degree[r]);
      }
      return new SparseAssignment(rows, columns, start, column, cost, big);
    }

    private long edgeCount() {
      long n = 0;
      for (int d : degree) {
        n += d;
      }
      return n;
    }

    private void addEdgeIfAbsent(int r, int c, long cost) {
      int[] cols = edgeColumns[r];
      for (int k = 0; cols != null && k < degree[r]; k++) {
        if (cols[k] == c) {
          return;
        }
      }
      addEdge(r, c, cost);
    }

    private void addEdge(int r, int c, long cost) {
      if (edgeColumns[r] == null) {
        edgeColumns[r] = new int[PER_ROW + 4];
        edgeCosts[r] = new long[PER_ROW + 4];
      } else if (degree[r] == edgeColumns[r].length) {
        edgeColumns[r] = Arrays.copyOf(edgeColumns[r], degree[r] * 2);
        edgeCosts[r] = Arrays.copyOf(edgeCosts[r], degree[r] * 2);
      }
      edgeColumns[r][degree[r]] = c;
      edgeCosts[r][degree[r]] = cost;
      degree[r]++;
    }

    /** Exact cost of row r with column c, as {@link PairingCosts#candidate} computes it. */
    private long cost(int r, int c) {
      return rowsAreVisitors
          ? visitCost(rowSide, r, columnSide, c)
          : visitCost(columnSide, c, rowSide, r);
    }

    /** Not oneself, not the same establishment, not an earlier or forbidden pair. */
    private boolean admissible(int r, int c) {
      if (rowSide.person[r] == columnSide.person[c]) {
        return false;
      }
      int e = rowSide.establishment[r];
      if (e >= 0 && e == columnSide.establishment[c]) {
        return false;
      }
      if (!territoryAllows(r, c)) {
        return false;
      }
      int[] blocked = blockedColumns[r];
      return blocked.length == 0 || Arrays.binarySearch(blocked, c) < 0;
    }

    /** {@link PairingRules#structural}'s zone and degree rules, on indices. */
    private boolean territoryAllows(int r, int c) {
      int dr = rowSide.degree[r];
      int dc = columnSide.degree[c];
      if (!interDegree && dr >= 0 && dc >= 0 && dr != dc) {
        return false;
      }
      int zr = rowSide.zone[r];
      int zc = columnSide.zone[c];
      return switch (zonePolicy) {
        case REQUIRE -> zr >= 0 && zr == zc;
        case AVOID -> zr < 0 || zr != zc;
        default -> true;
      };
    }

    /**
     * Adds to the graph the edges of a maximum-cardinality matching of the complete problem, so
     * that the graph allows as many visits as all pairs do: a greedy matching on the candidates,
     * then, for each row left, a breadth-first search for an augmenting path among all admissible
     * pairs (columns are scanned once per search, kept only when blocked: O(columns + blocked
     * pairs) per row). A row without such a path cannot be matched (Berge).
     */
    private void ensureMaximumCardinality() {
      int[] rowMatch = new int[rows];
      int[] columnMatch = new int[columns];
      Arrays.fill(rowMatch, -1);
      Arrays.fill(columnMatch, -1);
      for (int r = 0; r < rows; r++) {
        for (int k = 0; k < degree[r]; k++) {
          int c = edgeColumns[r][k];
          if (columnMatch[c] < 0) {
            columnMatch[c] = r;
            rowMatch[r] = c;
            break;
          }
        }
      }
      int[] unvisited = new int[columns];
      int[] queue = new int[rows];
      int[] reachedFrom = new int[columns];
      int[] seen = new int[columns];
      // Augmenting paths within the candidate graph first (they keep the graph's short edges).
      for (int r0 = 0; r0 < rows; r0++) {
        if (rowMatch[r0] >= 0) {
          continue;
        }
        int head = 0;
        int tail = 0;
        queue[tail++] = r0;
        int free = -1;
        while (head < tail && free < 0) {
          int i = queue[head++];
          for (int k = 0; k < degree[i] && free < 0; k++) {
            int c = edgeColumns[i][k];
            if (seen[c] == r0 + 1) {
              continue;
            }
            seen[c] = r0 + 1;
            reachedFrom[c] = i;
            if (columnMatch[c] < 0) {
              free = c;
            } else {
              queue[tail++] = columnMatch[c];
            }
          }
        }
        augmentPath(free, r0, reachedFrom, rowMatch, columnMatch);
      }
      // Then among all admissible pairs, for the rows still free.
      for (int r0 = 0; r0 < rows; r0++) {
        if (rowMatch[r0] >= 0) {
          continue;
        }
        for (int c = 0; c < columns; c++) {
          unvisited[c] = c;
        }
        int left = columns;
        int head = 0;
        int tail = 0;
        queue[tail++] = r0;
        int free = -1;
        while (head < tail && free < 0) {
          int i = queue[head++];
          int kept = 0;
          for (int k = 0; k < left; k++) {
            int c = unvisited[k];
            if (free >= 0 || !admissible(i, c)) {
              unvisited[kept++] = c;
              continue;
            }
            reachedFrom[c] = i;
            if (columnMatch[c] < 0) {
              free = c;
            } else {
              queue[tail++] = columnMatch[c];
            }
          }
          left = kept;
        }
        augmentPath(free, r0, reachedFrom, rowMatch, columnMatch);
      }
    }

    private void augmentPath(
        int free, int r0, int[] reachedFrom, int[] rowMatch, int[] columnMatch) {
      int c = free;
      while (c >= 0) {
        int i = reachedFrom[c];
        int previous = rowMatch[i];
        rowMatch[i] = c;
        columnMatch[c] = i;
        addEdgeIfAbsent(i, c, cost(i, c));
        c = i == r0 ? -1 : previous;
      }
    }

    private long visitCost(Side visitors, int v, Side hosts, int h) {
      Volunteer visitor = visitors.people[v];
      Volunteer host = hosts.people[h];
      double km =
          Distances.haversineKm(
              visitor.latitude(), visitor.longitude(), host.latitude(), host.longitude());
      int covered;
      if (themeMasks) {
        covered = Long.bitCount(visitors.needMask[v] & hosts.strengthMask[h]);
      } else {
        covered = 0;
        for (String need : visitor.needs()) {
          if (need != null && host.strengths().contains(need)) {
            covered++;
          }
        }
      }
      int ppcr = visitors.ppcr[v] + hosts.ppcr[h];
      int sameZone = visitors.zone[v] >= 0 && visitors.zone[v] == hosts.zone[h] ? 1 : 0;
      return costs.costMilli(PairingCosts.distanceTenths(km), covered, ppcr, sameZone);
    }

    /** Lower bound of the cost of a visit at chord distance {@code km} with at most that bonus. */
    private long lowerBound(double km, int themesA, int ppcrA, int themesB, int ppcrB) {
      long distanceMilli = (long) Math.floor(km * PairingCosts.MILLI_PER_KM);
      long saved =
          costs.milliPerCoveredNeed() * Math.min(themesA, themesB)
              + costs.milliForPpcr() * (ppcrA + ppcrB)
              + costs.milliForSameZone();
      return distanceMilli - ROUNDING_MARGIN_MILLI - saved;
    }

    /**
     * The k cheapest admissible partners in {@code tree} (over side {@code treeSide}) of point
     * {@code q} of side {@code querySide}; {@code queryIsRow} tells the orientation.
     */
    private void searchCheapest(
        ChordTree tree, Side treeSide, Side querySide, int q, boolean queryIsRow, CheapestK out) {
      if (tree.nodeCount() == 0) {
        return;
      }
      double qx = querySide.x[q];
      double qy = querySide.y[q];
      double qz = querySide.z[q];
      int qThemes = querySide.themes[q];
      int qPpcr = querySide.ppcr[q];
      int[] stack = new int[128];
      long[] bounds = new long[128];
      int top = 0;
      stack[top] = 0;
      bounds[top++] = Long.MIN_VALUE;
      while (top > 0) {
        top--;
        int node = stack[top];
        if (out.full() && bounds[top] >= out.worst()) {
          continue;
        }
        if (tree.isLeaf(node)) {
          for (int k = tree.lo[node]; k < tree.hi[node]; k++) {
            int p = tree.order[k];
            long lb =
                lowerBound(
                    tree.chordKm(p, qx, qy, qz),
                    qThemes,
                    qPpcr,
                    treeSide.themes[p],
                    treeSide.ppcr[p]);
            if (out.full() && lb >= out.worst()) {
              continue;
            }
            int r = queryIsRow ? q : p;
            int c = queryIsRow ? p : q;
            if (!admissible(r, c)) {
              continue;
            }
            out.offer(cost(r, c), p);
          }
          continue;
        }
        int a = tree.left[node];
        int b = tree.right[node];
        long la = nodeBound(tree, a, qx, qy, qz, qThemes, qPpcr);
        long lbB = nodeBound(tree, b, qx, qy, qz, qThemes, qPpcr);
        if (top + 2 > stack.length) {
          stack = Arrays.copyOf(stack, stack.length * 2);
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        // Nearer child popped first.
        if (la <= lbB) {
          stack[top] = b;
          bounds[top++] = lbB;
          stack[top] = a;
          bounds[top++] = la;
        } else {
          stack[top] = a;
          bounds[top++] = la;
          stack[top] = b;
          bounds[top++] = lbB;
        }
      }
    }

    private long nodeBound(
        ChordTree tree, int node, double qx, double qy, double qz, int qThemes, int qPpcr) {
      return lowerBound(
          tree.lowerBoundKm(node, qx, qy, qz),
          qThemes,
          qPpcr,
          tree.maxThemes[node],
          tree.maxPpcr[node]);
    }

    /** The admissible columns of row r with a negative reduced cost, most negative kept. */
    private void searchViolations(ChordTree tree, int r, long u, long[] v, CheapestK out) {
      double qx = rowSide.x[r];
      double qy = rowSide.y[r];
      double qz = rowSide.z[r];
      int qThemes = rowSide.themes[r];
      int qPpcr = rowSide.ppcr[r];
      int[] stack = new int[128];
      int top = 0;
      stack[top++] = 0;
      while (top > 0) {
        int node = stack[--top];
        long bound = nodeBound(tree, node, qx, qy, qz, qThemes, qPpcr);
        if (bound - u - tree.maxPotential[node] >= 0) {
          continue;
        }
        if (tree.isLeaf(node)) {
          for (int k = tree.lo[node]; k < tree.hi[node]; k++) {
            int c = tree.order[k];
            long lb =
                lowerBound(
                    tree.chordKm(c, qx, qy, qz),
                    qThemes,
                    qPpcr,
                    columnSide.themes[c],
                    columnSide.ppcr[c]);
            if (lb - u - v[c] >= 0 || !admissible(r, c)) {
              continue;
            }
            long reduced = cost(r, c) - u - v[c];
            if (reduced < 0) {
              out.offer(reduced, c);
            }
          }
          if (out.full()) {
            // Enough edges for this round: the next round's check goes on from a better dual.
            return;
          }
          continue;
        }
        if (top + 2 > stack.length) {
          stack = Arrays.copyOf(stack, stack.length * 2);
        }
        // Nearer child first: violations, when any, are found early.
        int a = tree.left[node];
        int b = tree.right[node];
        if (tree.lowerBoundKm(a, qx, qy, qz) <= tree.lowerBoundKm(b, qx, qy, qz)) {
          stack[top++] = b;
          stack[top++] = a;
        } else {
          stack[top++] = a;
          stack[top++] = b;
        }
      }
    }
  }

  /** One side of the matching, by index: where, what themes, PPCR. */
  private static final class Side {
    final Volunteer[] people;
    final int[] person;
    final int[] establishment;
    final double[] x;
    final double[] y;
    final double[] z;
    final long[] needMask;
    final long[] strengthMask;

    /** Theme count bounding covered needs from this side: needs of visitors, strengths of hosts. */
    final int[] themes;

    final int[] ppcr;

    /** Zone id (-1: none) and degree ordinal (-1: unknown), set by {@link #territory}. */
    int[] zone;

    int[] degree;

    Side(
        Volunteer[] people,
        boolean visitors,
        Map<String, Integer> personIds,
        Map<String, Integer> establishmentIds,
        Map<String, Integer> themeBits) {
      this.people = people;
      int n = people.length;
      person = new int[n];
      establishment = new int[n];
      x = new double[n];
      y = new double[n];
      z = new double[n];
      needMask = new long[n];
      strengthMask = new long[n];
      themes = new int[n];
      ppcr = new int[n];
      for (int i = 0; i < n; i++) {
        Volunteer v = people[i];
        person[i] = personIds.get(v.userId());
        String code = v.establishmentCode();
        establishment[i] = code == null || code.isBlank() ? -1 : establishmentIds.get(code);
        double lat = Math.toRadians(v.latitude());
        double lon = Math.toRadians(v.longitude());
        x[i] = Distances.EARTH_RADIUS_KM * Math.cos(lat) * Math.cos(lon);
        y[i] = Distances.EARTH_RADIUS_KM * Math.cos(lat) * Math.sin(lon);
        z[i] = Distances.EARTH_RADIUS_KM * Math.sin(lat);
        needMask[i] = mask(v.needs(), themeBits);
        strengthMask[i] = mask(v.strengths(), themeBits);
        themes[i] = count(visitors ? v.needs() : v.strengths());
        ppcr[i] = v.ppcrPlanned() ? 1 : 0;
      }
    }

    void territory(Map<String, Integer> zoneIds) {
      zone = new int[people.length];
      degree = new int[people.length];
      for (int i = 0; i < people.length; i++) {
        String code = people[i].zoneCode();
        zone[i] = code == null || code.isBlank() ? -1 : zoneIds.get(code);
        degree[i] = people[i].degree() == null ? -1 : people[i].degree().ordinal();
      }
    }

    ChordTree tree() {
      return new ChordTree(x, y, z, themes, ppcr);
    }

    int maxThemes() {
      int max = 0;
      for (int t : themes) {
        max = Math.max(max, t);
      }
      return max;
    }

    private static long mask(Set<String> codes, Map<String, Integer> bits) {
      long mask = 0;
      for (String code : codes) {
        Integer bit = code == null ? null : bits.get(code);
        if (bit != null && bit < 64) {
          mask |= 1L << bit;
        }
      }
      return mask;
    }

    private static int count(Set<String> codes) {
      int n = 0;
      for (String code : codes) {
        n += code == null ? 0 : 1;
      }
      return n;
    }
  }

  /** The k smallest keys seen, with their ids (a bounded max-heap). */
  private static final class CheapestK {
    final long[] keys;
    final int[] ids;
    int size;
    int capacity;

    CheapestK(int maxCapacity) {
      keys = new long[maxCapacity];
      ids = new int[maxCapacity];
    }

    void reset(int capacity) {
      this.capacity = capacity;
      size = 0;
    }

    boolean full() {
      return size == capacity;
    }

    long worst() {
      return keys[0];
    }

    void offer(long key, int id) {
      if (size < capacity) {
        int k = size++;
        while (k > 0) {
          int parent = (k - 1) >>> 1;
          if (keys[parent] >= key) {
            break;
          }
          keys[k] = keys[parent];
          ids[k] = ids[parent];
          k = parent;
        }
        keys[k] = key;
        ids[k] = id;
      } else if (key < keys[0]) {
        int k = 0;
        while (true) {
          int child = 2 * k + 1;
          if (child >= size) {
            break;
          }
          if (child + 1 < size && keys[child + 1] > keys[child]) {
            child++;
          }
          if (keys[child] <= key) {
            break;
          }
          keys[k] = keys[child];
          ids[k] = ids[child];
          k = child;
        }
        keys[k] = key;
        ids[k] = id;
      }
    }
  }
}
