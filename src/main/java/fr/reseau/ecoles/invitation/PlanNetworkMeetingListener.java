package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlanNetworkMeeting} « Planifier la réunion de bilan » (form {@code
 * plan-network-meeting}): the date, times and place, checked, then planned with {@link
 * MeetingCalendar#plan} like the REST API does, so that every documentaliste and coordinator of the
 * network receives the invitation and its {@code .ics} in the step's transaction. A refusal names
 * the form's field (HTTP 400, the task stays open, nothing is stored or sent).
 */
@Component
public class PlanNetworkMeetingListener implements TaskListener {

  /** The longest place or video link, as the REST API. */
  static final int PLACE_LIMIT = 300;

  static final MeetingCalendar.Fields FORM_FIELDS =
      new MeetingCalendar.Fields(
          AnnualReviewVariables.PLANNED_MEETING_DATE,
          AnnualReviewVariables.PLANNED_MEETING_END_TIME,
          AnnualReviewVariables.PLANNED_MEETING_PLACE);

  private final MeetingCalendar meetings;

  public PlanNetworkMeetingListener(MeetingCalendar meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LocalDate date = input.requiredDate(AnnualReviewVariables.PLANNED_MEETING_DATE);
    LocalTime start = time(input, AnnualReviewVariables.PLANNED_MEETING_START_TIME);
    LocalTime end = time(input, AnnualReviewVariables.PLANNED_MEETING_END_TIME);
    if (!end.isAfter(start)) {
      throw new InvalidInputException(
          AnnualReviewVariables.PLANNED_MEETING_END_TIME,
          "la réunion doit finir après son début (" + start + ").");
    }
    String place = input.optionalText(AnnualReviewVariables.PLANNED_MEETING_PLACE, PLACE_LIMIT);
    String networkId = (String) task.getVariable(AnnualReviewVariables.Internal.NETWORK_ID);
    String schoolYear = (String) task.getVariable(AnnualReviewVariables.SCHOOL_YEAR);
    meetings
        .plan(networkId, schoolYear, date, start + "-" + end, place, FORM_FIELDS)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No annual review " + schoolYear + " for network " + networkId));
  }

  private static LocalTime time(FormInput input, String field) {
    String text = input.requiredText(field, 10);
    try {
      return CalendarSettings.time(text);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          field, "« " + text + " » n'est pas une heure (au format 17:00).");
    }
  }
}
