package fr.reseau.ecoles.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The summary steps of {@code cdi-tour}: compile, then publish. */
@Configuration
public class SummaryProcessBeans {

  private final SummaryService summaries;
  private final ObjectMapper json = new ObjectMapper();

  public SummaryProcessBeans(SummaryService summaries) {
    this.summaries = summaries;
  }

  /**
   * {@code Task_CompileSummary}: the threshold for a grouped training is the task's input parameter
   * {@code groupedTrainingMinPeople}.
   */
  @Bean
  public JavaDelegate compileSummaryDelegate() {
    return execution -> {
      int minPeople = ((Number) execution.getVariable("groupedTrainingMinPeople")).intValue();
      NetworkSummary summary = summaries.compile((Long) execution.getVariable("campaignId"), minPeople);
      SummaryContent content = summaries.read(summary);
      execution.setVariable("summaryId", summary.getId());
      execution.setVariable("summaryVisits", jsonValue(content.visits()));
      execution.setVariable("summaryNeeds", jsonValue(content.needs()));
      execution.setVariable("summaryTrainingNeeds", jsonValue(content.trainingNeeds()));
      execution.setVariable("summaryGroupedTrainings", jsonValue(content.groupedTrainings()));
      execution.setVariable("summaryByPublic", jsonValue(content.byPublic()));
      execution.setVariable("summaryByConstraint", jsonValue(content.byConstraint()));
      execution.setVariable("summaryImprovements", jsonValue(content.improvements()));
      execution.setVariable("summaryCsvUrl", SummaryController.csvPath(summary.getNetworkId(), summary.getSchoolYear()));
    };
  }

  /** {@code Task_PublishSummary}: the coordinators confirm the publication. */
  @Bean
  public TaskListener summaryPublicationListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      if (!input.requiredBoolean("summaryPublished")) {
        throw new InvalidInputException("summaryPublished", "cochez « Je publie la synthèse du réseau » pour terminer la campagne.");
      }
      summaries.publish((Long) task.getVariable("campaignId"), Actors.of(task), input.optionalText("summaryComment", 4000));
    };
  }

  private Object jsonValue(Object value) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
