package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnimatorBriefingRepository extends JpaRepository<AnimatorBriefing, Long> {

  List<AnimatorBriefing> findByWorkshopDayIdOrderById(Long workshopDayId);

  void deleteByWorkshopDayId(Long workshopDayId);
}
