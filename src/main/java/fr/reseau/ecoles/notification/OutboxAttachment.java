package fr.reseau.ecoles.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A file of an outbox message, in the order the notice gave them. */
@Entity
@Table(
    name = "notification_attachment",
    indexes = @Index(name = "idx_attachment_outbox", columnList = "outboxId, position"))
public class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long outboxId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String filename;

  @Column(nullable = false)
  private String contentType;

  @Column(nullable = false, length = org.hibernate.Length.LONG32)
  private byte[] content;

  protected OutboxAttachment() {}

  public Long getId() {
    return id;
  }

  public Long getOutboxId() {
    return outboxId;
  }

  public int getPosition() {
    return position;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }

  public Attachment toAttachment() {
    return new Attachment(filename, contentType, content);
  }
}
