package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.privacy.PrivateVariables;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates and task listeners of {@code cdi-visit}: each reads and checks its form's
 * variables, then calls {@link VisitService}. A step that sends the flow back also clears the
 * answers to the questions that will be asked again, so a stale answer never passes for a new one.
 */
@Configuration
public class VisitProcessBeans {

  /**
   * Camunda keeps a String variable in a 4000-character column: a longer answer could not be
   * submitted.
   */
  private static final int TEXT = 4000;

  private final VisitService visits;
  private final ProcessDates dates;
  private final PrivateVariables privateVariables;

  public VisitProcessBeans(
      VisitService visits, ProcessDates dates, PrivateVariables privateVariables) {
    this.visits = visits;
    this.dates = dates;
    this.privateVariables = privateVariables;
  }

  /**
   * On the create event of the two teachers' tasks that show or prefill private answers: the
   * answers of this visit, read from the database, as variables of that task only. Nobody else's
   * task, nor the process, holds them.
   */
  @Bean
  public TaskListener privateContentListener() {
    return task -> {
      // Defence in depth: the answers go only to a task of this visit's own process, held by one of
      // its two teachers.
      Visit visit = visits.require(visitId(task));
      if (!task.getProcessInstanceId().equals(visit.getProcessInstanceId())
          || !(visit.getVisitorUserId().equals(task.getAssignee())
              || visit.getHostUserId().equals(task.getAssignee()))) {
        throw new IllegalStateException(
            "Private content of visit " + visit.getId() + " refused to task " + task.getId());
      }
      showPrivateContent(task, visit.getId());
    };
  }

  private void showPrivateContent(DelegateTask task, Long visitId) {
    visits
        .privateContent(visitId)
        .forEach(
            (name, value) -> {
              if (!privateVariables.isPrivate(name)) {
                throw new IllegalStateException(
                    name + " is missing from app.privacy.private-variables");
              }
              task.setVariableLocal(
                  name, value instanceof List<?> list ? JsonVariables.of(list) : value);
            });
  }

