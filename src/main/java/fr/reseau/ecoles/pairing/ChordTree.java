package fr.reseau.ecoles.pairing;

/**
 * A k-d tree over the establishments of one side of the matching, as points of 3-D space on a
 * sphere of the Earth's radius (km). The straight-line (chord) distance from a point to a node's
 * bounding box is a lower bound of the great-circle distance to any establishment in the node, so
 * whole regions can be skipped when even their cheapest possible visit cannot matter.
 *
 * <p>Each node keeps, for its points, the largest theme count (needs or strengths, whichever the
 * side contributes to a covered need), whether any prepares a PPCR, and the largest column
 * potential (set by {@link #updateMaxPotential}); together they bound the cost of any visit into
 * the node from below.
 */
final class ChordTree {

  private static final int LEAF_SIZE = 8;

  /** Point ids (0..n−1) in tree order; node {@code i} holds {@code order[lo[i] .. hi[i])}. */
  final int[] order;

  final double[] x;
  final double[] y;
  final double[] z;
  final int[] lo;
  final int[] hi;
  final int[] left;
  final int[] right;
  final double[] minX;
  final double[] minY;
  final double[] minZ;
  final double[] maxX;
  final double[] maxY;
  final double[] maxZ;
  final int[] maxThemes;
  final int[] maxPpcr;
  final long[] maxPotential;
  private int nodes;

  /**
   * @param x,y,z the points (km)
   * @param themes per point, the theme count that bounds the covered needs
   * @param ppcr per point, 1 if preparing a PPCR
   */
  ChordTree(double[] x, double[] y, double[] z, int[] themes, int[] ppcr) {
    int n = x.length;
    this.x = x;
    this.y = y;
    this.z = z;
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int capacity = 2 * n + 1;
    lo = new int[capacity];
    hi = new int[capacity];
    left = new int[capacity];
    right = new int[capacity];
    minX = new double[capacity];
    minY = new double[capacity];
    minZ = new double[capacity];
    maxX = new double[capacity];
    maxY = new double[capacity];
    maxZ = new double[capacity];
    maxThemes = new int[capacity];
    maxPpcr = new int[capacity];
    maxPotential = new long[capacity];
    if (n > 0) {
      build(0, n, themes, ppcr);
    }
  }

  int nodeCount() {
    return nodes;
  }

  boolean isLeaf(int node) {
    return left[node] < 0;
  }

  private int build(int from, int to, int[] themes, int[] ppcr) {
    int node = nodes++;
    lo[node] = from;
    hi[node] = to;
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double z0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    double z1 = Double.NEGATIVE_INFINITY;
    int themeMax = 0;
    int ppcrMax = 0;
    for (int k = from; k < to; k++) {
      int p = order[k];
      x0 = Math.min(x0, x[p]);
      y0 = Math.min(y0, y[p]);
      z0 = Math.min(z0, z[p]);
      x1 = Math.max(x1, x[p]);
      y1 = Math.max(y1, y[p]);
      z1 = Math.max(z1, z[p]);
      themeMax = Math.max(themeMax, themes[p]);
      ppcrMax = Math.max(ppcrMax, ppcr[p]);
    }
    minX[node] = x0;
    minY[node] = y0;
    minZ[node] = z0;
    maxX[node] = x1;
    maxY[node] = y1;
    maxZ[node] = z1;
    maxThemes[node] = themeMax;
    maxPpcr[node] = ppcrMax;
    if (to - from <= LEAF_SIZE) {
      left[node] = -1;
      right[node] = -1;
      return node;
    }
    double[] key = x1 - x0 >= y1 - y0 && x1 - x0 >= z1 - z0 ? x : y1 - y0 >= z1 - z0 ? y : z;
    int mid = (from + to) >>> 1;
    select(key, from, to - 1, mid);
    left[node] = build(from, mid, themes, ppcr);
    right[node] = build(mid, to, themes, ppcr);
    return node;
  }

  /** Partially sorts {@code order[from..to]} so that position {@code k} holds its k-th key. */
  private void select(double[] key, int from, int to, int k) {
    while (from < to) {
      double pivot = key[order[(from + to) >>> 1]];
      int i = from;
      int j = to;
      while (i <= j) {
        while (key[order[i]] < pivot) {
          i++;
        }
        while (key[order[j]] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        to = j;
      } else if (k >= i) {
        from = i;
      } else {
        return;
      }
    }
  }

  /** Lower bound (km) of the distance from (qx, qy, qz) to any point of the node. */
  double lowerBoundKm(int node, double qx, double qy, double qz) {
    double dx = Math.max(0, Math.max(minX[node] - qx, qx - maxX[node]));
    double dy = Math.max(0, Math.max(minY[node] - qy, qy - maxY[node]));
    double dz = Math.max(0, Math.max(minZ[node] - qz, qz - maxZ[node]));
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /** Chord (km) between a query point and point {@code p}: at most their great-circle distance. */
  double chordKm(int p, double qx, double qy, double qz) {
    double dx = x[p] - qx;
    double dy = y[p] - qy;
    double dz = z[p] - qz;
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /** Sets every node's largest potential of its points. Children come after their parent. */
  void updateMaxPotential(long[] potential) {
    for (int node = nodes - 1; node >= 0; node--) {
      long max = Long.MIN_VALUE;
      if (isLeaf(node)) {
        for (int k = lo[node]; k < hi[node]; k++) {
          max = Math.max(max, potential[order[k]]);
        }
      } else {
        max = Math.max(maxPotential[left[node]], maxPotential[right[node]]);
      }
      maxPotential[node] = max;
    }
  }
}
