package fr.reseau.ecoles.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, Long> {

  List<OutboxAttachment> findByOutboxIdOrderByPosition(Long outboxId);
}
