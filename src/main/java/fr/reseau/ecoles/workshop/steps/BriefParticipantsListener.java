package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_NOTES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_TOPICS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.workshopDayId;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_BriefParticipants}: the three topics were presented. */
@Component
public class BriefParticipantsListener implements TaskListener {

  private final WorkshopDayService days;

  public BriefParticipantsListener(WorkshopDayService days) {
    this.days = days;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    days.recordParticipantsBriefing(
        workshopDayId(task),
        input.requiredDate(BRIEFING_DATE),
        input.codeList(BRIEFING_TOPICS, WorkshopDayService.REQUIRED_BRIEFING_TOPICS),
        input.optionalText(BRIEFING_NOTES, StepForms.TEXT));
    // The team's notes are not for the teachers, whose tasks come next in the same process.
    StepForms.forget(task, BRIEFING_DATE, BRIEFING_TOPICS, BRIEFING_NOTES);
  }
}
