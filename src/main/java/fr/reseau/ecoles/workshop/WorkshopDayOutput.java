package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published output of a day (CSV file), kept as published. */
@Entity
@Table(
    name = "workshop_day_output",
    indexes = @Index(name = "idx_workshop_day_output_workshopdayid", columnList = "workshopDayId"))
public class WorkshopDayOutput {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long workshopDayId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false, length = 1000000)
  private String content;

  @Column(nullable = false)
  private Instant createdAt;

  protected WorkshopDayOutput() {}

  public Long getId() {
    return id;
  }

  public Long getWorkshopDayId() {
    return workshopDayId;
  }

  public String getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setWorkshopDayId(Long workshopDayId) {
    this.workshopDayId = workshopDayId;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
