package fr.reseau.ecoles.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A school holiday period of one zone imported from the official calendar: from {@code startsOn}
 * (first day off) to {@code endsBefore} (the day classes resume, not included).
 */
@Entity
@Table(name = "school_holiday")
public class HolidayPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank @Size(max = 40) @Column(name = "holiday_zone")
  private String zone;

  @NotNull private LocalDate startsOn;
  @NotNull private LocalDate endsBefore;

  @NotBlank @Size(max = 200) private String label;

  @NotBlank @Size(max = 300) private String source;

  @NotNull private Instant importedAt;

  protected HolidayPeriod() {}

  public HolidayPeriod(
      String zone,
      LocalDate startsOn,
      LocalDate endsBefore,
      String label,
      String source,
      Instant importedAt) {
    this.zone = zone;
    this.startsOn = startsOn;
    this.endsBefore = endsBefore;
    this.label = label;
    this.source = source;
    this.importedAt = importedAt;
  }

  public String getZone() {
    return zone;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsBefore() {
    return endsBefore;
  }

  public String getLabel() {
    return label;
  }

  public String getSource() {
    return source;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
