package fr.reseau.ecoles.volunteering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclarationRepository extends JpaRepository<Declaration, Long> {

  List<Declaration> findByCampaignIdOrderByMemberUserId(Long campaignId);

  List<Declaration> findByCampaignIdAndVolunteerTrueOrderByMemberUserId(Long campaignId);

  Optional<Declaration> findByCampaignIdAndMemberUserId(Long campaignId, String memberUserId);
}
