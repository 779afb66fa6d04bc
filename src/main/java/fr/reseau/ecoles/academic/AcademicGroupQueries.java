package fr.reseau.ecoles.academic;

import java.util.List;

/**
 * The academic group queries Spring Data cannot derive from a method name.
 *
 * <p>Written with the Criteria API rather than {@code @Query}: Hibernate parses every query string
 * at start-up with its ANTLR grammar (about a sixth of the application's start-up CPU for 16
 * queries, docs/performance.md), while a criteria query is built directly.
 */
public interface AcademicGroupQueries {

  /** The groups a person belongs to as a teacher, the référent or the IA-IPR. */
  List<AcademicGroup> involving(String userId);
}
