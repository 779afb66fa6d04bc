package fr.reseau.ecoles.workshop;

/**
 * The status change of a workshop day that must not load the day.
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface WorkshopDayStatusUpdate {

  /**
   * The day is held: one column, in one statement. The teachers' logbooks arrive at the same
   * moment; loading and saving the whole day in each would write back stale copies of its other
   * columns. A published day stays published.
   *
   * @return 1 when the day became held, 0 when it already was (or was published)
   */
  int markHeld(Long id);
}
