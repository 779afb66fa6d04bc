package fr.reseau.ecoles.event;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventFeedbackRepository extends JpaRepository<EventFeedback, Long> {

  List<EventFeedback> findByEventIdOrderById(Long eventId);

  boolean existsByEventIdAndMemberUserId(Long eventId, String memberUserId);
}
