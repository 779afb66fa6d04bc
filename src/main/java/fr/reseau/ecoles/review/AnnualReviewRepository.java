package fr.reseau.ecoles.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReviewRepository extends JpaRepository<AnnualReview, Long> {

  Optional<AnnualReview> findByNetworkIdAndSchoolYear(String networkId, String schoolYear);

  boolean existsByNetworkIdAndSchoolYear(String networkId, String schoolYear);

  List<AnnualReview> findByNetworkIdAndSchoolYearIn(String networkId, List<String> schoolYears);

  /** The reviews of a network whose meeting was planned (a member's calendar). */
  List<AnnualReview> findByNetworkIdAndMeetingStartsAtIsNotNullOrderById(String networkId);
}
