package fr.reseau.ecoles.review;

import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CompileIndicators}: thresholds from the input parameters {@code
 * groupedTrainingMinPeople} and {@code reviewMinGroupSize}; the tables and next year's suggested
 * settings for the meeting form.
 */
@Component
public class CompileIndicatorsDelegate implements JavaDelegate {
  private final AnnualReviewService reviews;
  private final YearIndicatorsService indicators;

  public CompileIndicatorsDelegate(AnnualReviewService reviews, YearIndicatorsService indicators) {
    this.reviews = reviews;
    this.indicators = indicators;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reviewId = AnnualReviewVariables.reviewId(execution);
    int minPeople =
        ((Number) execution.getVariable(AnnualReviewVariables.GROUPED_TRAINING_MIN_PEOPLE))
            .intValue();
    int minGroupSize =
        ((Number) execution.getVariable(AnnualReviewVariables.REVIEW_MIN_GROUP_SIZE)).intValue();
    YearIndicators year = reviews.compile(reviewId, minPeople, minGroupSize);
    AnnualReview review = reviews.require(reviewId);
    YearIndicators before =
        indicators.previous(review.getNetworkId(), review.getSchoolYear()).orElse(null);
    List<Map<String, String>> figures = new ArrayList<>();
    for (YearIndicators.Figure figure : year.keyFigures(before)) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("label", figure.label());
      row.put("value", YearIndicators.format(figure.value()));
      row.put("previous", before == null ? "—" : YearIndicators.format(figure.previous()));
      figures.add(row);
    }
    execution.setVariable(AnnualReviewVariables.REVIEW_KEY_FIGURES, JsonVariables.of(figures));
    execution.setVariable(AnnualReviewVariables.REVIEW_NEEDS, JsonVariables.of(year.needs()));
    execution.setVariable(
        AnnualReviewVariables.REVIEW_TRAINING_NEEDS, JsonVariables.of(year.trainingNeeds()));
    execution.setVariable(
        AnnualReviewVariables.REVIEW_GROUPED_TRAININGS, JsonVariables.of(year.groupedTrainings()));
    execution.setVariable(
        AnnualReviewVariables.FEEDBACK_TEXTS, JsonVariables.of(reviews.feedbackTexts(reviewId)));
    String nextYear = YearIndicatorsService.nextYear(review.getSchoolYear());
    execution.setVariable(AnnualReviewVariables.NEXT_SCHOOL_YEAR, nextYear);
    reviews.campaign(review).ifPresent(c -> suggestNextDates(execution, c));
  }

  private static void suggestNextDates(DelegateExecution execution, Campaign campaign) {
    execution.setVariable(
        AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE,
        campaign.getVolunteeringDeadline().plusYears(1).toString());
    execution.setVariable(
        AnnualReviewVariables.NEXT_VISIT_WINDOW_START,
        campaign.getVisitWindowStart().plusYears(1).toString());
    execution.setVariable(
        AnnualReviewVariables.NEXT_VISIT_WINDOW_END,
        campaign.getVisitWindowEnd().plusYears(1).toString());
  }
}
