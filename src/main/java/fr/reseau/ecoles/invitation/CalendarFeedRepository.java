package fr.reseau.ecoles.invitation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

  Optional<CalendarFeed> findByUserId(String userId);

  Optional<CalendarFeed> findByToken(String token);
}
