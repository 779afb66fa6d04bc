package fr.reseau.ecoles.academic;

import java.util.List;

/**
 * The academic group queries Spring Data cannot derive from a method name.
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface AcademicGroupQueries {

  /** The groups a person belongs to as a teacher, the référent or the IA-IPR. */
  List<AcademicGroup> involving(String userId);
}
