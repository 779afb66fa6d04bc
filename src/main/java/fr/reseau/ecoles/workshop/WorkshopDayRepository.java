package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WorkshopDayRepository extends JpaRepository<WorkshopDay, Long> {

  List<WorkshopDay> findByNetworkIdOrderByDayDateDesc(String networkId);

  java.util.Optional<WorkshopDay> findByProcessInstanceId(String processInstanceId);

  /**
   * The day is held: one column, in one statement. The teachers' logbooks arrive at the same
   * moment; loading and saving the whole day in each would write back stale copies of its other
   * columns. A published day stays published.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update WorkshopDay d set d.status = fr.reseau.ecoles.workshop.WorkshopDayStatus.HELD where d.id = ?1"
          + " and d.status in (fr.reseau.ecoles.workshop.WorkshopDayStatus.PREPARING, fr.reseau.ecoles.workshop.WorkshopDayStatus.INVITED)")
  int markHeld(Long id);
}
