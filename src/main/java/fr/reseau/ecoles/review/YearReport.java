package fr.reseau.ecoles.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.Length;

/**
 * The year's report, produced by {@code Task_ProduceReport}: the indicators as they stood at the
 * meeting ({@link YearIndicators} as JSON). Anonymous by construction (counts, themes, publics),
 * kept after the purge so next year can be compared with it.
 */
@Entity
@Table(
    name = "year_report",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_report_network_year",
            columnNames = {"networkId", "schoolYear"}))
public class YearReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long reviewId;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 9)
  private String schoolYear;

  // Long JSON: "text" on PostgreSQL (a @Lob would be an oid large object there), "clob" on H2.
  @Column(nullable = false, length = Length.LONG32)
  private String contentJson;

  @Column(nullable = false)
  private Instant producedAt;

  protected YearReport() {}

  public YearReport(Long reviewId, String networkId, String schoolYear) {
    this.reviewId = reviewId;
    this.networkId = networkId;
    this.schoolYear = schoolYear;
  }

  public void produce(String contentJson, Instant at) {
    this.contentJson = contentJson;
    this.producedAt = at;
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

  public String getContentJson() {
    return contentJson;
  }

  public Instant getProducedAt() {
    return producedAt;
  }
}
