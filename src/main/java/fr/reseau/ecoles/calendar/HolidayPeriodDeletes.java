package fr.reseau.ecoles.calendar;

import java.time.LocalDate;

/**
 * Periods removed in one statement, before an import inserts their replacements in the same
 * transaction.
 *
 * <p>Written with the Criteria API rather than {@code @Query}: Hibernate parses every query string
 * at start-up with its ANTLR grammar (about a sixth of the application's start-up CPU for 16
 * queries, docs/performance.md), while a criteria query is built directly.
 */
public interface HolidayPeriodDeletes {

  /** Removes a zone's periods starting in [from, until): an import replaces what it covers. */
  int deleteStartingBetween(String zone, LocalDate from, LocalDate until);
}
