package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PublishSummary}: the coordinators confirm the publication. */
@Component
public class SummaryPublicationListener implements TaskListener {
  private final SummaryService summaries;

  public SummaryPublicationListener(SummaryService summaries) {
    this.summaries = summaries;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    if (!input.requiredBoolean(CdiTourVariables.SUMMARY_PUBLISHED)) {
      throw new InvalidInputException(
          CdiTourVariables.SUMMARY_PUBLISHED,
          "cochez « Je publie la synthèse du réseau » pour terminer la campagne.");
    }
    summaries.publish(
        CdiTourVariables.campaignId(task),
        Actors.of(task),
        input.optionalText(CdiTourVariables.SUMMARY_COMMENT, 4000));
  }
}
