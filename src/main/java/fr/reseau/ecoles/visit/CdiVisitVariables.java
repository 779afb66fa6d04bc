package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code cdi-visit}: the names its BPMN file and forms use. */
public final class CdiVisitVariables {

  /** The process definition key. */
  public static final String PROCESS_KEY = "cdi-visit";

  /**
   * Shown by form {@code propose-visit-date}, {@code resolve-stalled-visit}; in the BPMN file:
   * timer of {@code Timer_DateAgreementDeadline}.
   */
  public static final String DATE_AGREEMENT_DEADLINE = "dateAgreementDeadline";

  /**
   * Field of form {@code confirm-visit-date}; shown by form {@code propose-visit-date}, {@code
   * resolve-stalled-visit}.
   */
  public static final String DATE_REFUSAL_COMMENT = "dateRefusalComment";

  /**
   * Field of form {@code follow-up-stalled-task}; condition of the « Annuler la visite ? »
   * gateways.
   */
  public static final String FOLLOW_UP_DECISION = CommonVariables.FOLLOW_UP_DECISION;

  /** Field of form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_ASSIGNEE = CommonVariables.FOLLOW_UP_ASSIGNEE;

  /** Field of form {@code follow-up-stalled-task}; input of {@code Task_CancelStalledVisit}. */
  public static final String FOLLOW_UP_COMMENT = CommonVariables.FOLLOW_UP_COMMENT;

  /** Shown by form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_OPTIONS = CommonVariables.FOLLOW_UP_OPTIONS;

  /** Shown by form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_MEMBERS = CommonVariables.FOLLOW_UP_MEMBERS;

  /** Shown by form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_TASK_NAME = CommonVariables.FOLLOW_UP_TASK_NAME;

  /** Shown by form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_HOLDER_NAME = CommonVariables.FOLLOW_UP_HOLDER_NAME;

  /** Shown by form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_WAITING_SINCE = CommonVariables.FOLLOW_UP_WAITING_SINCE;

  /**
   * In the BPMN file: assignee of {@code Task_ConfirmVisitHeld}, assignee of {@code
   * Task_PreVisitHost}, assignee of {@code Task_ProposeVisitDate}, ….
   */
  public static final String HOST = "host";

  /**
   * Field of form {@code pre-visit-host}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String HOST_CONSTRAINTS = "hostConstraints";

  /**
   * Shown by form {@code confirm-visit-date}, {@code pre-visit-visitor}, {@code
   * resolve-stalled-visit}, {@code sign-mission-order}, {@code write-recap}.
   */
  public static final String HOST_ESTABLISHMENT_NAME = "hostEstablishmentName";

  /**
   * Field of form {@code pre-visit-host}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String HOST_EXPECTATIONS = "hostExpectations";

  /**
   * The host documentaliste's full name; shown as a Tasklist column. Shown by form {@code
   * confirm-visit-date}, {@code pre-visit-visitor}, {@code propose-visit-date}, {@code
   * resolve-stalled-visit}, {@code sign-mission-order}, {@code write-recap}.
   */
  public static final String HOST_NAME = CommonVariables.HOST_NAME;

  /**
   * Field of form {@code pre-visit-host}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String HOST_PUBLIC_DESCRIPTION = "hostPublicDescription";

  /**
   * Field of form {@code pre-visit-host}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String HOST_QUESTIONS = "hostQuestions";

  /**
   * Shown by form {@code confirm-visit-date}, {@code pre-visit-visitor}, {@code
   * resolve-stalled-visit}, {@code sign-mission-order}.
   */
  public static final String HOST_TOWN = "hostTown";

  /**
   * Field of form {@code pre-visit-host}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String HOST_WISHES_TO_SHOW = "hostWishesToShow";

  /** Field of form {@code sign-mission-order}. */
  public static final String MISSION_ORDER_REF = "missionOrderRef";

