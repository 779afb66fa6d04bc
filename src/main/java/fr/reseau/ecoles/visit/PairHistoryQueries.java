package fr.reseau.ecoles.visit;

import java.util.List;

/**
 * The pair history query Spring Data cannot derive from a method name.
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface PairHistoryQueries {

  /** The pairs held in the network's earlier school years ("2024-2025" sorts first). */
  List<PseudonymPair> findEarlierPairs(String networkId, String schoolYear);
}
