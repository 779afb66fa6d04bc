package fr.reseau.ecoles.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submitted decision form of a visit (date proposed, accepted or refused, mission order, visit
 * held, coordinators' decision), kept as its own record so the history of a visit survives.
 */
@Entity
@Table(name = "visit_step", indexes = @Index(name = "idx_visit_step_visit", columnList = "visitId"))
public class VisitStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long visitId;

  /** The task id, e.g. {@code Task_ConfirmVisitDate}. */
  @Column(nullable = false)
  private String step;

  private String actorUserId;

  /** The decision in the task's own words: a date, "accepted", "refused", "reschedule"… */
  private String outcome;

  @Column(length = 2000)
  private String comment;

  @Column(nullable = false)
  private Instant submittedAt;

  protected VisitStep() {}

  public VisitStep(
      Long visitId,
      String step,
      String actorUserId,
      String outcome,
      String comment,
      Instant submittedAt) {
    this.visitId = visitId;
    this.step = step;
    this.actorUserId = actorUserId;
    this.outcome = outcome;
    this.comment = comment;
    this.submittedAt = submittedAt;
  }

  public Long getVisitId() {
    return visitId;
  }

  public String getStep() {
    return step;
  }

  public String getActorUserId() {
    return actorUserId;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
