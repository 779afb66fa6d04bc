package fr.reseau.ecoles.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ProduceReport}: the report of the year, stored. */
@Component
public class ProduceReportDelegate implements JavaDelegate {
  private final AnnualReviewService reviews;

  public ProduceReportDelegate(AnnualReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        AnnualReviewVariables.Internal.REPORT_ID,
        reviews.produceReport(AnnualReviewVariables.reviewId(execution)).getId());
  }
}
