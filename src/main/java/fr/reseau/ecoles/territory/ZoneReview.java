package fr.reseau.ecoles.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A zone's steering trio's review of its part of the year ({@code Task_ReviewZone} of {@code
 * annual-review}): their remarks and priorities, shown at the network meeting. Signed by the trio
 * as a whole: who typed it is not stored.
 */
@Entity
@Table(
    name = "zone_review",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_zone_review_zone",
            columnNames = {"reviewId", "zoneCode"}))
public class ZoneReview {

  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long reviewId;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 50)
  private String zoneCode;

  @Column(nullable = false, length = 200)
  private String zoneName;

  @Size(max = MAX_TEXT) @Column(nullable = false, length = MAX_TEXT)
  private String remarks;

  @Size(max = MAX_TEXT) @Column(length = MAX_TEXT)
  private String priorities;

  @Column(nullable = false)
  private Instant submittedAt;

  protected ZoneReview() {}

  public ZoneReview(
      Long reviewId,
      String networkId,
      String zoneCode,
      String zoneName,
      String remarks,
      String priorities,
      Instant submittedAt) {
    this.reviewId = reviewId;
    this.networkId = networkId;
    this.zoneCode = zoneCode;
    this.zoneName = zoneName;
    this.remarks = remarks;
    this.priorities = priorities;
    this.submittedAt = submittedAt;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getZoneCode() {
    return zoneCode;
  }

  public String getZoneName() {
    return zoneName;
  }

  public String getRemarks() {
    return remarks;
  }

  public String getPriorities() {
    return priorities;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
