package fr.reseau.ecoles.calendar;

import java.time.LocalDate;

/**
 * Periods removed in one statement, before an import inserts their replacements in the same
 * transaction.
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface HolidayPeriodDeletes {

  /** Removes a zone's periods starting in [from, until): an import replaces what it covers. */
  int deleteStartingBetween(String zone, LocalDate from, LocalDate until);
}
