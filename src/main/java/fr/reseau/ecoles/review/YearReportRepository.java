package fr.reseau.ecoles.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YearReportRepository extends JpaRepository<YearReport, Long> {

  Optional<YearReport> findByNetworkIdAndSchoolYear(String networkId, String schoolYear);
}
