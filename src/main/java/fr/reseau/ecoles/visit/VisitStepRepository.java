package fr.reseau.ecoles.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitStepRepository extends JpaRepository<VisitStep, Long> {

  List<VisitStep> findByVisitIdOrderById(Long visitId);
}