  private static Long visitId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(CdiVisitVariables.VISIT_ID)).longValue();
  }

  /** {@code Task_PrepareVisit}: stores a visit started on its own, and sets names for the forms. */
  @Bean
  public JavaDelegate prepareVisitDelegate() {
    return execution -> {
      FormInput input = FormInput.of(execution);
      Object givenVisitId = execution.getVariable(CdiVisitVariables.VISIT_ID);
      if (givenVisitId != null && !(givenVisitId instanceof Number)) {
        throw new InvalidInputException(
            CdiVisitVariables.VISIT_ID,
            "identifiant de visite numérique attendu, reçu « " + givenVisitId + " ».");
      }
      if (givenVisitId == null) {
        Visit created =
            visits.createStandalone(
                input.requiredText(CdiVisitVariables.NETWORK_ID, 100),
                input.requiredText(CdiVisitVariables.SCHOOL_YEAR, 9),
                input.requiredText(CdiVisitVariables.VISITOR, 100),
                input.requiredText(CdiVisitVariables.HOST, 100),
                input.requiredDate(CdiVisitVariables.VISIT_WINDOW_START),
                input.requiredDate(CdiVisitVariables.VISIT_WINDOW_END));
        execution.setVariable(CdiVisitVariables.VISIT_ID, created.getId());
      }
      VisitService.VisitContext context = visits.context(visitId(execution));
      Visit visit = context.visit();
      visits.attachProcess(visit.getId(), execution.getProcessInstanceId());
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(visit.businessKey());
      }
      execution.setVariable(CdiVisitVariables.VISITOR, visit.getVisitorUserId());
      execution.setVariable(CdiVisitVariables.HOST, visit.getHostUserId());
      execution.setVariable(CdiVisitVariables.VISITOR_NAME, context.visitor().fullName());
      execution.setVariable(CdiVisitVariables.HOST_NAME, context.host().fullName());
      execution.setVariable(
          CdiVisitVariables.VISITOR_ESTABLISHMENT_NAME, context.visitorEstablishment().getName());
      execution.setVariable(
          CdiVisitVariables.HOST_ESTABLISHMENT_NAME, context.hostEstablishment().getName());
      execution.setVariable(CdiVisitVariables.HOST_TOWN, context.hostEstablishment().getTown());
      execution.setVariable(
          CdiVisitVariables.VISITOR_PRINCIPAL, context.visitorEstablishment().getPrincipalUserId());
      execution.setVariable(
          CdiVisitVariables.VISIT_WINDOW_START, visit.getVisitWindowStart().toString());
      execution.setVariable(
          CdiVisitVariables.VISIT_WINDOW_END, visit.getVisitWindowEnd().toString());
      int stallWarningDays =
          ((Number) execution.getVariable(CdiVisitVariables.STALL_WARNING_DAYS)).intValue();
      execution.setVariable(
          CdiVisitVariables.DATE_AGREEMENT_DEADLINE,
          dates.isoDaysBefore(visit.getVisitWindowEnd(), stallWarningDays));
    };
  }

  /** {@code Task_PreVisitVisitor} and {@code Task_PreVisitHost}. */
  @Bean
  public TaskListener preVisitListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      if ("Task_PreVisitHost".equals(task.getTaskDefinitionKey())) {
        visits.submitPreVisit(
            visitId(task),
            PreVisitDocument.Side.HOST,
            Actors.of(task),
            input.requiredText(CdiVisitVariables.HOST_EXPECTATIONS, TEXT),
            input.requiredText(CdiVisitVariables.HOST_WISHES_TO_SHOW, TEXT),
            input.optionalText(CdiVisitVariables.HOST_QUESTIONS, TEXT),
            input.requiredText(CdiVisitVariables.HOST_PUBLIC_DESCRIPTION, TEXT),
            input.optionalText(CdiVisitVariables.HOST_CONSTRAINTS, TEXT));
      } else {
        visits.submitPreVisit(
            visitId(task),
            PreVisitDocument.Side.VISITOR,
            Actors.of(task),
            input.requiredText(CdiVisitVariables.VISITOR_EXPECTATIONS, TEXT),
            input.requiredText(CdiVisitVariables.VISITOR_WISHES_TO_SEE, TEXT),
            input.optionalText(CdiVisitVariables.VISITOR_QUESTIONS, TEXT),
            null,
            null);
      }
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ProposeVisitDate}: a date in the window, on a school day of both schools. */
  @Bean
  public TaskListener visitDateProposalListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      LocalDate date = input.requiredDate(CdiVisitVariables.VISIT_DATE);
      String halfDay = input.requiredCode(CdiVisitVariables.VISIT_HALF_DAY, VisitService.HALF_DAYS);
      visits.proposeDate(visitId(task), Actors.of(task), date, halfDay);
      task.setVariable(CdiVisitVariables.VISIT_DATE, date.toString());
      clear(
          task,
          CdiVisitVariables.VISIT_DATE_ACCEPTED,
          CdiVisitVariables.MISSION_ORDER_SIGNED,
          CdiVisitVariables.MISSION_ORDER_REF,
          CdiVisitVariables.VISIT_HELD,
          CdiVisitVariables.DATE_REFUSAL_COMMENT,
          CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON,
          CdiVisitVariables.VISIT_NOT_HELD_REASON,
          CdiVisitVariables.STALLED_DECISION,
          CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
          CdiVisitVariables.STALLED_COMMENT);
    };
  }

  /** {@code Task_ConfirmVisitDate}: a refusal needs a comment for the host. */
  @Bean
  public TaskListener visitDateConfirmationListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean accepted = input.requiredBoolean(CdiVisitVariables.VISIT_DATE_ACCEPTED);
      String comment =
          accepted
              ? input.optionalText(CdiVisitVariables.DATE_REFUSAL_COMMENT, TEXT)
              : input.requiredText(CdiVisitVariables.DATE_REFUSAL_COMMENT, TEXT);
      visits.confirmDate(visitId(task), Actors.of(task), accepted, comment);
    };
  }

  /** {@code Task_SignMissionOrder}: a reference when signed, a reason when refused. */
  @Bean
  public TaskListener missionOrderListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean signed = input.requiredBoolean(CdiVisitVariables.MISSION_ORDER_SIGNED);
      if (signed) {
        visits.answerMissionOrder(
            visitId(task),
            Actors.of(task),
            true,
            input.requiredText(CdiVisitVariables.MISSION_ORDER_REF, 100),
            null);
      } else {
        visits.answerMissionOrder(
            visitId(task),
            Actors.of(task),
            false,
            null,
            input.requiredText(CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON, TEXT));
      }
    };
  }

  /** {@code Task_ConfirmVisitHeld}: when not held, a reason, and the pair looks for a new date. */
  @Bean
  public TaskListener visitHeldListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean held = input.requiredBoolean(CdiVisitVariables.VISIT_HELD);
      String reason =
          held ? null : input.requiredText(CdiVisitVariables.VISIT_NOT_HELD_REASON, TEXT);
      visits.confirmHeld(visitId(task), Actors.of(task), held, reason);
    };
  }

  /** {@code Task_WriteRecap}: the recap; each rewrite is kept as a new version. */
  @Bean
  public TaskListener recapListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      visits.writeRecap(
          visitId(task),
          input.requiredText(CdiVisitVariables.RECAP_EXCHANGES, TEXT),
          input.requiredText(CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, TEXT),
          input.requiredText(CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, TEXT),
          input.optionalText(CdiVisitVariables.RECAP_ACTIONS, TEXT),
          input.codeList(CdiVisitVariables.RECAP_TRAINING_NEEDS, Theme.codes()),
          input.optionalBoolean(CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS, false));
      clear(task, CdiVisitVariables.RECAP_VALIDATED);
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ValidateRecap}: amendments are required to send the recap back. */
  @Bean
  public TaskListener recapValidationListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      boolean validated = input.requiredBoolean(CdiVisitVariables.RECAP_VALIDATED);
      String amendments =
          validated
              ? input.optionalText(CdiVisitVariables.RECAP_AMENDMENTS, TEXT)
              : input.requiredText(CdiVisitVariables.RECAP_AMENDMENTS, TEXT);
      visits.answerRecap(
          visitId(task),
          validated,
          amendments,
          input.optionalBoolean(CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS, false));
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ResolveStalledVisit}: reschedule with a new deadline, or cancel. */
  @Bean
  public TaskListener stalledVisitListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      String decision =
          input.requiredCode(CdiVisitVariables.STALLED_DECISION, List.of("reschedule", "cancel"));
      LocalDate newDeadline =
          decision.equals("reschedule")
              ? input.requiredDate(CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE)
              : null;
      String comment = input.optionalText(CdiVisitVariables.STALLED_COMMENT, TEXT);
      visits.resolveStalled(visitId(task), Actors.of(task), decision, newDeadline, comment);
      if (newDeadline != null) {
        task.setVariable(CdiVisitVariables.DATE_AGREEMENT_DEADLINE, newDeadline.toString());
      }
    };
  }

  /** {@code Task_CancelVisit}. */
  @Bean
  public JavaDelegate cancelVisitDelegate() {
    return execution -> {
      String comment = (String) execution.getVariable(CdiVisitVariables.STALLED_COMMENT);
      visits.cancel(
          visitId(execution),
          comment == null
              ? "Annulée par la coordination"
              : "Annulée par la coordination : " + comment);
    };
  }

  /** {@code Task_CloseVisit}. */
  @Bean
  public JavaDelegate closeVisitDelegate() {
    return execution -> visits.complete(visitId(execution));
  }

  private static void clear(DelegateTask task, String... variables) {
    DelegateExecution execution = task.getExecution();
    for (String variable : variables) {
      execution.removeVariable(variable);
    }
  }
}
