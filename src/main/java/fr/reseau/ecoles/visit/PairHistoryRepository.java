package fr.reseau.ecoles.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairHistoryRepository extends JpaRepository<PairHistory, Long> {

  boolean existsByNetworkIdAndPairHashAndSchoolYear(
      String networkId, String pairHash, String schoolYear);

  /** The pairs held in the network's earlier school years ("2024-2025" sorts first). */
  @Query(
      "select distinct h.pairHash from PairHistory h where h.networkId = ?1 and h.schoolYear < ?2")
  List<String> findEarlierHashes(String networkId, String schoolYear);

  List<PairHistory> findByNetworkIdOrderById(String networkId);
}
