package fr.reseau.ecoles.summary;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkSummaryRepository extends JpaRepository<NetworkSummary, Long> {

  Optional<NetworkSummary> findByCampaignId(Long campaignId);

  Optional<NetworkSummary> findByNetworkIdAndSchoolYear(String networkId, String schoolYear);

  Optional<NetworkSummary> findFirstByNetworkIdAndPublishedTrueOrderBySchoolYearDesc(
      String networkId);
}
