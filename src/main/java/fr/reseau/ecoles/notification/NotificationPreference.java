package fr.reseau.ecoles.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person's choices about messages; no row means immediate messages with reminders. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryMode delivery;

  @Column(nullable = false)
  private boolean reminders;

  @Column(nullable = false)
  private OffsetDateTime updatedAt;

  protected NotificationPreference() {}

  public NotificationPreference(String userId) {
    this.userId = userId;
    this.delivery = DeliveryMode.IMMEDIATE;
    this.reminders = true;
    this.updatedAt = OffsetDateTime.now();
  }

  public void change(DeliveryMode delivery, boolean reminders) {
    this.delivery = delivery;
    this.reminders = reminders;
    this.updatedAt = OffsetDateTime.now();
  }

  public String getUserId() {
    return userId;
  }

  public DeliveryMode getDelivery() {
    return delivery;
  }

  public boolean isReminders() {
    return reminders;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
