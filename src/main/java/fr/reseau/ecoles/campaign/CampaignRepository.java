package fr.reseau.ecoles.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  Optional<Campaign> findByNetworkIdAndSchoolYear(String networkId, String schoolYear);

  boolean existsByNetworkIdAndSchoolYear(String networkId, String schoolYear);

  /** Campaigns whose personal content is still stored. */
  List<Campaign> findByPersonalContentPurgedAtIsNullOrderById();

  List<Campaign> findByNetworkIdAndPersonalContentPurgedAtIsNullOrderById(String networkId);
}
