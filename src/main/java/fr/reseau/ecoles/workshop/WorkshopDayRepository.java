package fr.reseau.ecoles.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopDayRepository
    extends JpaRepository<WorkshopDay, Long>, WorkshopDayStatusUpdate {

  List<WorkshopDay> findByNetworkIdOrderByDayDateDesc(String networkId);

  java.util.Optional<WorkshopDay> findByProcessInstanceId(String processInstanceId);
}
