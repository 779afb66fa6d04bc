package fr.reseau.ecoles.pairing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PairingReviewRepository extends JpaRepository<PairingReview, Long> {

  List<PairingReview> findByCampaignIdOrderById(Long campaignId);
}
