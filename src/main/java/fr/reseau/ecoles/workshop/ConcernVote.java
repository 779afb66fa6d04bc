package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/** A sampled teacher's agreement with the concerns chosen in one round. */
@Entity
@Table(
    name = "workshop_concern_vote",
    indexes =
        @Index(name = "idx_workshop_concern_vote_workshopdayid", columnList = "workshopDayId"))
public class ConcernVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @Min(0) private int voteRound;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String teacherUserId;

  private boolean agreed;

  @Size(max = 4000) @Column(length = 4000)
  private String comment;

  @NotNull @Column(nullable = false)
  private Instant answeredAt;

  protected ConcernVote() {}

  /** A teacher's answer in round {@code voteRound} of the day's validation of concerns. */
  public ConcernVote(
      Long workshopDayId,
      int voteRound,
      String teacherUserId,
      boolean agreed,
      String comment,
      Instant answeredAt) {
    if (voteRound < 0) {
      throw new IllegalArgumentException("vote round " + voteRound + " must be 0 or more");
    }
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.voteRound = voteRound;
    this.teacherUserId = Objects.requireNonNull(teacherUserId, "teacherUserId");
    answered(agreed, comment, answeredAt);
  }

  /** The teacher answers again in the same round: the new answer replaces the first. */
  public void answered(boolean agreed, String comment, Instant at) {
    this.agreed = agreed;
    this.comment = comment;
    this.answeredAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public int getVoteRound() {
    return voteRound;
  }

  public String getTeacherUserId() {
    return teacherUserId;
  }

  public boolean isAgreed() {
    return agreed;
  }

  public String getComment() {
    return comment;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
