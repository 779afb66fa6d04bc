package fr.reseau.ecoles.cotraining;

import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.EXPERT_OTHER;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_COMMENT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.HEAD_DECISION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.MOTIVATION;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.PARTICIPANTS;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.REQUEST_SUMMARY;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.SLOT;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_1;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_2;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_3;
import static fr.reseau.ecoles.cotraining.CoTrainingRequestVariables.WISHED_DATE_OPTIONS;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DescribeProject} completed: the team's description is checked and stored; the head's
 * previous answer is cleared, so a stale one never passes for the next.
 */
@Component
public class DescribeCoTrainingListener implements TaskListener {

  private final CoTrainingService service;
  private final CoTrainingForms forms;

  public DescribeCoTrainingListener(CoTrainingService service, CoTrainingForms forms) {
    this.service = service;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    Long requestId = CoTrainingRequestVariables.requestId(task);
    CoTrainingRequest current = service.require(requestId);
    List<String> participants =
        List.copyOf(
            input.codeList(
                PARTICIPANTS,
                forms.memberOptions(current.getNetworkId(), current.getRequesterUserId()).stream()
                    .map(CoTrainingForms.Choice::value)
                    .toList()));
    List<LocalDate> dates = new ArrayList<>();
    dates.add(input.requiredDate(WISHED_DATE_1));
    dates.add(input.requiredDate(WISHED_DATE_2));
    LocalDate third = input.optionalDate(WISHED_DATE_3);
    if (third != null) {
      dates.add(third);
    }
    String expert = input.requiredCode(EXPERT, CoTrainingService.EXPERTS);
    CoTrainingRequest request =
        service.describe(
            requestId,
            participants,
            dates,
            CoTrainingSlot.parse(SLOT, input.requiredText(SLOT, 50)),
            expert,
            input.optionalText(EXPERT_OTHER, 200),
            input.requiredText(MOTIVATION, 4000));
    task.setVariable(REQUEST_SUMMARY, forms.summary(request));
    task.setVariable(WISHED_DATE_OPTIONS, JsonVariables.of(forms.wishedDateOptions(request)));
    task.setVariable(HEAD_DECISION, null);
    task.setVariable(HEAD_COMMENT, null);
  }
}
