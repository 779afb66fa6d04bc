package fr.reseau.ecoles.review;

import fr.reseau.ecoles.campaign.Campaign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code Task_CompileIndicators}'s work: the year's indicators compiled with the designer's
 * thresholds, set against last year's, and next year's settings suggested for the network meeting.
 */
@Service
public class MeetingPreparation {

  /** A key figure's row in the meeting form's table. */
  static final String LABEL = "label";

  static final String VALUE = "value";
  static final String PREVIOUS = "previous";

  /** Next year's campaign dates, this year's a year later. */
  public record NextDates(
      LocalDate volunteeringDeadline, LocalDate windowStart, LocalDate windowEnd) {}

  /** What the meeting form shows. */
  public record Prepared(
      YearIndicators year,
      List<Map<String, String>> keyFigures,
      List<Map<String, String>> feedbackTexts,
      String nextSchoolYear,
      Optional<NextDates> nextDates) {}

  private final AnnualReviewService reviews;
  private final YearIndicatorsService indicators;

  public MeetingPreparation(AnnualReviewService reviews, YearIndicatorsService indicators) {
    this.reviews = reviews;
    this.indicators = indicators;
  }

  /**
   * @param groupedTrainingMinPeople the input parameter {@code groupedTrainingMinPeople}
   * @param reviewMinGroupSize the input parameter {@code reviewMinGroupSize}
   */
  public Prepared prepare(
      Long reviewId, Object groupedTrainingMinPeople, Object reviewMinGroupSize) {
    YearIndicators year =
        reviews.compile(
            reviewId,
            ((Number) groupedTrainingMinPeople).intValue(),
            ((Number) reviewMinGroupSize).intValue());
    AnnualReview review = reviews.require(reviewId);
    YearIndicators before =
        indicators.previous(review.getNetworkId(), review.getSchoolYear()).orElse(null);
    return new Prepared(
        year,
        keyFigureRows(year, before),
        reviews.feedbackTexts(reviewId),
        YearIndicatorsService.nextYear(review.getSchoolYear()),
        reviews.campaign(review).map(MeetingPreparation::nextDates));
  }

  /** Each key figure with last year's, "—" when there was no review last year. */
  static List<Map<String, String>> keyFigureRows(YearIndicators year, YearIndicators before) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (YearIndicators.Figure figure : year.keyFigures(before)) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put(LABEL, figure.label());
      row.put(VALUE, YearIndicators.format(figure.value()));
      row.put(PREVIOUS, before == null ? "—" : YearIndicators.format(figure.previous()));
      rows.add(row);
    }
    return rows;
  }

  static NextDates nextDates(Campaign campaign) {
    return new NextDates(
        campaign.getVolunteeringDeadline().plusYears(1),
        campaign.getVisitWindowStart().plusYears(1),
        campaign.getVisitWindowEnd().plusYears(1));
  }
}
