package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.FormInput;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordAttendance}: who was there; the participants present give their feedback. */
@Component
public class AttendanceListener implements TaskListener {

  private final EventService events;

  public AttendanceListener(EventService events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    Long eventId = NetworkEventVariables.eventId(task);
    List<String> registered =
        events.attendanceOptions(eventId).stream().map(o -> o.get("value")).toList();
    FormInput input = FormInput.of(task);
    List<String> present =
        events.recordAttendance(
            eventId,
            input.raw(NetworkEventVariables.ATTENDEES) == null
                ? java.util.Set.of()
                : input.codeList(NetworkEventVariables.ATTENDEES, registered));
    task.getExecution()
        .setVariable(NetworkEventVariables.FEEDBACK_GIVERS, new ArrayList<>(present));
  }
}
