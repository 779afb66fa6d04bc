package fr.reseau.ecoles.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopDayRepository extends JpaRepository<WorkshopDay, Long> {

  List<WorkshopDay> findByNetworkIdOrderByDayDateDesc(String networkId);
}
