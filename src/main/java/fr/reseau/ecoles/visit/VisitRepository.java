package fr.reseau.ecoles.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long>, VisitQueries {

  List<Visit> findByCampaignIdOrderById(Long campaignId);

  Optional<Visit> findByNetworkIdAndSchoolYearAndVisitorUserIdAndHostUserId(
      String networkId, String schoolYear, String visitorUserId, String hostUserId);

  /** Pairs already made in earlier school years ("2025-2026" sorts before "2026-2027"). */
  default List<Visit> findEarlierVisits(String networkId, String schoolYear) {
    return findByNetworkIdAndSchoolYearLessThanAndStatusNot(
        networkId, schoolYear, VisitStatus.CANCELLED);
  }

  List<Visit> findByNetworkIdAndSchoolYearLessThanAndStatusNot(
      String networkId, String schoolYear, VisitStatus status);
}
