package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code cdi-tour}: the names its BPMN file and forms use. */
public final class CdiTourVariables {

  /** The process definition key. */
  public static final String PROCESS_KEY = "cdi-tour";

  /** In the BPMN file: input parameter of {@code End_CampaignClosed}. */
  public static final String ANNUAL_REVIEW_ON_CAMPAIGN_END = "annualReviewOnCampaignEnd";

  /** Shown by form {@code review-pairing}. */
  public static final String APPLIED_FORBIDDEN_PAIRS = "appliedForbiddenPairs";

  /**
   * Field of form {@code cdi-tour-start}: how the pairing treats the network's zones, {@code
   * ignore} (default), {@code prefer}, {@code require} or {@code avoid} ({@code
   * pairing.ZonePolicy}); normalised by {@code Task_OpenCampaign}.
   */
  public static final String ZONE_POLICY = "zonePolicy";

  /**
   * Field of form {@code cdi-tour-start}: visits may join a primary school and a secondary one
   * (CM2–6e link); false by default; normalised to a Boolean by {@code Task_OpenCampaign}.
   */
  public static final String INTER_DEGREE = "interDegree";

  /** Shown by form {@code review-pairing}. */
  public static final String APPLIED_FORCED_PAIRS = "appliedForcedPairs";

  /** Shown in form {@code review-pairing}: see {@link CommonVariables#CALENDAR_WARNING}. */
  public static final String CALENDAR_WARNING = CommonVariables.CALENDAR_WARNING;

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String CONSTRAINT_KINDS = "constraintKinds";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String CONSTRAINTS = "constraints";

  /**
   * In the BPMN file: assignee of {@code Task_DeclareVolunteering}, multi-instance element variable
   * of {@code Task_DeclareVolunteering}.
   */
  public static final String DOCUMENTALISTE = "documentaliste";

  /**
   * In the BPMN file: multi-instance collection of {@code Task_DeclareVolunteering}: the network's
   * documentalistes, and its primary teachers when {@link #INTER_DEGREE} is true (issue 19).
   */
  public static final String DOCUMENTALISTES = "documentalistes";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String EXPECTATIONS = "expectations";

  /**
   * Field of form {@code review-pairing}; in the BPMN file: input parameter of {@code
   * Task_ReviewPairing}.
   */
  public static final String FORBIDDEN_PAIRS = "forbiddenPairs";

  /**
   * Field of form {@code review-pairing}; in the BPMN file: input parameter of {@code
   * Task_ReviewPairing}.
   */
  public static final String FORCED_PAIRS = "forcedPairs";

  /** In the BPMN file: input parameter of {@code Task_CompileSummary}. */
  public static final String GROUPED_TRAINING_MIN_PEOPLE = "groupedTrainingMinPeople";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String NEEDS = "needs";

  /**
   * The network (Camunda tenant) a process belongs to. In the BPMN file: passed to the called
   * process of {@code CallActivity_Visits}.
   */
  public static final String NETWORK_ID = CommonVariables.NETWORK_ID;

  /**
   * The network's name, shown in forms and as a Tasklist column. Shown by form {@code
   * declare-volunteering}, {@code publish-summary}, {@code review-pairing}.
   */
  public static final String NETWORK_NAME = CommonVariables.NETWORK_NAME;

  /**
   * Field of form {@code review-pairing}; in the BPMN file: condition of {@code
   * Flow_PairingApproved}, condition of {@code Flow_PairingRejected}.
   */
  public static final String PAIRING_APPROVED = "pairingApproved";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String PPCR_PLANNED = "ppcrPlanned";

  /**
   * Field of form {@code declare-volunteering} (optional, shown when {@link #PPCR_PLANNED}): the
   * expected date of the career appraisal; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String PPCR_DATE = "ppcrDate";

  /**
   * Shown by form {@code declare-volunteering}: last year's school year when the documentaliste
   * volunteered then and their answers are carried over for confirmation; in the BPMN file: input
   * parameter of {@code Task_DeclareVolunteering} ({@code previousYear} bean).
   */
  public static final String PREVIOUS_SCHOOL_YEAR = "previousSchoolYear";

  /** Shown by form {@code review-pairing}. */
  public static final String PROPOSED_VISITS = "proposedVisits";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String PUBLIC_SERVED = "publicServed";

  /** In the BPMN file: input parameter of {@code Task_RecordReminder}. */
  public static final String REMINDER_TASK_PRIORITY = "reminderTaskPriority";

