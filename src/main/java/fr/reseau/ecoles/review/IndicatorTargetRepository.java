package fr.reseau.ecoles.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

  List<IndicatorTarget> findByNetworkIdAndSchoolYearOrderById(String networkId, String schoolYear);

  boolean existsByNetworkIdAndSchoolYear(String networkId, String schoolYear);
}
