package fr.reseau.ecoles.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ZoneReviewRepository extends JpaRepository<ZoneReview, Long> {

  List<ZoneReview> findByReviewIdOrderByZoneName(Long reviewId);

  Optional<ZoneReview> findByReviewIdAndZoneCode(Long reviewId, String zoneCode);
}
