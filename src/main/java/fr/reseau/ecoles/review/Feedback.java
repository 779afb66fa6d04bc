package fr.reseau.ecoles.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A participant's answer to {@code Task_GiveFeedback}: personal (the texts may describe a CDI),
 * read unsigned by the network's coordinators; only the scores reach the report, as counts. Removed
 * by the purge of the school year.
 */
@Entity
@Table(
    name = "feedback",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_feedback_review_member",
            columnNames = {"reviewId", "memberUserId"}))
public class Feedback {

  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long reviewId;

  @Column(nullable = false)
  private String memberUserId;

  /**
   * Did the visit meet the needs stated at the start: 1 (not at all) to 5 (fully); null when the
   * volunteer's visit did not take place ({@link #getNotHeldReason}).
   */
  @Min(MIN_SCORE) @Max(MAX_SCORE) private Integer needsMetScore;

  /** Why the volunteer's visit did not take place, in their words (private, like the texts). */
  @Size(max = 4000) @Column(length = 4000)
  private String notHeldReason;

  @Column(length = 4000)
  private String practiceChanges;

  @Column(length = 4000)
  private String nextYearChanges;

  @Column(nullable = false)
  private Instant submittedAt;

  protected Feedback() {}

  public Feedback(
      Long reviewId,
      String memberUserId,
      Integer needsMetScore,
      String practiceChanges,
      String nextYearChanges,
      Instant submittedAt) {
    this.reviewId = reviewId;
    this.memberUserId = memberUserId;
    this.needsMetScore = needsMetScore;
    this.practiceChanges = practiceChanges;
    this.nextYearChanges = nextYearChanges;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public String getMemberUserId() {
    return memberUserId;
  }

  /** The answer of a volunteer whose visit did not take place: why, and what to change. */
  public static Feedback withoutVisit(
      Long reviewId,
      String memberUserId,
      String notHeldReason,
      String nextYearChanges,
      Instant submittedAt) {
    Feedback feedback =
        new Feedback(reviewId, memberUserId, null, null, nextYearChanges, submittedAt);
    feedback.notHeldReason = notHeldReason;
    return feedback;
  }

  public String getNotHeldReason() {
    return notHeldReason;
  }

  public boolean hasScore() {
    return needsMetScore != null;
  }

  public Integer getNeedsMetScore() {
    return needsMetScore;
  }

  public String getPracticeChanges() {
    return practiceChanges;
  }

  public String getNextYearChanges() {
    return nextYearChanges;
  }
}
