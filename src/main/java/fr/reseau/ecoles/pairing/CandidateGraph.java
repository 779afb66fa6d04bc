package fr.reseau.ecoles.pairing;

import java.util.Arrays;

/**
 * The candidate graph of {@link PairingMatching}: its edges per row (columns and exact costs,
 * unsorted, no duplicates), the edges of a maximum-cardinality matching of the complete problem,
 * and the {@link SparseAssignment} of the graph.
 */
final class CandidateGraph {

  private final MatchingProblem problem;
  private final int rows;
  private final int columns;

  /** Candidate edges per row, columns and costs (unsorted, no duplicates). */
  private final int[][] edgeColumns;

  private final long[][] edgeCosts;
  private final int[] degree;

  CandidateGraph(MatchingProblem problem) {
    this.problem = problem;
    this.rows = problem.rows;
    this.columns = problem.columns;
    edgeColumns = new int[rows][];
    edgeCosts = new long[rows][];
    degree = new int[rows];
  }

  SparseAssignment assignment() {
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
    return new SparseAssignment(rows, columns, start, column, cost, problem.big);
  }

  long edgeCount() {
    long n = 0;
    for (int d : degree) {
      n += d;
    }
    return n;
  }

  void addEdgeIfAbsent(int r, int c, long cost) {
    int[] cols = edgeColumns[r];
    for (int k = 0; cols != null && k < degree[r]; k++) {
      if (cols[k] == c) {
        return;
      }
    }
    addEdge(r, c, cost);
  }

  void addEdge(int r, int c, long cost) {
    if (edgeColumns[r] == null) {
      edgeColumns[r] = new int[PairingMatching.PER_ROW + 4];
      edgeCosts[r] = new long[PairingMatching.PER_ROW + 4];
    } else if (degree[r] == edgeColumns[r].length) {
      edgeColumns[r] = Arrays.copyOf(edgeColumns[r], degree[r] * 2);
      edgeCosts[r] = Arrays.copyOf(edgeCosts[r], degree[r] * 2);
    }
    edgeColumns[r][degree[r]] = c;
    edgeCosts[r][degree[r]] = cost;
    degree[r]++;
  }

  /**
   * Adds to the graph the edges of a maximum-cardinality matching of the complete problem, so that
   * the graph allows as many visits as all pairs do: a greedy matching on the candidates, then, for
   * each row left, a breadth-first search for an augmenting path among all admissible pairs
   * (columns are scanned once per search, kept only when blocked: O(columns + blocked pairs) per
   * row). A row without such a path cannot be matched (Berge).
   */
  void ensureMaximumCardinality() {
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
          if (free >= 0 || !problem.admissible(i, c)) {
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

  private void augmentPath(int free, int r0, int[] reachedFrom, int[] rowMatch, int[] columnMatch) {
    int c = free;
    while (c >= 0) {
      int i = reachedFrom[c];
      int previous = rowMatch[i];
      rowMatch[i] = c;
      columnMatch[c] = i;
      addEdgeIfAbsent(i, c, problem.cost(i, c));
      c = i == r0 ? -1 : previous;
    }
  }
}
