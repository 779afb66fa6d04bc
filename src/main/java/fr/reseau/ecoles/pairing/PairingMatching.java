package fr.reseau.ecoles.pairing;

import java.util.List;
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
    return solve(new MatchingProblem(freeVisitors, freeHosts, rules, costs));
  }

  private List<PairingCandidate> solve(MatchingProblem problem) {
    CandidateGraph graph = new CandidateGraph(problem);
    CandidateSearch search = new CandidateSearch(problem);
    int rows = problem.rows;
    int columns = problem.columns;
    ChordTree columnTree = problem.columnSide.tree();
    ChordTree rowTree = problem.rowSide.tree();
    CheapestK cheapest = new CheapestK(Math.max(1, Math.max(perRow, perColumn)));
    for (int r = 0; r < rows && perRow > 0; r++) {
      cheapest.reset(perRow);
      search.searchCheapest(columnTree, problem.columnSide, problem.rowSide, r, true, cheapest);
      for (int k = 0; k < cheapest.size; k++) {
        graph.addEdge(r, cheapest.ids[k], cheapest.keys[k]);
      }
    }
    for (int c = 0; c < columns && perColumn > 0; c++) {
      cheapest.reset(perColumn);
      search.searchCheapest(rowTree, problem.rowSide, problem.columnSide, c, false, cheapest);
      for (int k = 0; k < cheapest.size; k++) {
        graph.addEdgeIfAbsent(cheapest.ids[k], c, cheapest.keys[k]);
      }
    }
    graph.ensureMaximumCardinality();
    long initialEdges = graph.edgeCount();

    int rounds = 0;
    long scanned = 0;
    CheapestK violations = new CheapestK(ADDED_PER_ROW);
    while (true) {
      rounds++;
      SparseAssignment assignment = graph.assignment();
      assignment.solve();
      scanned += assignment.scanned;
      columnTree.updateMaxPotential(assignment.v);
      boolean optimal = true;
      for (int r = 0; r < rows; r++) {
        violations.reset(ADDED_PER_ROW);
        search.searchViolations(columnTree, r, assignment.u(r), assignment.v, violations);
        for (int k = 0; k < violations.size; k++) {
          // reduced cost < 0: not an edge of the graph (all of those are ≥ 0)
          int c = violations.ids[k];
          graph.addEdge(r, c, problem.cost(r, c));
          optimal = false;
        }
      }
      if (optimal) {
        statsSink.accept(
            new Stats(rows, columns, initialEdges, graph.edgeCount(), rounds, scanned));
        return problem.visits(assignment);
      }
    }
  }
}
