package fr.reseau.ecoles.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A period in which the author welcomes visitors for a practice, from one day to another (both
 * included), with the half-days that suit them in words (« mardi matin, jeudi après-midi »).
 */
@Embeddable
public class VisitPeriod {

  @NotNull @Column(nullable = false)
  private LocalDate startsOn;

  @NotNull @Column(nullable = false)
  private LocalDate endsOn;

  @Size(max = 100) @Column(length = 100)
  private String halfDays;

  protected VisitPeriod() {}

  public VisitPeriod(LocalDate startsOn, LocalDate endsOn, String halfDays) {
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.halfDays = halfDays;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getHalfDays() {
    return halfDays;
  }

  /** Shares at least one day with {@code [from, to]}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !startsOn.isAfter(to) && !endsOn.isBefore(from);
  }
}
