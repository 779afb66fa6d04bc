package fr.reseau.ecoles.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

  Optional<NetworkMeeting> findByReviewId(Long reviewId);
}
