package fr.reseau.ecoles.review;

import fr.reseau.ecoles.forminput.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CompileIndicators}: thresholds from the input parameters {@code
 * groupedTrainingMinPeople} and {@code reviewMinGroupSize}; the tables and next year's suggested
 * settings for the meeting form ({@link MeetingPreparation}).
 */
@Component
public class CompileIndicatorsDelegate implements JavaDelegate {
  private final MeetingPreparation preparation;

  public CompileIndicatorsDelegate(MeetingPreparation preparation) {
    this.preparation = preparation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MeetingPreparation.Prepared prepared =
        preparation.prepare(
            AnnualReviewVariables.reviewId(execution),
            execution.getVariable(AnnualReviewVariables.GROUPED_TRAINING_MIN_PEOPLE),
            execution.getVariable(AnnualReviewVariables.REVIEW_MIN_GROUP_SIZE));
    YearIndicators year = prepared.year();
    execution.setVariable(
        AnnualReviewVariables.REVIEW_KEY_FIGURES, JsonVariables.of(prepared.keyFigures()));
    execution.setVariable(AnnualReviewVariables.REVIEW_NEEDS, JsonVariables.of(year.needs()));
    execution.setVariable(
        AnnualReviewVariables.REVIEW_TRAINING_NEEDS, JsonVariables.of(year.trainingNeeds()));
    execution.setVariable(
        AnnualReviewVariables.REVIEW_GROUPED_TRAININGS, JsonVariables.of(year.groupedTrainings()));
    execution.setVariable(
        AnnualReviewVariables.FEEDBACK_TEXTS, JsonVariables.of(prepared.feedbackTexts()));
    execution.setVariable(AnnualReviewVariables.NEXT_SCHOOL_YEAR, prepared.nextSchoolYear());
    prepared
        .nextDates()
        .ifPresent(
            next -> {
              execution.setVariable(
                  AnnualReviewVariables.NEXT_VOLUNTEERING_DEADLINE,
                  next.volunteeringDeadline().toString());
              execution.setVariable(
                  AnnualReviewVariables.NEXT_VISIT_WINDOW_START, next.windowStart().toString());
              execution.setVariable(
                  AnnualReviewVariables.NEXT_VISIT_WINDOW_END, next.windowEnd().toString());
            });
  }
}
