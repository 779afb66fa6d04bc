package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopDayOutputRepository extends JpaRepository<WorkshopDayOutput, Long> {

  List<WorkshopDayOutput> findByWorkshopDayIdOrderById(Long workshopDayId);

  Optional<WorkshopDayOutput> findByWorkshopDayIdAndKind(Long workshopDayId, String kind);
}
