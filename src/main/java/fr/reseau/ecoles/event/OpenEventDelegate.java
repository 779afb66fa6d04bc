package fr.reseau.ecoles.event;

import static fr.reseau.ecoles.event.NetworkEventVariables.*;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenEvent}: checks the start form (a coordinator of the network; the rules of the
 * process's properties), stores the event, invites the members and sets the timers' dates.
 */
@Component
public class OpenEventDelegate implements JavaDelegate {

  private final EventService events;
  private final ApiAccess access;
  private final String morning;
  private final String afternoon;

  public OpenEventDelegate(
      EventService events,
      ApiAccess access,
      @Value("${app.calendar.morning:09:00-12:00}") String morning,
      @Value("${app.calendar.afternoon:14:00-17:00}") String afternoon) {
    this.events = events;
    this.access = access;
    this.morning = morning;
    this.afternoon = afternoon;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String networkId = execution.getTenantId();
    Authentication user =
        Requester.person(execution.getProcessEngineServices().getIdentityService()).orElse(null);
    if (user != null && !access.isCoordinatorOf(user, networkId)) {
      throw new InvalidInputException(
          TITLE, "seule la coordination du réseau publie un évènement du réseau.");
    }
    EventRules.Rules rules = EventRules.of(execution.getBpmnModelInstance());
    FormInput input = FormInput.of(execution);
    NetworkEvent event =
        events.open(
            networkId,
            new EventService.EventForm(
                input.requiredText(TITLE, 200),
                input.requiredCode(EVENT_KIND, EventKind.codes()),
                input.requiredText(THEME, 40),
                input.requiredDate(EVENT_DATE),
                input.requiredCode(EVENT_HALF_DAY, EventService.HALF_DAYS),
                input.requiredText(PLACE, 300),
                EventForms.wholeNumber(input, CAPACITY, 1, 500),
                EventForms.wholeNumber(input, CONTRIBUTOR_SLOTS, 0, 50),
                input.requiredDate(REGISTRATION_DEADLINE)),
            rules.trainingNotice(),
            user == null ? null : user.getUserId());
    List<String> invitees =
        events.invite(
            event.getId(),
            execution.getProcessInstanceId(),
            priorityInvitees(execution),
            rules.priorityPeriod());
    execution.setProcessBusinessKey("evenement-" + event.getId());
    execution.setVariable(Internal.EVENT_ID, event.getId());
    execution.setVariable(Internal.NETWORK_ID, networkId);
    execution.setVariable(INVITEES, new ArrayList<>(invitees));
    execution.setVariable(EVENT_SUMMARY, events.summary(event));
    execution.setVariable(
        REGISTRATION_CLOSES_AT, EventForms.endOfDay(event.getRegistrationDeadline()));
    execution.setVariable(
        PRIORITY_ENDS_AT,
        event.getPriorityUntil() == null
            ? Date.from(EngineClock.now())
            : Date.from(event.getPriorityUntil()));
    Date start = EventForms.startOf(event, morning, afternoon);
    execution.setVariable(EVENT_STARTS_AT, start);
    execution.setVariable(FEEDBACK_CLOSES_AT, plus(start, rules.feedbackPeriod()));
  }

  private static Date plus(Date date, Period period) {
    return Date.from(date.toInstant().atZone(EventService.ZONE).plus(period).toInstant());
  }

  @SuppressWarnings("unchecked")
  private static List<String> priorityInvitees(DelegateExecution execution) {
    Object value = execution.getVariable(Internal.PRIORITY_INVITEES);
    return value instanceof List<?> list ? (List<String>) list : List.of();
  }
}
