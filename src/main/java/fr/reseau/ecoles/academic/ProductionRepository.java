package fr.reseau.ecoles.academic;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface ProductionRepository extends JpaRepository<Production, Long> {

  List<Production> findByStatusOrderByPublishedAtDesc(ProductionStatus status);

  List<Production> findByGroupIdOrderByUpdatedAtDesc(String groupId);

  /** Read under a row lock: a file is added or removed while no publication changes the row. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Production> findLockedById(Long id);
}
