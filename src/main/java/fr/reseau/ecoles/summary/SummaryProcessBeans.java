package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The summary steps of {@code cdi-tour}: compile, then publish. */
@Configuration
public class SummaryProcessBeans {

  private final SummaryService summaries;

  public SummaryProcessBeans(SummaryService summaries) {
    this.summaries = summaries;
  }

  /**
   * {@code Task_CompileSummary}: the threshold for a grouped training is the task's input parameter
   * {@code groupedTrainingMinPeople}; groups smaller than {@code summaryMinGroupSize} are not
   * broken down, so that nobody can be recognised.
   */
  @Bean
  public JavaDelegate compileSummaryDelegate() {
    return execution -> {
      int minPeople =
          ((Number) execution.getVariable(CdiTourVariables.GROUPED_TRAINING_MIN_PEOPLE)).intValue();
      int minGroupSize =
          ((Number) execution.getVariable(CdiTourVariables.SUMMARY_MIN_GROUP_SIZE)).intValue();
      NetworkSummary summary =
          summaries.compile(
              (Long) execution.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID),
              minPeople,
              minGroupSize);
      SummaryContent content = summaries.read(summary);
      execution.setVariable(CdiTourVariables.Internal.SUMMARY_ID, summary.getId());
      execution.setVariable(CdiTourVariables.SUMMARY_VISITS, JsonVariables.of(content.visits()));
      execution.setVariable(CdiTourVariables.SUMMARY_NEEDS, JsonVariables.of(content.needs()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_TRAINING_NEEDS, JsonVariables.of(content.trainingNeeds()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_GROUPED_TRAININGS, JsonVariables.of(content.groupedTrainings()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_BY_PUBLIC, JsonVariables.of(content.byPublic()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_BY_CONSTRAINT, JsonVariables.of(content.byConstraint()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_IMPROVEMENTS, JsonVariables.of(content.improvements()));
      execution.setVariable(
          CdiTourVariables.SUMMARY_CSV_URL,
          SummaryController.csvPath(summary.getNetworkId(), summary.getSchoolYear()));
    };
  }

  /** {@code Task_PublishSummary}: the coordinators confirm the publication. */
  @Bean
  public TaskListener summaryPublicationListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      if (!input.requiredBoolean(CdiTourVariables.SUMMARY_PUBLISHED)) {
        throw new InvalidInputException(
            CdiTourVariables.SUMMARY_PUBLISHED,
            "cochez « Je publie la synthèse du réseau » pour terminer la campagne.");
      }
      summaries.publish(
          (Long) task.getVariable(CdiTourVariables.Internal.CAMPAIGN_ID),
          Actors.of(task),
          input.optionalText(CdiTourVariables.SUMMARY_COMMENT, 4000));
    };
  }
}
