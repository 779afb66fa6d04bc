package fr.reseau.ecoles.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VisitRepository extends JpaRepository<Visit, Long> {

  List<Visit> findByCampaignIdOrderById(Long campaignId);

  Optional<Visit> findByNetworkIdAndSchoolYearAndVisitorUserIdAndHostUserId(
      String networkId, String schoolYear, String visitorUserId, String hostUserId);

  /** Pairs already made in earlier school years ("2025-2026" sorts before "2026-2027"). */
  @Query(
      "select v from Visit v where v.networkId = ?1 and v.schoolYear < ?2 and v.status <> fr.reseau.ecoles.visit.VisitStatus.CANCELLED")
  List<Visit> findEarlierVisits(String networkId, String schoolYear);

  /**
   * Visits whose date was announced (an invitation was sent) and that are not cancelled, of a
   * teacher (visitor or host) or of the establishments a head leads: a person's calendar.
   */
  @Query(
      "select v from Visit v where v.calendarSequence is not null"
          + " and v.status <> fr.reseau.ecoles.visit.VisitStatus.CANCELLED"
          + " and (v.visitorUserId = ?1 or v.hostUserId = ?1"
          + " or v.hostEstablishmentCode in ?2 or v.visitorEstablishmentCode in ?2)"
          + " order by v.calendarDate, v.id")
  List<Visit> findAnnouncedOf(String userId, java.util.Collection<String> ledEstablishments);

  /**
   * The half-days already taken in a school year by some teachers: visits whose date is agreed (or
   * later: signed, held, completed), other than the given one.
   */
  @Query(
      "select new fr.reseau.ecoles.visit.HalfDayBooking(v.id, v.visitorUserId, v.hostUserId,"
          + " v.visitDate, v.visitHalfDay) from Visit v where v.networkId = ?1 and v.schoolYear = ?2"
          + " and (v.visitorUserId in ?3 or v.hostUserId in ?3) and v.id <> ?4"
          + " and v.visitDate is not null and v.status in (fr.reseau.ecoles.visit.VisitStatus.DATE_AGREED,"
          + " fr.reseau.ecoles.visit.VisitStatus.MISSION_ORDER_SIGNED,"
          + " fr.reseau.ecoles.visit.VisitStatus.HELD, fr.reseau.ecoles.visit.VisitStatus.COMPLETED)"
          + " order by v.visitDate, v.visitHalfDay desc")
  List<HalfDayBooking> findBookedHalfDays(
      String networkId,
      String schoolYear,
      java.util.Collection<String> userIds,
      Long exceptVisitId);
}
