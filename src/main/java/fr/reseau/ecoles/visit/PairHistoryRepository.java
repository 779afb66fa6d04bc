package fr.reseau.ecoles.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PairHistoryRepository
    extends JpaRepository<PairHistory, Long>, PairHistoryQueries {

  boolean existsByNetworkIdAndPseudonymLowAndPseudonymHighAndSchoolYear(
      String networkId, String pseudonymLow, String pseudonymHigh, String schoolYear);

  List<PairHistory> findByNetworkIdOrderById(String networkId);
}
