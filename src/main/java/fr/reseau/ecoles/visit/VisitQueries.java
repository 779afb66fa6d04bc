package fr.reseau.ecoles.visit;

import java.util.Collection;
import java.util.List;

/**
 * The visit queries Spring Data cannot derive from a method name.
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface VisitQueries {

  /**
   * Visits whose date was announced (an invitation was sent) and that are not cancelled, of a
   * teacher (visitor or host) or of the establishments a head leads: a person's calendar.
   */
  List<Visit> findAnnouncedOf(String userId, Collection<String> ledEstablishments);

  /**
   * The half-days already taken in a school year by some teachers: visits whose date is agreed (or
   * later: signed, held, completed), other than the given one.
   */
  List<HalfDayBooking> findBookedHalfDays(
      String networkId, String schoolYear, Collection<String> userIds, Long exceptVisitId);
}
