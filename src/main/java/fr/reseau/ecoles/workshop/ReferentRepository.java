package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferentRepository extends JpaRepository<Referent, Long> {

  List<Referent> findByWorkshopDayIdOrderByScoreDescIdAsc(Long workshopDayId);

  void deleteByWorkshopDayId(Long workshopDayId);
}
