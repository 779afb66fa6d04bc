package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DayGroupRepository extends JpaRepository<DayGroup, Long> {

  List<DayGroup> findByWorkshopDayIdOrderById(Long workshopDayId);

  void deleteByWorkshopDayId(Long workshopDayId);
}
