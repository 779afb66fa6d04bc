package fr.reseau.ecoles.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/** A coordinator's answer to a pairing proposal, with the proposal it judged. */
@Entity
@Table(
    name = "pairing_review",
    indexes = @Index(name = "idx_pairing_review_campaign", columnList = "campaignId"))
public class PairingReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long campaignId;

  private boolean approved;

  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(length = Length.LONG32)
  private String proposalJson;

  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(length = Length.LONG32)
  private String forbiddenPairsJson;

  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(length = Length.LONG32)
  private String forcedPairsJson;

  private String reviewerUserId;

  @Column(nullable = false)
  private Instant reviewedAt;

  protected PairingReview() {}

  public PairingReview(
      Long campaignId,
      boolean approved,
      String proposalJson,
      String forbiddenPairsJson,
      String forcedPairsJson,
      String reviewerUserId,
      Instant reviewedAt) {
    this.campaignId = campaignId;
    this.approved = approved;
    this.proposalJson = proposalJson;
    this.forbiddenPairsJson = forbiddenPairsJson;
    this.forcedPairsJson = forcedPairsJson;
    this.reviewerUserId = reviewerUserId;
    this.reviewedAt = reviewedAt;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getProposalJson() {
    return proposalJson;
  }

  public String getForbiddenPairsJson() {
    return forbiddenPairsJson;
  }

  public String getForcedPairsJson() {
    return forcedPairsJson;
  }

  public String getReviewerUserId() {
    return reviewerUserId;
  }
}
