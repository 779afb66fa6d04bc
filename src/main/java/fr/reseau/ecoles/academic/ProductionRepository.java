package fr.reseau.ecoles.academic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductionRepository extends JpaRepository<Production, Long> {

  List<Production> findByStatusOrderByPublishedAtDesc(ProductionStatus status);

  List<Production> findByGroupIdOrderByUpdatedAtDesc(String groupId);
}
