package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

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

  @Column(nullable = false)
  private Long workshopDayId;

  private int voteRound;

  @Column(nullable = false)
  private String teacherUserId;

  private boolean agreed;

  @Column(length = 4000)
  private String comment;

  @Column(nullable = false)
  private Instant answeredAt;

  protected ConcernVote() {}

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

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setVoteRound(int voteRound) {
    this.voteRound = voteRound;
  }

  public void setTeacherUserId(String teacherUserId) {
    this.teacherUserId = teacherUserId;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public void setAnsweredAt(Instant answeredAt) {
    this.answeredAt = answeredAt;
  }
}
