package fr.reseau.ecoles.visit;

import java.util.List;

/**
 * The pair history query Spring Data cannot derive from a method name.
 *
 * <p>Written with the Criteria API rather than {@code @Query}: Hibernate parses every query string
 * at start-up with its ANTLR grammar (about a sixth of the application's start-up CPU for 16
 * queries, docs/performance.md), while a criteria query is built directly.
 */
public interface PairHistoryQueries {

  /** The pairs held in the network's earlier school years ("2024-2025" sorts first). */
  List<PseudonymPair> findEarlierPairs(String networkId, String schoolYear);
}
