package fr.reseau.ecoles.workshop;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

  List<Workshop> findByWorkshopDayIdOrderById(Long workshopDayId);

  void deleteByWorkshopDayId(Long workshopDayId);

  /**
   * Locks the workshop's row until the end of the transaction (places counted on several nodes).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Workshop> findLockedById(Long id);
}
