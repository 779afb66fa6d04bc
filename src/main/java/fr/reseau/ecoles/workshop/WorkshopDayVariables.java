package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process {@code workshop-day}: the names its BPMN file and forms use.
 *
 * <p>The names of the fields inside the rows of a list variable (a form's table or dynamic list)
 * are not variables of their own: {@link WorkshopDayRows} names them.
 */
public final class WorkshopDayVariables {
  public static final String PROCESS_KEY = "workshop-day";

  // Set by the start event (output parameters): the delays of the timers and due dates.
  /** How long the sampled teachers have to validate the concerns (ISO-8601 duration). */
  public static final String VALIDATION_DEADLINE = "validationDeadline";

  /** How long the teachers have to choose their free workshop (ISO-8601 duration). */
  public static final String FREE_CHOICE_DEADLINE = "freeChoiceDeadline";

  /** How long after the day the cold impressions are asked (ISO-8601 duration). */
  public static final String COLD_IMPRESSIONS_DELAY = "coldImpressionsDelay";

  /** How long after the day the impressions close (ISO-8601 duration). */
  public static final String IMPRESSIONS_CLOSING_DELAY = "impressionsClosingDelay";

  /** The largest group of teachers the planning forms. */
  public static final String MAX_GROUP_SIZE = "maxGroupSize";

  // « Relancer ou réaffecter » (form follow-up-stalled-task), shared with the other processes.
  /** Field of form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_DECISION = CommonVariables.FOLLOW_UP_DECISION;

  /** Field of form {@code follow-up-stalled-task}. */
  public static final String FOLLOW_UP_ASSIGNEE = CommonVariables.FOLLOW_UP_ASSIGNEE;

  /** Field of form {@code follow-up-stalled-task}. */
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

  // Start form.
  /** The day's title, shown at the top of every form. */
  public static final String TITLE = "title";

  /** The establishments taking part, as typed by the team. */
  public static final String ESTABLISHMENTS = "establishments";

  /** The day itself (ISO date): the briefing's due date and the logbooks' timer. */
  public static final String DAY_DATE = "dayDate";

  /** Where the concerns come from: {@code questionnaire} or {@code networkSummary}. */
  public static final String CONCERN_SOURCE = "concernSource";

  /**
   * Optional, with {@code networkSummary}: the school year ("2026-2027") of the published network
   * summary whose grouped needs are proposed as the day's concerns; the latest published one when
   * absent.
   */
  public static final String SUMMARY_SCHOOL_YEAR = "summarySchoolYear";

  /** The id of the stored {@link WorkshopDay}. */
  public static final String WORKSHOP_DAY_ID = "workshopDayId";

  // Questionnaire.
  /** A pasted questionnaire CSV (private: discarded once imported). */
  public static final String QUESTIONNAIRE_CSV = "questionnaireCsv";

  /** What was imported so far (task-local, markdown). */
  public static final String QUESTIONNAIRE_IMPORT_STATUS = "questionnaireImportStatus";

  // Concerns and their validation.
  /** The cited concerns with their share (JSON table). */
  public static final String CONCERN_RANKING = "concernRanking";

  /** The cited concerns as options. */
  public static final String CONCERN_OPTIONS = "concernOptions";

  /** The needs of the network's recaps, when the concerns come from the network summary. */
  public static final String NETWORK_NEEDS = "networkNeeds";

  /** The respondents as options, to pick the validation sample from (task-local). */
  public static final String TEACHER_OPTIONS = "teacherOptions";

  /** The sample's answers after a refused round (task-local). */
  public static final String VALIDATION_FEEDBACK = "validationFeedback";

  /** The concerns the team chose. */
  public static final String CHOSEN_CONCERNS = "chosenConcerns";

  /** The teachers the team chose to validate the concerns. */
  public static final String VALIDATION_SAMPLE = "validationSample";

  /** The sampled teachers: the collection of the validation's multi-instance. */
  public static final String VALIDATORS = "validators";

  /** One sampled teacher: the element variable of the validation, its task's assignee. */
  public static final String VALIDATOR = "validator";

  /** The chosen concerns as a numbered markdown list. */
  public static final String CHOSEN_CONCERNS_TEXT = "chosenConcernsText";

  /** The chosen concerns as options. */
  public static final String CHOSEN_CONCERN_OPTIONS = "chosenConcernOptions";

  /** A sampled teacher's agreement (private). */
  public static final String CONCERNS_AGREED = "concernsAgreed";

  /** A sampled teacher's comment (private). */
  public static final String VALIDATION_COMMENT = "validationComment";

  /** Whether a majority of the answers keeps the concerns (the gateway's condition). */
  public static final String CONCERNS_APPROVED = "concernsApproved";

  // Animators.
  /** The network's animators (JSON table, task-local). */
  public static final String ANIMATOR_POOL = "animatorPool";

  /** The network's animators as options (task-local). */
  public static final String ANIMATOR_OPTIONS = "animatorOptions";

  /** Who answers which concern (JSON list of rows). */
  public static final String ANIMATOR_ASSIGNMENTS = "animatorAssignments";

  /** The animators who join the pool (JSON list of rows). */
  public static final String NEW_ANIMATORS = "newAnimators";

  /** The ids of the briefings to hold: the collection of the briefing's multi-instance. */
  public static final String BRIEFED_ANIMATORS = "briefedAnimators";

  /** One briefing's id: the element variable of the briefing's multi-instance. */
  public static final String BRIEFED_ANIMATOR = "briefedAnimator";

  /** The briefed animator's name (task-local). */
  public static final String ANIMATOR_NAME = "animatorName";

  /** The briefed animator's establishment (task-local). */
  public static final String ANIMATOR_ESTABLISHMENT = "animatorEstablishment";

  /** The concerns agreed with the animator. */
  public static final String AGREED_CONCERNS = "agreedConcerns";

  /** The share of demonstration in the workshop, in percent. */
  public static final String DEMONSTRATION_SHARE = "demonstrationShare";

  /** What the animator needs on the day. */
  public static final String EQUIPMENT_NEEDS = "equipmentNeeds";

  // Workshops, groups and paths.
  /** The workshops and their sessions (JSON list of rows). */
  public static final String WORKSHOPS = "workshops";

  /** How many slots the day has. */
  public static final String SLOT_COUNT = "slotCount";

  /** The slots' times, as typed by the team. */
  public static final String SLOT_TIMES = "slotTimes";

  /** The slot where each teacher chooses a workshop, if any. */
  public static final String FREE_CHOICE_SLOT = "freeChoiceSlot";

  /** Whether the day has a free-choice slot (the gateway's condition). */
  public static final String HAS_FREE_CHOICE_SLOT = "hasFreeChoiceSlot";

  /** The placed teachers: the collection of the teachers' multi-instances. */
  public static final String DAY_TEACHERS = "dayTeachers";

  /** One teacher: the element variable of the teachers' multi-instances, their tasks' assignee. */
  public static final String TEACHER = "teacher";

  /** The free workshops with places left, as options. */
  public static final String FREE_SESSION_OPTIONS = "freeSessionOptions";

  /** A teacher's free workshop. */
  public static final String FREE_WORKSHOP_CHOICE = "freeWorkshopChoice";

  /** The groups, their members and paths (JSON table, task-local). */
  public static final String GROUPS_TABLE = "groupsTable";

  /** The solvers' explanations and the points to look at (markdown, task-local). */
  public static final String PLANNING_REPORT = "planningReport";

  /** The placed teachers as options (task-local). */
  public static final String DAY_TEACHER_OPTIONS = "dayTeacherOptions";

  /** The groups as options (task-local). */
  public static final String GROUP_OPTIONS = "groupOptions";

  /** The team's moves of teachers between groups (JSON list of rows). */
  public static final String TEACHER_MOVES = "teacherMoves";

  /** {@code approve} or {@code replan} (the gateway's condition). */
  public static final String REVIEW_DECISION = "reviewDecision";

  /** How many invitations were sent. */
  public static final String INVITATIONS_COUNT = "invitationsCount";

  // Briefing of the participants.
  /** When the team presented the day to the participants. */
  public static final String BRIEFING_DATE = "briefingDate";

  /** The topics presented. */
  public static final String BRIEFING_TOPICS = "briefingTopics";

  /** The team's notes on the briefing. */
  public static final String BRIEFING_NOTES = "briefingNotes";

  // Logbook and impressions (all private but myDay).
  /** The teacher's own group and path (task-local). */
  public static final String MY_DAY = "myDay";

  public static final String LOGBOOK_PRACTICES = "logbookPractices";
  public static final String LOGBOOK_QUESTIONS = "logbookQuestions";
  public static final String LOGBOOK_IDEAS = "logbookIdeas";
  public static final String PLEASURE = "pleasure";
  public static final String PRACTICES_OF_INTEREST = "practicesOfInterest";
  public static final String GROUP_FEELING = "groupFeeling";
  public static final String IDEAS_TO_TRY = "ideasToTry";
  public static final String DIFFICULTIES = "difficulties";
  public static final String WILLING_TO_HELP = "willingToHelp";
  public static final String PRACTICE_STARTED = "practiceStarted";
  public static final String COLD_IDEAS = "coldIdeas";
  public static final String MOTIVATION = "motivation";
  public static final String SUPPORT_NEEDED = "supportNeeded";
  public static final String WILLING_TO_BE_REFERENT = "willingToBeReferent";

  // Referents.
  /** The proposed referents and why (JSON table). */
  public static final String REFERENT_CANDIDATES = "referentCandidates";

  /** The proposed referents as options. */
  public static final String REFERENT_OPTIONS = "referentOptions";

  /** The referents: those who said yes, then the team's confirmation. */
  public static final String CONFIRMED_REFERENTS = "confirmedReferents";

  /** Whether the confirmed referents join the animator pool. */
  public static final String REFERENTS_JOIN_POOL = "referentsJoinPool";

  /** The day's id, as the delegates and listeners read it. */
  public static Long workshopDayId(VariableScope scope) {
    return ((Number) scope.getVariable(WORKSHOP_DAY_ID)).longValue();
  }

  /** The largest group size, as the planning reads it. */
  public static int maxGroupSize(VariableScope scope) {
    return ((Number) scope.getVariable(MAX_GROUP_SIZE)).intValue();
  }

  /** Names the Java code sets and reads that neither the BPMN file nor a form names. */
  public static final class Internal {
    /** The network (tenant) the day belongs to. */
    public static final String NETWORK_ID = "networkId";

    public static final String GROUPING_SCORE = "groupingScore";
    public static final String GROUPING_EXPLANATION = "groupingExplanation";
    public static final String PATH_SCORE = "pathScore";
    public static final String PATH_EXPLANATION = "pathExplanation";

    /** The published files and where to download them. */
    public static final String OUTPUT_FILES = "outputFiles";

    private Internal() {}
  }

  private WorkshopDayVariables() {}
}
