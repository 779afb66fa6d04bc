package fr.reseau.ecoles.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

  List<Feedback> findByReviewIdOrderById(Long reviewId);

  boolean existsByReviewIdAndMemberUserId(Long reviewId, String memberUserId);
}
