package fr.reseau.ecoles.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A training need a member sent to the steering team at any time (beside the needs of the published
 * summary); answered when a training event on its theme is published.
 */
@Entity
@Table(
    name = "event_need",
    indexes = @Index(name = "idx_need_network_theme", columnList = "networkId, theme"))
public class TrainingNeedRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Column(nullable = false)
  private String networkId;

  @NotBlank @Column(nullable = false)
  private String memberUserId;

  @NotBlank @Size(max = 40) @Column(nullable = false, length = 40)
  private String theme;

  @Size(max = 1000) @Column(length = 1000)
  private String comment;

  @NotNull @Column(nullable = false)
  private Instant sentAt;

  /** The training event that answers it, once published. */
  private Long eventId;

  protected TrainingNeedRequest() {}

  public TrainingNeedRequest(
      String networkId, String memberUserId, String theme, String comment, Instant sentAt) {
    this.networkId = networkId;
    this.memberUserId = memberUserId;
    this.theme = theme;
    this.comment = comment;
    this.sentAt = sentAt;
  }

  public void answeredBy(Long eventId) {
    this.eventId = eventId;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  public String getTheme() {
    return theme;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getEventId() {
    return eventId;
  }
}
