package fr.reseau.ecoles.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  Optional<OutboxMessage> findByDedupKey(String dedupKey);

  List<OutboxMessage> findByRecipientUserIdOrderById(String recipientUserId);

  List<OutboxMessage> findByStatusInOrderByIdDesc(Collection<OutboxStatus> statuses, Pageable page);

  List<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

  long countByStatus(OutboxStatus status);
}