  /**
   * Field of form {@code sign-mission-order}; shown by form {@code propose-visit-date}, {@code
   * resolve-stalled-visit}.
   */
  public static final String MISSION_ORDER_REFUSAL_REASON = "missionOrderRefusalReason";

  /**
   * Field of form {@code sign-mission-order}; in the BPMN file: condition of {@code
   * Flow_MissionOrderRefused}, condition of {@code Flow_MissionOrderSigned}.
   */
  public static final String MISSION_ORDER_SIGNED = "missionOrderSigned";

  /**
   * The network (Camunda tenant) a process belongs to. In the BPMN file: received from the calling
   * process of {@code CallActivity_Visits}.
   */
  public static final String NETWORK_ID = CommonVariables.NETWORK_ID;

  /** Field of form {@code resolve-stalled-visit}. */
  public static final String NEW_DATE_AGREEMENT_DEADLINE = "newDateAgreementDeadline";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_ACTIONS = "recapActions";

  /** Field of form {@code validate-recap}; shown by form {@code write-recap}. */
  public static final String RECAP_AMENDMENTS = "recapAmendments";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_EXCHANGES = "recapExchanges";

  /** Field of form {@code validate-recap}. */
  public static final String RECAP_HOST_SHARES_IMPROVEMENTS = "recapHostSharesImprovements";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_IMPROVEMENTS_HOST = "recapImprovementsHost";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_IMPROVEMENTS_VISITOR = "recapImprovementsVisitor";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_SHARE_IMPROVEMENTS = "recapShareImprovements";

  /** Field of form {@code write-recap}; shown by form {@code validate-recap}. */
  public static final String RECAP_TRAINING_NEEDS = "recapTrainingNeeds";

  /**
   * Field of form {@code validate-recap}; in the BPMN file: condition of {@code Flow_RecapAmended},
   * condition of {@code Flow_RecapValidated}.
   */
  public static final String RECAP_VALIDATED = "recapValidated";

  /**
   * The school year, e.g. {@code 2026-2027}; shown as a Tasklist column. In the BPMN file: received
   * from the calling process of {@code CallActivity_Visits}.
   */
  public static final String SCHOOL_YEAR = CommonVariables.SCHOOL_YEAR;

  /** In the BPMN file: input parameter of {@code Task_PrepareVisit}. */
  public static final String STALL_WARNING_DAYS = "stallWarningDays";

  /** Field of form {@code resolve-stalled-visit}; shown by form {@code propose-visit-date}. */
  public static final String STALLED_COMMENT = "stalledComment";

  /**
   * Field of form {@code resolve-stalled-visit}; in the BPMN file: condition of {@code
   * Flow_StalledCancel}, condition of {@code Flow_StalledReschedule}.
   */
  public static final String STALLED_DECISION = "stalledDecision";

  /**
   * The agreed date of a visit (ISO date); shown as a Tasklist column. Field of form {@code
   * propose-visit-date}; shown by form {@code confirm-visit-date}, {@code confirm-visit-held},
   * {@code resolve-stalled-visit}, {@code sign-mission-order}, {@code validate-recap}, {@code
   * write-recap}; in the BPMN file: timer of {@code Timer_DayAfterVisit}.
   */
  public static final String VISIT_DATE = CommonVariables.VISIT_DATE;

  /**
   * Field of form {@code confirm-visit-date}; in the BPMN file: condition of {@code
   * Flow_DateAccepted}, condition of {@code Flow_DateRefused}.
   */
  public static final String VISIT_DATE_ACCEPTED = "visitDateAccepted";

  /**
   * Field of form {@code propose-visit-date}; shown by form {@code confirm-visit-date}, {@code
   * confirm-visit-held}, {@code resolve-stalled-visit}, {@code sign-mission-order}, {@code
   * validate-recap}, {@code write-recap}.
   */
  public static final String VISIT_HALF_DAY = "visitHalfDay";

