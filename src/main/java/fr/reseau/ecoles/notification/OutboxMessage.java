package fr.reseau.ecoles.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;

/**
 * One message of the transactional outbox, rendered when it was written (subject, text, HTML). Rows
 * are inserted by {@link OutboxWriter} (an insert that never fails the caller's transaction) and
 * claimed, sent and marked by {@link OutboxWorker}.
 */
@Entity
@Table(
    name = "notification_outbox",
    uniqueConstraints = @UniqueConstraint(name = "uk_outbox_dedup", columnNames = "dedupKey"),
    indexes = {
      @Index(name = "idx_outbox_status_next", columnList = "status, nextAttemptAt"),
      @Index(name = "idx_outbox_recipient_status", columnList = "recipientUserId, status")
    })
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String dedupKey;

  @Column(nullable = false)
  private String messageId;

  @Column(nullable = false, length = 100)
  private String kind;

  @Column(nullable = false)
  private String recipientUserId;

  private String networkId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NoticeCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxStatus status;

  @Column(length = 1000)
  private String subject;

  @Column(length = org.hibernate.Length.LONG32)
  private String bodyText;

  @Column(length = org.hibernate.Length.LONG32)
  private String bodyHtml;

  @Column(length = 2000)
  private String link;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(nullable = false)
  private int attempts;

  @Column(length = 2000)
  private String lastError;

  private String claimedBy;

  private OffsetDateTime claimedUntil;

  private OffsetDateTime sentAt;

  private String recipientAddress;

  private Long digestId;

  protected OutboxMessage() {}

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getKind() {
    return kind;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public NoticeCategory getCategory() {
    return category;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getLink() {
    return link;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public OffsetDateTime getClaimedUntil() {
    return claimedUntil;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public String getRecipientAddress() {
    return recipientAddress;
  }

  public Long getDigestId() {
    return digestId;
  }
}
