package fr.reseau.ecoles.summary;

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
      int minPeople = ((Number) execution.getVariable("groupedTrainingMinPeople")).intValue();
      int minGroupSize = ((Number) execution.getVariable("summaryMinGroupSize")).intValue();
      NetworkSummary summary =
          summaries.compile((Long) execution.getVariable("campaignId"), minPeople, minGroupSize);
      SummaryContent content = summaries.read(summary);
      execution.setVariable("summaryId", summary.getId());
      execution.setVariable("summaryVisits", JsonVariables.of(content.visits()));
      execution.setVariable("summaryNeeds", JsonVariables.of(content.needs()));
      execution.setVariable("summaryTrainingNeeds", JsonVariables.of(content.trainingNeeds()));
      execution.setVariable(
          "summaryGroupedTrainings", JsonVariables.of(content.groupedTrainings()));
      execution.setVariable("summaryByPublic", JsonVariables.of(content.byPublic()));
      execution.setVariable("summaryByConstraint", JsonVariables.of(content.byConstraint()));
      execution.setVariable("summaryImprovements", JsonVariables.of(content.improvements()));
      execution.setVariable(
          "summaryCsvUrl",
          SummaryController.csvPath(summary.getNetworkId(), summary.getSchoolYear()));
    };
  }

  /** {@code Task_PublishSummary}: the coordinators confirm the publication. */
  @Bean
  public TaskListener summaryPublicationListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      if (!input.requiredBoolean("summaryPublished")) {
        throw new InvalidInputException(
            "summaryPublished",
            "cochez « Je publie la synthèse du réseau » pour terminer la campagne.");
      }
      summaries.publish(
          (Long) task.getVariable("campaignId"),
          Actors.of(task),
          input.optionalText("summaryComment", 4000));
    };
  }
}
