package fr.reseau.ecoles.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreVisitDocumentRepository extends JpaRepository<PreVisitDocument, Long> {

  List<PreVisitDocument> findByVisitId(Long visitId);

  boolean existsByVisitIdAndSide(Long visitId, PreVisitDocument.Side side);
}
