package fr.reseau.ecoles.academic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The référent's account of a production's progress (seed 004: « le professeur référent
 * communiquera l'avancée des travaux à l'IA-IPR responsable du groupe académique […] et au groupe
 * académique »), written at the rhythm of process {@code production-publication}'s timer.
 */
@Entity
@Table(
    name = "production_progress_report",
    indexes =
        @Index(name = "idx_progress_report_production", columnList = "productionId, reportedAt"))
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long productionId;

  @Column(nullable = false, length = 100)
  private String reportedBy;

  @Column(nullable = false)
  private Instant reportedAt;

  @Column(nullable = false, length = 4000)
  private String progress;

  protected ProgressReport() {}

  public ProgressReport(Long productionId, String reportedBy, Instant reportedAt, String progress) {
    this.productionId = productionId;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.progress = progress;
  }

  public Long getId() {
    return id;
  }

  public Long getProductionId() {
    return productionId;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getProgress() {
    return progress;
  }
}
