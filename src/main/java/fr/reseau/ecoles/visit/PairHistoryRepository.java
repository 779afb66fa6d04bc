package fr.reseau.ecoles.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairHistoryRepository extends JpaRepository<PairHistory, Long> {

  boolean existsByNetworkIdAndPseudonymLowAndPseudonymHighAndSchoolYear(
      String networkId, String pseudonymLow, String pseudonymHigh, String schoolYear);

  /** The pairs held in the network's earlier school years ("2024-2025" sorts first). */
  @Query(
      "select distinct new fr.reseau.ecoles.visit.PseudonymPair(h.pseudonymLow, h.pseudonymHigh)"
          + " from PairHistory h where h.networkId = ?1 and h.schoolYear < ?2"
          + " order by h.pseudonymLow, h.pseudonymHigh")
  List<PseudonymPair> findEarlierPairs(String networkId, String schoolYear);

  List<PairHistory> findByNetworkIdOrderById(String networkId);
}
