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
}
