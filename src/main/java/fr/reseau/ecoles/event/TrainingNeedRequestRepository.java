package fr.reseau.ecoles.event;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingNeedRequestRepository extends JpaRepository<TrainingNeedRequest, Long> {

  List<TrainingNeedRequest> findByNetworkIdAndEventIdIsNullOrderById(String networkId);

  List<TrainingNeedRequest> findByNetworkIdAndThemeAndEventIdIsNull(String networkId, String theme);
}
