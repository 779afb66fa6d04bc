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
    return ((Number) scope.getVariable("visitId")).longValue();
  }

  /** {@code Task_PrepareVisit}: stores a visit started on its own, and sets names for the forms. */
  @Bean
  public JavaDelegate prepareVisitDelegate() {
    return execution -> {
      FormInput input = FormInput.of(execution);
      Object givenVisitId = execution.getVariable("visitId");
      if (givenVisitId != null && !(givenVisitId instanceof Number)) {
        throw new InvalidInputException(
            "visitId", "identifiant de visite numérique attendu, reçu « " + givenVisitId + " ».");
      }
      if (givenVisitId == null) {
        Visit created =
            visits.createStandalone(
                input.requiredText("networkId", 100),
                input.requiredText("schoolYear", 9),
                input.requiredText("visitor", 100),
                input.requiredText("host", 100),
                input.requiredDate("visitWindowStart"),
                input.requiredDate("visitWindowEnd"));
        execution.setVariable("visitId", created.getId());
      }
      VisitService.VisitContext context = visits.context(visitId(execution));
      Visit visit = context.visit();
      visits.attachProcess(visit.getId(), execution.getProcessInstanceId());
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(visit.businessKey());
      }
      execution.setVariable("visitor", visit.getVisitorUserId());
      execution.setVariable("host", visit.getHostUserId());
      execution.setVariable("visitorName", context.visitor().fullName());
      execution.setVariable("hostName", context.host().fullName());
      execution.setVariable("visitorEstablishmentName", context.visitorEstablishment().getName());
      execution.setVariable("hostEstablishmentName", context.hostEstablishment().getName());
      execution.setVariable("hostTown", context.hostEstablishment().getTown());
      execution.setVariable(
          "visitorPrincipal", context.visitorEstablishment().getPrincipalUserId());
      execution.setVariable("visitWindowStart", visit.getVisitWindowStart().toString());
      execution.setVariable("visitWindowEnd", visit.getVisitWindowEnd().toString());
      int stallWarningDays = ((Number) execution.getVariable("stallWarningDays")).intValue();
      execution.setVariable(
          "dateAgreementDeadline",
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
            input.requiredText("hostExpectations", TEXT),
            input.requiredText("hostWishesToShow", TEXT),
            input.optionalText("hostQuestions", TEXT),
            input.requiredText("hostPublicDescription", TEXT),
            input.optionalText("hostConstraints", TEXT));
      } else {
        visits.submitPreVisit(
            visitId(task),
            PreVisitDocument.Side.VISITOR,
            Actors.of(task),
            input.requiredText("visitorExpectations", TEXT),
            input.requiredText("visitorWishesToSee", TEXT),
            input.optionalText("visitorQuestions", TEXT),
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
      LocalDate date = input.requiredDate("visitDate");
      String halfDay = input.requiredCode("visitHalfDay", VisitService.HALF_DAYS);
      visits.proposeDate(visitId(task), Actors.of(task), date, halfDay);
      task.setVariable("visitDate", date.toString());
      clear(
          task,
          "visitDateAccepted",
          "missionOrderSigned",
          "missionOrderRef",
          "visitHeld",
          "dateRefusalComment",
          "missionOrderRefusalReason",
          "visitNotHeldReason",
          "stalledDecision",
          "newDateAgreementDeadline",
          "stalledComment");
    };
  }

  /** {@code Task_ConfirmVisitDate}: a refusal needs a comment for the host. */
  @Bean
  public TaskListener visitDateConfirmationListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean accepted = input.requiredBoolean("visitDateAccepted");
      String comment =
          accepted
              ? input.optionalText("dateRefusalComment", TEXT)
              : input.requiredText("dateRefusalComment", TEXT);
      visits.confirmDate(visitId(task), Actors.of(task), accepted, comment);
    };
  }

  /** {@code Task_SignMissionOrder}: a reference when signed, a reason when refused. */
  @Bean
  public TaskListener missionOrderListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean signed = input.requiredBoolean("missionOrderSigned");
      if (signed) {
        visits.answerMissionOrder(
            visitId(task), Actors.of(task), true, input.requiredText("missionOrderRef", 100), null);
      } else {
        visits.answerMissionOrder(
            visitId(task),
            Actors.of(task),
            false,
            null,
            input.requiredText("missionOrderRefusalReason", TEXT));
      }
    };
  }

  /** {@code Task_ConfirmVisitHeld}: when not held, a reason, and the pair looks for a new date. */
  @Bean
  public TaskListener visitHeldListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      boolean held = input.requiredBoolean("visitHeld");
      String reason = held ? null : input.requiredText("visitNotHeldReason", TEXT);
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
          input.requiredText("recapExchanges", TEXT),
          input.requiredText("recapImprovementsHost", TEXT),
          input.requiredText("recapImprovementsVisitor", TEXT),
          input.optionalText("recapActions", TEXT),
          input.codeList("recapTrainingNeeds", Theme.codes()),
          input.optionalBoolean("recapShareImprovements", false));
      clear(task, "recapValidated");
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ValidateRecap}: amendments are required to send the recap back. */
  @Bean
  public TaskListener recapValidationListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      boolean validated = input.requiredBoolean("recapValidated");
      String amendments =
          validated
              ? input.optionalText("recapAmendments", TEXT)
              : input.requiredText("recapAmendments", TEXT);
      visits.answerRecap(
          visitId(task),
          validated,
          amendments,
          input.optionalBoolean("recapHostSharesImprovements", false));
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ResolveStalledVisit}: reschedule with a new deadline, or cancel. */
  @Bean
  public TaskListener stalledVisitListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      String decision = input.requiredCode("stalledDecision", List.of("reschedule", "cancel"));
      LocalDate newDeadline =
          decision.equals("reschedule") ? input.requiredDate("newDateAgreementDeadline") : null;
      String comment = input.optionalText("stalledComment", TEXT);
      visits.resolveStalled(visitId(task), Actors.of(task), decision, newDeadline, comment);
      if (newDeadline != null) {
        task.setVariable("dateAgreementDeadline", newDeadline.toString());
      }
    };
  }

  /** {@code Task_CancelVisit}. */
  @Bean
  public JavaDelegate cancelVisitDelegate() {
    return execution -> {
      String comment = (String) execution.getVariable("stalledComment");
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
