package fr.reseau.ecoles.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An indicator of the {@link IndicatorCatalogue} the board chose for a school year at the previous
 * year's network meeting, with its target for the whole network. Anonymous; kept.
 */
@Entity
@Table(
    name = "indicator_target",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_indicator_target",
            columnNames = {"networkId", "schoolYear", "indicator"}))
public class IndicatorTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  /** The year the target is for (the year after the review's). */
  @Column(nullable = false, length = 9)
  private String schoolYear;

  /** An {@link IndicatorCatalogue} code. */
  @Column(nullable = false, length = 50)
  private String indicator;

  @Column(nullable = false)
  private double target;

  /** The annual review whose meeting chose it; null when chosen outside a meeting (demo). */
  private Long reviewId;

  @Column(nullable = false)
  private Instant chosenAt;

  protected IndicatorTarget() {}

  public IndicatorTarget(
      String networkId,
      String schoolYear,
      IndicatorCatalogue indicator,
      double target,
      Long reviewId,
      Instant chosenAt) {
    this.networkId = networkId;
    this.schoolYear = schoolYear;
    this.indicator = indicator.code();
    this.target = target;
    this.reviewId = reviewId;
    this.chosenAt = chosenAt;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public String getIndicator() {
    return indicator;
  }

  public double getTarget() {
    return target;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }
}
