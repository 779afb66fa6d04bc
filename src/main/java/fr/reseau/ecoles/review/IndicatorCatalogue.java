package fr.reseau.ecoles.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The indicators a network's board can choose for a school year, each with a target (issue 19, item
 * 5). Every one grows with the action: reached when the actual value is at least the target.
 * Definitions in docs/annual-review.md (« Indicateurs choisis et cibles »).
 */
public enum IndicatorCatalogue {
  PARTICIPATION_RATE(
      "participationRate",
      "Participation : part des documentalistes sollicité·es devenu·es volontaires (%)",
      AnnualReviewVariables.TARGET_PARTICIPATION_RATE,
      true,
      true),
  VOLUNTEERS("volunteers", "Volontaires", AnnualReviewVariables.TARGET_VOLUNTEERS, false, true),
  VISITS_HELD(
      "visitsHeld", "Visites réalisées", AnnualReviewVariables.TARGET_VISITS_HELD, false, true),
  NEEDS_COVERED_RATE(
      "needsCoveredRate",
      "Besoins couverts par les actions (%)",
      AnnualReviewVariables.TARGET_NEEDS_COVERED_RATE,
      true,
      true),
  TRAINING_DAYS_HELD(
      "trainingDaysHeld",
      "Journées de formation tenues",
      AnnualReviewVariables.TARGET_TRAINING_DAYS_HELD,
      false,
      false),
  INTER_DEGREE_VISITS(
      "interDegreeVisits",
      "Visites inter-degrés réalisées",
      AnnualReviewVariables.TARGET_INTER_DEGREE_VISITS,
      false,
      true);

  /** Highest target accepted for a count (a network has a few hundred members at most). */
  public static final double MAX_COUNT_TARGET = 10_000;

  private final String code;
  private final String label;
  private final String targetField;
  private final boolean percentage;
  private final boolean territorial;

  IndicatorCatalogue(
      String code, String label, String targetField, boolean percentage, boolean territorial) {
    this.code = code;
    this.label = label;
    this.targetField = targetField;
    this.percentage = percentage;
    this.territorial = territorial;
  }

  /** The value of the form's checklist, the JSON key and the stored {@code indicator}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The meeting form's number field holding this indicator's target. */
  public String targetField() {
    return targetField;
  }

  /** A rate in percent (0 to 100), otherwise a count. */
  public boolean percentage() {
    return percentage;
  }

  /** "%" or "nombre", as the JSON says. */
  public String unit() {
    return percentage ? "%" : "nombre";
  }

  /**
   * Whether it is measured per zone and per degree; workshop days are the network's, not a zone's.
   */
  public boolean territorial() {
    return territorial;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(IndicatorCatalogue::code).toList();
  }

  public static Optional<IndicatorCatalogue> fromCode(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }
}
