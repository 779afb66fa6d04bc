package fr.reseau.ecoles.notification;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the outbox's messages once their school year's personal content expires: a message holds
 * names, addresses and dates (never private answers), so it goes with the rest of that year
 * (docs/retention.md). Called by the {@code data-retention} purge in its transaction.
 */
@Service
public class OutboxRetention {

  private final EntityManager entityManager;

  public OutboxRetention(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Deletes the messages written before {@code cutoff}, with their files, whatever their status.
   *
   * @param networkId one network's messages, or {@code null} for every message (those of no network
   *     too, such as daily digests)
   * @return the number of messages removed
   */
  @Transactional
  public int removeWrittenBefore(String networkId, OffsetDateTime cutoff) {
    String messages =
        "select m.id from OutboxMessage m where m.createdAt < :cutoff"
            + (networkId == null ? "" : " and m.networkId = :network");
    var files =
        entityManager
            .createQuery("delete from OutboxAttachment a where a.outboxId in (" + messages + ")")
            .setParameter("cutoff", cutoff);
    var rows =
        entityManager
            .createQuery(
                "delete from OutboxMessage m where m.createdAt < :cutoff"
                    + (networkId == null ? "" : " and m.networkId = :network"))
            .setParameter("cutoff", cutoff);
    if (networkId != null) {
      files.setParameter("network", networkId);
      rows.setParameter("network", networkId);
    }
    files.executeUpdate();
    return rows.executeUpdate();
  }
}
