package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code create} of {@code Task_RecordAttendance}: the registered people as a checklist. */
@Component
public class AttendanceContextListener implements TaskListener {

  private final EventService events;

  public AttendanceContextListener(EventService events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(
        NetworkEventVariables.ATTENDANCE_OPTIONS,
        JsonVariables.of(events.attendanceOptions(NetworkEventVariables.eventId(task))));
  }
}
