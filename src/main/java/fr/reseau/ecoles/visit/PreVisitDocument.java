package fr.reseau.ecoles.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** The expectations-and-needs document ("attentes et besoins") of one of the two teachers. */
@Entity
@Table(
    name = "pre_visit_document",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_pre_visit_visit_side",
            columnNames = {"visitId", "side"}))
public class PreVisitDocument {

  public enum Side {
    VISITOR,
    HOST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long visitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Side side;

  @Column(nullable = false)
  private String authorUserId;

  @Column(length = 4000)
  private String expectations;

  /** What the visitor wishes to see, or what the host wishes to show. */
  @Column(length = 4000)
  private String wishes;

  @Column(length = 4000)
  private String questions;

  @Column(length = 4000)
  private String publicDescription;

  @Column(length = 4000)
  private String constraints;

  @Column(nullable = false)
  private Instant submittedAt;

  protected PreVisitDocument() {}

  public PreVisitDocument(
      Long visitId,
      Side side,
      String authorUserId,
      String expectations,
      String wishes,
      String questions,
      String publicDescription,
      String constraints,
      Instant submittedAt) {
    this.visitId = visitId;
    this.side = side;
    this.authorUserId = authorUserId;
    this.expectations = expectations;
    this.wishes = wishes;
    this.questions = questions;
    this.publicDescription = publicDescription;
    this.constraints = constraints;
    this.submittedAt = submittedAt;
  }

  public Long getVisitId() {
    return visitId;
  }

  public Side getSide() {
    return side;
  }

  public String getAuthorUserId() {
    return authorUserId;
  }

  public String getExpectations() {
    return expectations;
  }

  public String getWishes() {
    return wishes;
  }

  public String getQuestions() {
    return questions;
  }

  public String getPublicDescription() {
    return publicDescription;
  }

  public String getConstraints() {
    return constraints;
  }
}
