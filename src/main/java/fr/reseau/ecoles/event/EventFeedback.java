package fr.reseau.ecoles.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A participant's short feedback on an event they attended (1 to 4, and a comment). */
@Entity
@Table(
    name = "event_feedback",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_feedback_event_member",
            columnNames = {"eventId", "memberUserId"}))
public class EventFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long eventId;

  @NotBlank @Column(nullable = false)
  private String memberUserId;

  @Min(1) @Max(4) private int rating;

  @Size(max = 2000) @Column(length = 2000)
  private String comment;

  @NotNull @Column(nullable = false)
  private Instant givenAt;

  protected EventFeedback() {}

  public EventFeedback(
      Long eventId, String memberUserId, int rating, String comment, Instant givenAt) {
    this.eventId = eventId;
    this.memberUserId = memberUserId;
    this.rating = rating;
    this.comment = comment;
    this.givenAt = givenAt;
  }

  public Long getId() {
    return id;
  }

  public Long getEventId() {
    return eventId;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public Instant getGivenAt() {
    return givenAt;
  }
}
