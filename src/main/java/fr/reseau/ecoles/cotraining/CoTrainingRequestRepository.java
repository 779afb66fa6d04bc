package fr.reseau.ecoles.cotraining;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoTrainingRequestRepository extends JpaRepository<CoTrainingRequest, Long> {

  List<CoTrainingRequest> findByNetworkIdOrderById(String networkId);

  List<CoTrainingRequest> findByNetworkIdAndRequesterUserIdOrderById(
      String networkId, String requesterUserId);

  /**
   * Requests of a status whose comma-separated participants contain the text; a broad LIKE that the
   * caller narrows to the exact user id.
   */
  List<CoTrainingRequest> findByStatusAndParticipantsContainingOrderById(
      CoTrainingStatus status, String participant);
}
