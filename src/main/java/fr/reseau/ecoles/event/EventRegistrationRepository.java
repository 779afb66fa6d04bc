package fr.reseau.ecoles.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

  List<EventRegistration> findByEventIdOrderById(Long eventId);

  Optional<EventRegistration> findByEventIdAndMemberUserId(Long eventId, String memberUserId);

  long countByEventIdAndRoleAndStatus(
      Long eventId, RegistrationRole role, RegistrationStatus status);

  /** The waiting list of a role, first come first. */
  List<EventRegistration> findByEventIdAndRoleAndStatusOrderByRegisteredAtAscIdAsc(
      Long eventId, RegistrationRole role, RegistrationStatus status);

  /** A member's registrations of one status, every event (their calendar feed). */
  List<EventRegistration> findByMemberUserIdAndStatusOrderById(
      String memberUserId, RegistrationStatus status);
}
