package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators the board chooses at the network meeting ({@code Task_HoldNetworkMeeting}) for the
 * next school year, a target each; read by the year page and the indicators API.
 */
@Service
@Transactional
public class IndicatorTargetService {

  private final AnnualReviewService reviews;
  private final IndicatorTargetRepository targets;

  public IndicatorTargetService(AnnualReviewService reviews, IndicatorTargetRepository targets) {
    this.reviews = reviews;
    this.targets = targets;
  }

  /**
   * Reads the meeting form's checklist {@code nextIndicators} and the target of each indicator
   * ticked, and stores them for the year after the review's. Nothing is stored when the meeting
   * decided to stop. A missing, negative or too large target is refused naming its field.
   */
  public List<IndicatorTarget> choose(Long reviewId, MeetingDecision decision, FormInput input) {
    AnnualReview review = reviews.require(reviewId);
    Map<IndicatorCatalogue, Double> chosen = read(input);
    if (decision == MeetingDecision.STOP || chosen.isEmpty()) {
      return List.of();
    }
    String year = YearIndicatorsService.nextYear(review.getSchoolYear());
    if (targets.existsByNetworkIdAndSchoolYear(review.getNetworkId(), year)) {
      throw new InvalidInputException(
          AnnualReviewVariables.NEXT_INDICATORS,
          "les indicateurs de l'année " + year + " sont déjà choisis.");
    }
    List<IndicatorTarget> stored = new ArrayList<>();
    chosen.forEach(
        (indicator, target) ->
            stored.add(
                targets.save(
                    new IndicatorTarget(
                        review.getNetworkId(),
                        year,
                        indicator,
                        target,
                        reviewId,
                        EngineClock.now()))));
    return stored;
  }

  /** The chosen indicators and their targets, in the order of the catalogue. */
  static Map<IndicatorCatalogue, Double> read(FormInput input) {
    Set<String> codes =
        input.codeList(AnnualReviewVariables.NEXT_INDICATORS, IndicatorCatalogue.codes());
    Map<IndicatorCatalogue, Double> chosen = new LinkedHashMap<>();
    for (IndicatorCatalogue indicator : IndicatorCatalogue.values()) {
      if (codes.contains(indicator.code())) {
        chosen.put(indicator, target(indicator, input.raw(indicator.targetField())));
      }
    }
    return chosen;
  }

  private static double target(IndicatorCatalogue indicator, Object raw) {
    String field = indicator.targetField();
    if (raw == null || raw.toString().isBlank()) {
      throw new InvalidInputException(
          field, "indiquez la cible de l'indicateur « " + indicator.label() + " ».");
    }
    double value;
    try {
      value =
          raw instanceof Number n
              ? n.doubleValue()
              : new BigDecimal(raw.toString().trim().replace(',', '.')).doubleValue();
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "« " + raw + " » n'est pas un nombre.");
    }
    double max = indicator.percentage() ? 100 : IndicatorCatalogue.MAX_COUNT_TARGET;
    if (Double.isNaN(value) || value < 0 || value > max) {
      throw new InvalidInputException(
          field,
          "la cible de « "
              + indicator.label()
              + " » doit être comprise entre 0 et "
              + YearIndicators.format(max)
              + ".");
    }
    if (!indicator.percentage() && value != Math.rint(value)) {
      throw new InvalidInputException(
          field, "la cible de « " + indicator.label() + " » est un nombre entier.");
    }
    return Math.round(value * 10) / 10.0;
  }

  /** The targets of a network's school year, by indicator, in the order of the catalogue. */
  @Transactional(readOnly = true)
  public Map<IndicatorCatalogue, Double> targets(String networkId, String schoolYear) {
    Map<String, Double> byCode = new LinkedHashMap<>();
    targets
        .findByNetworkIdAndSchoolYearOrderById(networkId, schoolYear)
        .forEach(t -> byCode.put(t.getIndicator(), t.getTarget()));
    Map<IndicatorCatalogue, Double> result = new LinkedHashMap<>();
    for (IndicatorCatalogue indicator : IndicatorCatalogue.values()) {
      if (byCode.containsKey(indicator.code())) {
        result.put(indicator, byCode.get(indicator.code()));
      }
    }
    return result;
  }
}
