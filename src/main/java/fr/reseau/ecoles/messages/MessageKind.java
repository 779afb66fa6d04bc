package fr.reseau.ecoles.messages;

import java.util.Arrays;
import java.util.Optional;

/**
 * The messages this package sends, each with its template name ({@code
 * templates/mail/<template>.txt} and {@code .html}) and the process data it is built from. The
 * table of docs/notifications.md lists them with their trigger and recipients.
 */
public enum MessageKind {
  /** Task_DeclareVolunteering created: the campaign is open, declare yourself. */
  CAMPAIGN_INVITATION("campaign-invitation", Source.CAMPAIGN, true),
  /** Task_PreVisitVisitor / Task_PreVisitHost created: your peer, where, the next step. */
  PAIRING_RESULT("pairing-result", Source.VISIT, true),
  /** Task_PlanVisits ended: a volunteer left without a pair this year. */
  PAIRING_UNPAIRED("pairing-unpaired", Source.CAMPAIGN, false),
  /** Task_SignMissionOrder created: the head of the visitor's school signs. */
  MISSION_ORDER_TO_SIGN("mission-order-to-sign", Source.VISIT, true),
  /** Task_ValidateRecap created: the host validates the visitor's recap. */
  RECAP_TO_VALIDATE("recap-to-validate", Source.VISIT, true),
  /** Task_PublishSummary completed: the network summary, to every volunteer of the campaign. */
  SUMMARY_PUBLISHED("summary-published", Source.CAMPAIGN, false),
  /** Task_GiveFeedback created: the annual review asks your opinion. */
  FEEDBACK_REQUEST("feedback-request", Source.REVIEW, true),
  /** Any other user task a designer marks {@code notify=true}: "a task waits for you". */
  TASK_ASSIGNED("task-waiting", Source.NONE, true),
  /**
   * Timer_VolunteeringReminder: the reminder to each documentaliste whose declaration is still open
   * (category reminder). Not a task-creation message: a designer cannot choose it.
   */
  VOLUNTEERING_REMINDER("volunteering-reminder", Source.CAMPAIGN, false),
  /**
   * Someone gave an open task to another person (Tasklist, {@code /engine-rest/task/{id}/assignee},
   * a claim for someone else): « Une tâche vous est confiée », to the new assignee. Not a
   * task-creation message: a designer cannot choose it.
   */
  TASK_REASSIGNED("task-reassigned", Source.NONE, false);

  /** The process data a message of this kind reads besides the task. */
  enum Source {
    CAMPAIGN,
    VISIT,
    REVIEW,
    NONE
  }

  private final String template;
  private final Source source;
  private final boolean forTask;

  MessageKind(String template, Source source, boolean forTask) {
    this.template = template;
    this.source = source;
    this.forTask = forTask;
  }

  /** Sent to the person a user task waits for, with a link to that task. */
  public boolean forTask() {
    return forTask;
  }

  /** The template name, also the {@code kind} of the notice. */
  public String template() {
    return template;
  }

  Source source() {
    return source;
  }

  /** The kind whose template is that name. */
  public static Optional<MessageKind> ofTemplate(String template) {
    return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
  }
}
