package fr.reseau.ecoles.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/** A published output of a day (CSV file), kept as published. */
@Entity
@Table(
    name = "workshop_day_output",
    indexes = @Index(name = "idx_workshop_day_output_workshopdayid", columnList = "workshopDayId"))
public class WorkshopDayOutput {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull @Column(nullable = false)
  private Long workshopDayId;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String kind;

  @NotBlank @Size(max = 255) @Column(nullable = false)
  private String fileName;

  @NotNull @Size(max = 1000000) @Column(nullable = false, length = 1000000)
  private String content;

  @NotNull @Column(nullable = false)
  private Instant createdAt;

  protected WorkshopDayOutput() {}

  /** A file of the day, published at {@code createdAt}. */
  public WorkshopDayOutput(
      Long workshopDayId, String kind, String fileName, String content, Instant createdAt) {
    this.workshopDayId = Objects.requireNonNull(workshopDayId, "workshop day id");
    this.kind = Objects.requireNonNull(kind, "kind");
    republished(fileName, content, createdAt);
  }

  /** Published again (the outputs of a day are re-published): the new file replaces the old. */
  public void republished(String fileName, String content, Instant at) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.content = Objects.requireNonNull(content, "content");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

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
}
