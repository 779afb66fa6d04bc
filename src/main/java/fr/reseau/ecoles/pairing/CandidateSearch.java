package fr.reseau.ecoles.pairing;

import java.util.Arrays;

/**
 * The searches of {@link PairingMatching} in a {@link ChordTree}, pruned by the lower bounds of
 * {@link MatchingProblem}: a point's k cheapest admissible partners, and a row's admissible columns
 * of negative reduced cost (the certificate).
 */
final class CandidateSearch {

  private final MatchingProblem problem;

  CandidateSearch(MatchingProblem problem) {
    this.problem = problem;
  }

  /**
   * The k cheapest admissible partners in {@code tree} (over side {@code treeSide}) of point {@code
   * q} of side {@code querySide}; {@code queryIsRow} tells the orientation.
   */
  void searchCheapest(
      ChordTree tree,
      MatchingSide treeSide,
      MatchingSide querySide,
      int q,
      boolean queryIsRow,
      CheapestK out) {
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
              problem.lowerBound(
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
          if (!problem.admissible(r, c)) {
            continue;
          }
          out.offer(problem.cost(r, c), p);
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
    return problem.lowerBound(
        tree.lowerBoundKm(node, qx, qy, qz),
        qThemes,
        qPpcr,
        tree.maxThemes[node],
        tree.maxPpcr[node]);
  }

  /** The admissible columns of row r with a negative reduced cost, most negative kept. */
  void searchViolations(ChordTree tree, int r, long u, long[] v, CheapestK out) {
    double qx = problem.rowSide.x[r];
    double qy = problem.rowSide.y[r];
    double qz = problem.rowSide.z[r];
    int qThemes = problem.rowSide.themes[r];
    int qPpcr = problem.rowSide.ppcr[r];
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
              problem.lowerBound(
                  tree.chordKm(c, qx, qy, qz),
                  qThemes,
                  qPpcr,
                  problem.columnSide.themes[c],
                  problem.columnSide.ppcr[c]);
          if (lb - u - v[c] >= 0 || !problem.admissible(r, c)) {
            continue;
          }
          long reduced = problem.cost(r, c) - u - v[c];
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
