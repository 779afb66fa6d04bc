package fr.reseau.ecoles.workshop.steps;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.SummaryWorkshopDays;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code Task_OpenWorkshopDay}: the day is stored for the network whose process was started. */
@Component
public class OpenWorkshopDayDelegate implements JavaDelegate {

  private final WorkshopDayService days;
  private final SummaryWorkshopDays summaryDays;

  public OpenWorkshopDayDelegate(WorkshopDayService days, SummaryWorkshopDays summaryDays) {
    this.days = days;
    this.summaryDays = summaryDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String networkId = execution.getTenantId();
    Authentication user =
        Requester.person(execution.getProcessEngineServices().getIdentityService()).orElse(null);
    days.requireOrganiser(networkId, user);
    FormInput input = FormInput.of(execution);
    WorkshopDay day =
        days.open(
            networkId,
            input.requiredText(TITLE, 200),
            input.requiredText(ESTABLISHMENTS, 500),
            input.requiredDate(DAY_DATE),
            input.requiredCode(CONCERN_SOURCE, WorkshopDayService.CONCERN_SOURCES),
            user == null ? null : user.getUserId(),
            execution.getProcessInstanceId());
    execution.setProcessBusinessKey("journee-" + day.getId());
    execution.setVariable(WORKSHOP_DAY_ID, day.getId());
    execution.setVariable(Internal.NETWORK_ID, networkId);
    execution.setVariable(DAY_DATE, day.getDayDate().toString());
    if (WorkshopDayService.FROM_SUMMARY.equals(day.getConcernSource())) {
      // The summary's grouped needs, pre-filled in « Choisir les préoccupations ».
      List<String> prefilled =
          summaryDays.propose(day, input.optionalText(WorkshopDayVariables.SUMMARY_SCHOOL_YEAR, 9));
      if (!prefilled.isEmpty()) {
        execution.setVariable(WorkshopDayVariables.CHOSEN_CONCERNS, JsonVariables.of(prefilled));
      }
    }
  }
}