  /**
   * Field of form {@code confirm-visit-held}; in the BPMN file: condition of {@code
   * Flow_VisitHeld}, condition of {@code Flow_VisitNotHeld}.
   */
  public static final String VISIT_HELD = "visitHeld";

  /** In the BPMN file: received from the calling process of {@code CallActivity_Visits}. */
  public static final String VISIT_ID = "visitId";

  /**
   * Field of form {@code confirm-visit-held}; shown by form {@code propose-visit-date}, {@code
   * resolve-stalled-visit}.
   */
  public static final String VISIT_NOT_HELD_REASON = "visitNotHeldReason";

  /**
   * Shown by form {@code pre-visit-host}, {@code pre-visit-visitor}, {@code propose-visit-date},
   * {@code resolve-stalled-visit}; in the BPMN file: received from the calling process of {@code
   * CallActivity_Visits}.
   */
  public static final String VISIT_WINDOW_END = "visitWindowEnd";

  /**
   * Shown by form {@code pre-visit-host}, {@code pre-visit-visitor}, {@code propose-visit-date}; in
   * the BPMN file: received from the calling process of {@code CallActivity_Visits}.
   */
  public static final String VISIT_WINDOW_START = "visitWindowStart";

  /**
   * In the BPMN file: assignee of {@code Task_ConfirmVisitDate}, assignee of {@code
   * Task_PreVisitVisitor}, assignee of {@code Task_WriteRecap}, ….
   */
  public static final String VISITOR = "visitor";

  /**
   * Shown by form {@code confirm-visit-held}, {@code pre-visit-host}, {@code propose-visit-date},
   * {@code resolve-stalled-visit}, {@code validate-recap}.
   */
  public static final String VISITOR_ESTABLISHMENT_NAME = "visitorEstablishmentName";

  /**
   * Field of form {@code pre-visit-visitor}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String VISITOR_EXPECTATIONS = "visitorExpectations";

  /**
   * The visiting documentaliste's full name; shown as a Tasklist column. Shown by form {@code
   * confirm-visit-date}, {@code confirm-visit-held}, {@code pre-visit-host}, {@code
   * propose-visit-date}, {@code resolve-stalled-visit}, {@code sign-mission-order}, {@code
   * validate-recap}.
   */
  public static final String VISITOR_NAME = CommonVariables.VISITOR_NAME;

  /**
   * In the BPMN file: assignee of {@code Task_SignMissionOrder}, candidate groups of {@code
   * Task_SignMissionOrder}.
   */
  public static final String VISITOR_PRINCIPAL = "visitorPrincipal";

  /**
   * Field of form {@code pre-visit-visitor}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String VISITOR_QUESTIONS = "visitorQuestions";

  /**
   * Field of form {@code pre-visit-visitor}; shown by form {@code confirm-visit-date}, {@code
   * propose-visit-date}.
   */
  public static final String VISITOR_WISHES_TO_SEE = "visitorWishesToSee";

  /** The visit's id, a number whatever its stored type. */
  public static Long visitId(VariableScope scope) {
    return ((Number) scope.getVariable(VISIT_ID)).longValue();
  }

  /**
   * Removes answers from the process when the flow goes back, so that a stale answer never passes
   * for a new one.
   */
  public static void clear(DelegateTask task, String... variables) {
    DelegateExecution execution = task.getExecution();
    for (String variable : variables) {
      execution.removeVariable(variable);
    }
  }

  private CdiVisitVariables() {}

  /** Names the Java code sets and reads that neither the BPMN file nor a form names. */
  public static final class Internal {
    /**
     * The career appraisal (PPCR) the visit prepares, ISO date or null ({@link PpcrWindow}), set by
     * {@code Task_PrepareVisit}; read by {@link VisitReminders} for the date-agreement reminders.
     */
    public static final String PPCR_DATE = "ppcrDate";

    private Internal() {}
  }
}
