package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CompileSummary}: the threshold for a grouped training is the task's input parameter
 * {@code groupedTrainingMinPeople}; groups smaller than {@code summaryMinGroupSize} are not broken
 * down, so that nobody can be recognised.
 */
@Component
public class CompileSummaryDelegate implements JavaDelegate {
  private final SummaryService summaries;

  public CompileSummaryDelegate(SummaryService summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int minPeople =
        ((Number) execution.getVariable(CdiTourVariables.GROUPED_TRAINING_MIN_PEOPLE)).intValue();
    int minGroupSize =
        ((Number) execution.getVariable(CdiTourVariables.SUMMARY_MIN_GROUP_SIZE)).intValue();
    NetworkSummary summary =
        summaries.compile(CdiTourVariables.campaignId(execution), minPeople, minGroupSize);
    SummaryContent content = summaries.read(summary);
    execution.setVariable(CdiTourVariables.Internal.SUMMARY_ID, summary.getId());
    execution.setVariable(CdiTourVariables.SUMMARY_VISITS, JsonVariables.of(content.visits()));
    execution.setVariable(CdiTourVariables.SUMMARY_NEEDS, JsonVariables.of(content.needs()));
    execution.setVariable(
        CdiTourVariables.SUMMARY_TRAINING_NEEDS, JsonVariables.of(content.trainingNeeds()));
    execution.setVariable(
        CdiTourVariables.SUMMARY_GROUPED_TRAININGS, JsonVariables.of(content.groupedTrainings()));
    execution.setVariable(CdiTourVariables.SUMMARY_BY_PUBLIC, JsonVariables.of(content.byPublic()));
    execution.setVariable(
        CdiTourVariables.SUMMARY_BY_CONSTRAINT, JsonVariables.of(content.byConstraint()));
    execution.setVariable(
        CdiTourVariables.SUMMARY_IMPROVEMENTS, JsonVariables.of(content.improvements()));
    execution.setVariable(
        CdiTourVariables.SUMMARY_CSV_URL,
        SummaryController.csvPath(summary.getNetworkId(), summary.getSchoolYear()));
  }
}
