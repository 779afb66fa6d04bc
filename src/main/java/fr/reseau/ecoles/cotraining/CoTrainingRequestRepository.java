package fr.reseau.ecoles.cotraining;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoTrainingRequestRepository extends JpaRepository<CoTrainingRequest, Long> {

  List<CoTrainingRequest> findByNetworkIdOrderById(String networkId);

  List<CoTrainingRequest> findByNetworkIdAndRequesterUserIdOrderById(
      String networkId, String requesterUserId);
}
