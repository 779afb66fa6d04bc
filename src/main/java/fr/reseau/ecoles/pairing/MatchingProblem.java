package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One matching problem of {@link PairingMatching}, oriented rows × columns (rows the smaller side),
 * volunteers by index: who may meet whom (not oneself, not the same establishment, not an earlier
 * or forbidden pair), the exact cost of a pair, a lower bound of it from a chord distance, and the
 * cost {@code M} of leaving a row unmatched.
 */
final class MatchingProblem {

  /** Margin (thousandths of km) under a chord for the rounding of distances to 0.1 km. */
  private static final long ROUNDING_MARGIN_MILLI = 51;

  private final PairingCosts costs;
  private final boolean rowsAreVisitors;
  private final Volunteer[] rowPeople;
  private final Volunteer[] columnPeople;
  final int rows;
  final int columns;
  final MatchingSide rowSide;
  final MatchingSide columnSide;

  /** Per row, the sorted columns of earlier and forbidden pairs. */
  private final int[][] blockedColumns;

  private final boolean themeMasks;
  final long big;

  /** The territory rules (zones, degrees) of {@link PairingRules#structural}, by index. */
  private final ZonePolicy zonePolicy;

  private final boolean interDegree;

  MatchingProblem(
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
    rowSide = new MatchingSide(rowPeople, rowsAreVisitors, personIds, establishmentIds, themeBits);
    columnSide =
        new MatchingSide(columnPeople, !rowsAreVisitors, personIds, establishmentIds, themeBits);
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
  }

  private static void registerZone(Volunteer v, Map<String, Integer> zoneIds) {
    String zone = v.zoneCode();
    if (zone != null && !zone.isBlank()) {
      zoneIds.putIfAbsent(zone, zoneIds.size());
    }
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

  List<PairingCandidate> visits(SparseAssignment assignment) {
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

  /** Exact cost of row r with column c, as {@link PairingCosts#candidate} computes it. */
  long cost(int r, int c) {
    return rowsAreVisitors
        ? visitCost(rowSide, r, columnSide, c)
        : visitCost(columnSide, c, rowSide, r);
  }

  /** Not oneself, not the same establishment, not an earlier or forbidden pair. */
  boolean admissible(int r, int c) {
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

  private long visitCost(MatchingSide visitors, int v, MatchingSide hosts, int h) {
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
  long lowerBound(double km, int themesA, int ppcrA, int themesB, int ppcrB) {
    long distanceMilli = (long) Math.floor(km * PairingCosts.MILLI_PER_KM);
    long saved =
        costs.milliPerCoveredNeed() * Math.min(themesA, themesB)
            + costs.milliForPpcr() * (ppcrA + ppcrB)
            + costs.milliForSameZone();
    return distanceMilli - ROUNDING_MARGIN_MILLI - saved;
  }
}
