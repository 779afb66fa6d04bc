package fr.reseau.ecoles.pairing;

import java.util.Arrays;

/**
 * Exact minimum-cost assignment of every row on a sparse graph, by successive shortest augmenting
 * paths (Dijkstra on reduced costs, column potentials kept as in Jonker–Volgenant).
 *
 * <p>Columns {@code 0..m−1} are the real ones; each row {@code r} also has a private "dummy" column
 * {@code m + r} of cost {@code big}: taking it means the row stays unmatched. Rows are assigned one
 * after the other; for the rectangular problem this is exact whatever the order, because a free
 * column's potential is never lowered (it stays 0) and an assigned column never becomes free.
 *
 * <p>At the end, with {@code u(r) = cost(r, col(r)) − v(col(r))}: {@code cost(r, c) − u(r) − v(c) ≥
 * 0} on every edge, equality on the assigned ones, {@code v ≤ 0} and {@code v = 0} on free columns:
 * the LP dual certificate of optimality, which {@link PairingMatching} extends to the pairs left
 * out of the graph.
 *
 * <p>Memory: O(rows + columns + edges). All arithmetic on {@code long}, exact.
 */
final class SparseAssignment {

  private static final byte UNSEEN = 0;
  private static final byte SEEN = 1;
  private static final byte DONE = 2;

  private final int rows;
  private final int columns;
  private final int[] start;
  private final int[] edgeColumn;
  private final long[] edgeCost;
  private final long big;

  /** Column potentials, real columns then dummies. */
  final long[] v;

  /** Assigned row of each column, −1 if free. */
  final int[] columnRow;

  /** Assigned column of each row (≥ m: its dummy, unmatched). */
  final int[] rowColumn;

  /** Cost of each row's assigned edge. */
  final long[] rowCost;

  private final long[] dist;
  private final int[] pred;
  private final long[] predCost;
  private final byte[] state;
  private final int[] touched;
  private final int[] done;
  private long[] heapKey = new long[64];
  private int[] heapValue = new int[64];
  private int heapSize;

  /** Number of columns taken out of the heap, over all augmentations (work measure). */
  long scanned;

  SparseAssignment(
      int rows, int columns, int[] start, int[] edgeColumn, long[] edgeCost, long big) {
    this.rows = rows;
    this.columns = columns;
    this.start = start;
    this.edgeColumn = edgeColumn;
    this.edgeCost = edgeCost;
    this.big = big;
    int all = columns + rows;
    v = new long[all];
    columnRow = new int[all];
    Arrays.fill(columnRow, -1);
    rowColumn = new int[rows];
    Arrays.fill(rowColumn, -1);
    rowCost = new long[rows];
    dist = new long[all];
    pred = new int[all];
    predCost = new long[all];
    state = new byte[all];
    touched = new int[all];
    done = new int[all];
  }

  void solve() {
    for (int r = 0; r < rows; r++) {
      augment(r);
    }
  }

  /** The row's dual value {@code u(r)}. */
  long u(int row) {
    return rowCost[row] - v[rowColumn[row]];
  }

  private void augment(int r0) {
    heapSize = 0;
    int touchedCount = 0;
    int doneCount = 0;
    touchedCount = relaxRow(r0, 0, 0, touchedCount);
    int end = -1;
    while (heapSize > 0) {
      long d = heapKey[0];
      int j = heapValue[0];
      pop();
      if (state[j] == DONE || d != dist[j]) {
        continue;
      }
      state[j] = DONE;
      scanned++;
      if (columnRow[j] < 0) {
        end = j;
        break;
      }
      done[doneCount++] = j;
      int i = columnRow[j];
      touchedCount = relaxRow(i, d, rowCost[i] - v[j], touchedCount);
    }
    if (end < 0) {
      throw new IllegalStateException("no free column reachable"); // the row's dummy always is
    }
    long reach = dist[end];
    for (int k = 0; k < doneCount; k++) {
      int j = done[k];
      v[j] += dist[j] - reach;
    }
    int j = end;
    while (true) {
      int i = pred[j];
      int previous = rowColumn[i];
      columnRow[j] = i;
      rowColumn[i] = j;
      rowCost[i] = predCost[j];
      if (i == r0) {
        break;
      }
      j = previous;
    }
    for (int k = 0; k < touchedCount; k++) {
      state[touched[k]] = UNSEEN;
    }
  }

  private int relaxRow(int i, long base, long ui, int touchedCount) {
    for (int e = start[i]; e < start[i + 1]; e++) {
      touchedCount = relax(edgeColumn[e], base + edgeCost[e] - ui, i, edgeCost[e], touchedCount);
    }
    return relax(columns + i, base + big - ui, i, big, touchedCount);
  }

  private int relax(int j, long candidate, int row, long cost, int touchedCount) {
    byte s = state[j];
    if (s == DONE) {
      return touchedCount;
    }
    long d = candidate - v[j];
    if (s == UNSEEN) {
      state[j] = SEEN;
      touched[touchedCount++] = j;
    } else if (d >= dist[j]) {
      return touchedCount;
    }
    dist[j] = d;
    pred[j] = row;
    predCost[j] = cost;
    push(d, j);
    return touchedCount;
  }

  private void push(long key, int value) {
    if (heapSize == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, heapSize * 2);
      heapValue = Arrays.copyOf(heapValue, heapSize * 2);
    }
    int k = heapSize++;
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (heapKey[parent] <= key) {
        break;
      }
      heapKey[k] = heapKey[parent];
      heapValue[k] = heapValue[parent];
      k = parent;
    }
    heapKey[k] = key;
    heapValue[k] = value;
  }

  private void pop() {
    int last = --heapSize;
    if (last == 0) {
      return;
    }
    long key = heapKey[last];
    int value = heapValue[last];
    int k = 0;
    while (true) {
      int child = 2 * k + 1;
      if (child >= last) {
        break;
      }
      if (child + 1 < last && heapKey[child + 1] < heapKey[child]) {
        child++;
      }
      if (heapKey[child] >= key) {
        break;
      }
      heapKey[k] = heapKey[child];
      heapValue[k] = heapValue[child];
      k = child;
    }
    heapKey[k] = key;
    heapValue[k] = value;
  }
}
