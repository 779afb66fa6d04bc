package fr.reseau.ecoles.academic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByProductionIdOrderByReportedAt(Long productionId);
}