  /**
   * The school year, e.g. {@code 2026-2027}; shown as a Tasklist column. Field of form {@code
   * cdi-tour-start}; shown by form {@code declare-volunteering}, {@code publish-summary}, {@code
   * review-pairing}; in the BPMN file: passed to the called process of {@code CallActivity_Visits}.
   */
  public static final String SCHOOL_YEAR = CommonVariables.SCHOOL_YEAR;

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String STRENGTHS = "strengths";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_BY_CONSTRAINT = "summaryByConstraint";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_BY_PUBLIC = "summaryByPublic";

  /** Field of form {@code publish-summary}. */
  public static final String SUMMARY_COMMENT = "summaryComment";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_CSV_URL = "summaryCsvUrl";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_GROUPED_TRAININGS = "summaryGroupedTrainings";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_IMPROVEMENTS = "summaryImprovements";

  /** In the BPMN file: input parameter of {@code Task_CompileSummary}. */
  public static final String SUMMARY_MIN_GROUP_SIZE = "summaryMinGroupSize";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_NEEDS = "summaryNeeds";

  /** Field of form {@code publish-summary}. */
  public static final String SUMMARY_PUBLISHED = "summaryPublished";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_TRAINING_NEEDS = "summaryTrainingNeeds";

  /** Shown by form {@code publish-summary}. */
  public static final String SUMMARY_VISITS = "summaryVisits";

  /** Shown by form {@code review-pairing}. */
  public static final String UNPAIRED_VOLUNTEERS = "unpairedVolunteers";

  /**
   * In the BPMN file: business key of {@code CallActivity_Visits}, expression passed to the called
   * process of {@code CallActivity_Visits}, multi-instance element variable of {@code
   * CallActivity_Visits}, ….
   */
  public static final String VISIT_ID = "visitId";

  /** In the BPMN file: multi-instance collection of {@code CallActivity_Visits}. */
  public static final String VISIT_IDS = "visitIds";

  /**
   * Field of form {@code cdi-tour-start}; shown by form {@code declare-volunteering}; in the BPMN
   * file: passed to the called process of {@code CallActivity_Visits}, timer of {@code
   * Timer_VisitWindowEnd}.
   */
  public static final String VISIT_WINDOW_END = "visitWindowEnd";

  /**
   * Field of form {@code cdi-tour-start}; shown by form {@code declare-volunteering}; in the BPMN
   * file: passed to the called process of {@code CallActivity_Visits}.
   */
  public static final String VISIT_WINDOW_START = "visitWindowStart";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String VOLUNTEER = "volunteer";

  /** Field of form {@code review-pairing}. */
  public static final String VOLUNTEER_OPTIONS = "volunteerOptions";

  /**
   * Field of form {@code declare-volunteering}; in the BPMN file: input parameter of {@code
   * Task_DeclareVolunteering}.
   */
  public static final String VOLUNTEER_ROLE = "volunteerRole";

  /**
   * Field of form {@code cdi-tour-start}; shown by form {@code declare-volunteering}; in the BPMN
   * file: due date of {@code Task_DeclareVolunteering}, timer of {@code
   * Timer_VolunteeringDeadline}, timer of {@code Timer_VolunteeringReminder}.
   */
  public static final String VOLUNTEERING_DEADLINE = "volunteeringDeadline";

  /** Names the Java code sets and reads that neither the BPMN file nor a form names. */
  public static final class Internal {
    /** The campaign row ({@code Campaign}) the process runs, set by {@code Task_OpenCampaign}. */
    public static final String CAMPAIGN_ID = "campaignId";

    /**
     * How many documentalistes did not answer, set by {@code Task_CloseVolunteering} (for Cockpit).
     */
    public static final String NOT_ANSWERED_COUNT = "notAnsweredCount";

    /**
     * How many declarations were still open at the reminder, set by {@code Task_RecordReminder}.
     */
    public static final String REMINDER_PENDING_COUNT = "reminderPendingCount";

    /** The network summary row ({@code NetworkSummary}) compiled by {@code Task_CompileSummary}. */
    public static final String SUMMARY_ID = "summaryId";

    /** How many visits {@code Task_CloseOpenVisits} cancelled. */
    public static final String VISITS_CANCELLED_AT_WINDOW_END = "visitsCancelledAtWindowEnd";

    private Internal() {}
  }

  /** The campaign's id ({@link Internal#CAMPAIGN_ID}). */
  public static Long campaignId(VariableScope scope) {
    return (Long) scope.getVariable(Internal.CAMPAIGN_ID);
  }

  private CdiTourVariables() {}
}
