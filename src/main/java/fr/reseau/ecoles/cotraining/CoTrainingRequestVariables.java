package fr.reseau.ecoles.cotraining;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code co-training-request}: the names its BPMN file and forms use. */
public final class CoTrainingRequestVariables {
  public static final String PROCESS_KEY = "co-training-request";

  // Start form (co-training-start).
  /** The workshop's title, shown in every task of the request. */
  public static final String TITLE = "title";

  /** A theme code of the shared list ({@code network.Theme}). */
  public static final String THEME = "theme";

  /** Why the team asks for it: the motivated project (start form, editable in the description). */
  public static final String MOTIVATION = "motivation";

  // Form describe-co-training (the team, again after the head asked for changes).
  /** Taglist of member user ids (Json list). */
  public static final String PARTICIPANTS = "participants";

  /** First wished date (ISO date). */
  public static final String WISHED_DATE_1 = "wishedDate1";

  /** Second wished date (ISO date). */
  public static final String WISHED_DATE_2 = "wishedDate2";

  /** Optional third wished date (ISO date). */
  public static final String WISHED_DATE_3 = "wishedDate3";

  /** The slot, « 15h-18h » by default; also the confirmed slot in form schedule-co-training. */
  public static final String SLOT = "slot";

  /**
   * Outside expert wished: {@code dane}, {@code cardie}, {@code canope}, {@code other}, {@code
   * none}.
   */
  public static final String EXPERT = "expert";

  /** Who, when {@link #EXPERT} is {@code other}. */
  public static final String EXPERT_OTHER = "expertOther";

  /** Shown by form describe-co-training: the members of the network one may invite. */
  public static final String MEMBER_OPTIONS = "memberOptions";

  // Form review-co-training (the head of the requester's establishment).
  /** {@code approve}, {@code changes} or {@code refuse}. */
  public static final String HEAD_DECISION = "headDecision";

  /** The head's comment: what to change, or why not; shown to the team. */
  public static final String HEAD_COMMENT = "headComment";

  // Form schedule-co-training (the coordinators).
  /** {@code schedule} or {@code refuse}. */
  public static final String SCHEDULE_DECISION = "scheduleDecision";

  /** The chosen date, one of the wished ones (ISO date). */
  public static final String SCHEDULED_DATE = "scheduledDate";

  /** Shown by form schedule-co-training: the wished dates as choices. */
  public static final String WISHED_DATE_OPTIONS = "wishedDateOptions";

  /** Where the workshop takes place. */
  public static final String PLACE = "venue";

  /** The outside expert confirmed (name and body), if any. */
  public static final String EXPERT_CONFIRMED = "expertConfirmed";

  /** The coordinators' reason when they refuse. */
  public static final String REFUSAL_REASON = "refusalReason";

  // Set by the system.
  /** The member who asked (assignee of the description). */
  public static final String REQUESTER = "requester";

  /** Their full name, shown in the forms. */
  public static final String REQUESTER_NAME = "requesterName";

  /** The head of the requester's establishment (assignee of the review). */
  public static final String HEAD_OF_SCHOOL = "headOfSchool";

  /** The request in a few lines (markdown), shown to the head and the coordinators. */
  public static final String REQUEST_SUMMARY = "requestSummary";

  /** Names only the Java code sets and reads. */
  public static final class Internal {
    /** Id of the {@code CoTrainingRequest} row. */
    public static final String REQUEST_ID = "coTrainingRequestId";

    public static final String NETWORK_ID = CommonVariables.NETWORK_ID;

    private Internal() {}
  }

  public static Long requestId(VariableScope scope) {
    Object value = scope.getVariable(Internal.REQUEST_ID);
    return value == null ? null : ((Number) value).longValue();
  }

  private CoTrainingRequestVariables() {}
}
