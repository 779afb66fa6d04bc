package fr.reseau.ecoles.workshop;

/**
 * The variables of process {@code workshop-day}: the names its BPMN file and forms use. Provisional
 * (branch {@code variables}): the names its BPMN file and forms use, so that {@code
 * ProcessVariablesTest} passes; the workshop branch writes the real class.
 */
public final class WorkshopDayVariables {

  /** The process definition key. */
  public static final String PROCESS_KEY = "workshop-day";

  /**
   * Field of form {@code brief-animator}; in the BPMN file: input parameter of {@code
   * Task_BriefAnimator}.
   */
  public static final String AGREED_CONCERNS = "agreedConcerns";

  /** Field of form {@code assign-animators}. */
  public static final String ANIMATOR_ASSIGNMENTS = "animatorAssignments";

  /** Shown by form {@code brief-animator}. */
  public static final String ANIMATOR_ESTABLISHMENT = "animatorEstablishment";

  /** Shown by form {@code brief-animator}. */
  public static final String ANIMATOR_NAME = "animatorName";

  /** Field of form {@code assign-animators}. */
  public static final String ANIMATOR_OPTIONS = "animatorOptions";

  /** Shown by form {@code assign-animators}. */
  public static final String ANIMATOR_POOL = "animatorPool";

  /** In the BPMN file: multi-instance element variable of {@code Task_BriefAnimator}. */
  public static final String BRIEFED_ANIMATOR = "briefedAnimator";

  /** In the BPMN file: multi-instance collection of {@code Task_BriefAnimator}. */
  public static final String BRIEFED_ANIMATORS = "briefedAnimators";

  /** Field of form {@code brief-participants}. */
  public static final String BRIEFING_DATE = "briefingDate";

  /** Field of form {@code brief-participants}. */
  public static final String BRIEFING_NOTES = "briefingNotes";

  /** Field of form {@code brief-participants}. */
  public static final String BRIEFING_TOPICS = "briefingTopics";

  /** Field of form {@code assign-animators}. */
  public static final String CHOSEN_CONCERN_OPTIONS = "chosenConcernOptions";

  /** Field of form {@code choose-concerns}. */
  public static final String CHOSEN_CONCERNS = "chosenConcerns";

  /** Shown by form {@code assign-animators}, {@code validate-concerns}. */
  public static final String CHOSEN_CONCERNS_TEXT = "chosenConcernsText";

  /**
   * Field of form {@code give-cold-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveColdImpressions}.
   */
  public static final String COLD_IDEAS = "coldIdeas";

  /**
   * In the BPMN file: output parameter of {@code Task_OpenWorkshopDay}, timer of {@code
   * Timer_ColdImpressionsDelay}.
   */
  public static final String COLD_IMPRESSIONS_DELAY = "coldImpressionsDelay";

  /** Field of form {@code choose-concerns}. */
  public static final String CONCERN_OPTIONS = "concernOptions";

  /** Shown by form {@code choose-concerns}. */
  public static final String CONCERN_RANKING = "concernRanking";

  /** Field of form {@code workshop-day-start}. */
  public static final String CONCERN_SOURCE = "concernSource";

  /**
   * Field of form {@code validate-concerns}; in the BPMN file: input parameter of {@code
   * Task_ValidateConcerns}.
   */
  public static final String CONCERNS_AGREED = "concernsAgreed";

  /**
   * In the BPMN file: condition of {@code Flow_ConcernsApproved}, condition of {@code
   * Flow_ConcernsRejected}.
   */
  public static final String CONCERNS_APPROVED = "concernsApproved";

  /** Field of form {@code confirm-referents}. */
  public static final String CONFIRMED_REFERENTS = "confirmedReferents";

  /**
   * Field of form {@code workshop-day-start}; in the BPMN file: due date of {@code
   * Task_BriefParticipants}, timer of {@code Timer_WorkshopDay}.
   */
  public static final String DAY_DATE = "dayDate";

  /** Field of form {@code review-groups-and-paths}. */
  public static final String DAY_TEACHER_OPTIONS = "dayTeacherOptions";

  /**
   * In the BPMN file: multi-instance collection of {@code SubProcess_TeacherDay}, multi-instance
   * collection of {@code Task_ChooseFreeWorkshop}.
   */
  public static final String DAY_TEACHERS = "dayTeachers";

  /**
   * Field of form {@code brief-animator}; in the BPMN file: input parameter of {@code
   * Task_BriefAnimator}.
   */
  public static final String DEMONSTRATION_SHARE = "demonstrationShare";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String DIFFICULTIES = "difficulties";

  /**
   * Field of form {@code brief-animator}; in the BPMN file: input parameter of {@code
   * Task_BriefAnimator}.
   */
  public static final String EQUIPMENT_NEEDS = "equipmentNeeds";

  /** Field of form {@code workshop-day-start}. */
  public static final String ESTABLISHMENTS = "establishments";

  /**
   * In the BPMN file: due date of {@code Task_ChooseFreeWorkshop}, output parameter of {@code
   * Task_OpenWorkshopDay}, timer of {@code Timer_FreeChoiceDeadline}.
   */
  public static final String FREE_CHOICE_DEADLINE = "freeChoiceDeadline";

  /** Field of form {@code plan-workshops}; shown by form {@code choose-free-workshop}. */
  public static final String FREE_CHOICE_SLOT = "freeChoiceSlot";

  /** Field of form {@code choose-free-workshop}. */
  public static final String FREE_SESSION_OPTIONS = "freeSessionOptions";

  /**
   * Field of form {@code choose-free-workshop}; in the BPMN file: input parameter of {@code
   * Task_ChooseFreeWorkshop}.
   */
  public static final String FREE_WORKSHOP_CHOICE = "freeWorkshopChoice";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String GROUP_FEELING = "groupFeeling";

  /** Field of form {@code review-groups-and-paths}. */
  public static final String GROUP_OPTIONS = "groupOptions";

  /** Shown by form {@code review-groups-and-paths}. */
  public static final String GROUPS_TABLE = "groupsTable";

  /**
   * In the BPMN file: condition of {@code Flow_FreeChoiceSlot}, condition of {@code
   * Flow_NoFreeChoiceSlot}.
   */
  public static final String HAS_FREE_CHOICE_SLOT = "hasFreeChoiceSlot";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String IDEAS_TO_TRY = "ideasToTry";

  /**
   * In the BPMN file: output parameter of {@code Task_OpenWorkshopDay}, timer of {@code
   * Timer_ImpressionsClosed}.
   */
  public static final String IMPRESSIONS_CLOSING_DELAY = "impressionsClosingDelay";

  /** Shown by form {@code brief-participants}. */
  public static final String INVITATIONS_COUNT = "invitationsCount";

  /**
   * Field of form {@code keep-logbook}; in the BPMN file: input parameter of {@code
   * Task_KeepLogbook}.
   */
  public static final String LOGBOOK_IDEAS = "logbookIdeas";

  /**
   * Field of form {@code keep-logbook}; in the BPMN file: input parameter of {@code
   * Task_KeepLogbook}.
   */
  public static final String LOGBOOK_PRACTICES = "logbookPractices";

  /**
   * Field of form {@code keep-logbook}; in the BPMN file: input parameter of {@code
   * Task_KeepLogbook}.
   */
  public static final String LOGBOOK_QUESTIONS = "logbookQuestions";

  /** In the BPMN file: output parameter of {@code Task_OpenWorkshopDay}. */
  public static final String MAX_GROUP_SIZE = "maxGroupSize";

  /**
   * Field of form {@code give-cold-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveColdImpressions}.
   */
  public static final String MOTIVATION = "motivation";

  /** Shown by form {@code keep-logbook}. */
  public static final String MY_DAY = "myDay";

  /** Shown by form {@code choose-concerns}. */
  public static final String NETWORK_NEEDS = "networkNeeds";

  /** Field of form {@code assign-animators}. */
  public static final String NEW_ANIMATORS = "newAnimators";

  /** Shown by form {@code review-groups-and-paths}. */
  public static final String PLANNING_REPORT = "planningReport";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String PLEASURE = "pleasure";

  /**
   * Field of form {@code give-cold-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveColdImpressions}.
   */
  public static final String PRACTICE_STARTED = "practiceStarted";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String PRACTICES_OF_INTEREST = "practicesOfInterest";

  /** Field of form {@code import-questionnaire}. */
  public static final String QUESTIONNAIRE_CSV = "questionnaireCsv";

  /** Shown by form {@code import-questionnaire}. */
  public static final String QUESTIONNAIRE_IMPORT_STATUS = "questionnaireImportStatus";

  /** Shown by form {@code confirm-referents}. */
  public static final String REFERENT_CANDIDATES = "referentCandidates";

  /** Field of form {@code confirm-referents}. */
  public static final String REFERENT_OPTIONS = "referentOptions";

  /** Field of form {@code confirm-referents}. */
  public static final String REFERENTS_JOIN_POOL = "referentsJoinPool";

  /**
   * Field of form {@code review-groups-and-paths}; in the BPMN file: condition of {@code
   * Flow_PlanApproved}, condition of {@code Flow_Replan}.
   */
  public static final String REVIEW_DECISION = "reviewDecision";

  /** Field of form {@code plan-workshops}. */
  public static final String SLOT_COUNT = "slotCount";

  /** Field of form {@code plan-workshops}. */
  public static final String SLOT_TIMES = "slotTimes";

  /**
   * Field of form {@code give-cold-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveColdImpressions}.
   */
  public static final String SUPPORT_NEEDED = "supportNeeded";

  /**
   * In the BPMN file: assignee of {@code Task_ChooseFreeWorkshop}, assignee of {@code
   * Task_GiveColdImpressions}, assignee of {@code Task_GiveHotImpressions}, ….
   */
  public static final String TEACHER = "teacher";

  /** Field of form {@code review-groups-and-paths}. */
  public static final String TEACHER_MOVES = "teacherMoves";

  /** Field of form {@code choose-concerns}. */
  public static final String TEACHER_OPTIONS = "teacherOptions";

  /**
   * Field of form {@code workshop-day-start}; shown by form {@code assign-animators}, {@code
   * brief-animator}, {@code brief-participants}, {@code choose-concerns}, {@code
   * choose-free-workshop}, {@code confirm-referents}, {@code give-cold-impressions}, {@code
   * give-hot-impressions}, {@code import-questionnaire}, {@code keep-logbook}, {@code
   * plan-workshops}, {@code review-groups-and-paths}, {@code validate-concerns}.
   */
  public static final String TITLE = "title";

  /**
   * Field of form {@code validate-concerns}; in the BPMN file: input parameter of {@code
   * Task_ValidateConcerns}.
   */
  public static final String VALIDATION_COMMENT = "validationComment";

  /**
   * In the BPMN file: due date of {@code Task_ValidateConcerns}, output parameter of {@code
   * Task_OpenWorkshopDay}, timer of {@code Timer_ValidationDeadline}.
   */
  public static final String VALIDATION_DEADLINE = "validationDeadline";

  /** Shown by form {@code choose-concerns}. */
  public static final String VALIDATION_FEEDBACK = "validationFeedback";

  /** Field of form {@code choose-concerns}. */
  public static final String VALIDATION_SAMPLE = "validationSample";

  /**
   * In the BPMN file: assignee of {@code Task_ValidateConcerns}, multi-instance element variable of
   * {@code Task_ValidateConcerns}.
   */
  public static final String VALIDATOR = "validator";

  /** In the BPMN file: multi-instance collection of {@code Task_ValidateConcerns}. */
  public static final String VALIDATORS = "validators";

  /**
   * Field of form {@code give-cold-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveColdImpressions}.
   */
  public static final String WILLING_TO_BE_REFERENT = "willingToBeReferent";

  /**
   * Field of form {@code give-hot-impressions}; in the BPMN file: input parameter of {@code
   * Task_GiveHotImpressions}.
   */
  public static final String WILLING_TO_HELP = "willingToHelp";

  /** Shown by form {@code confirm-referents}, {@code import-questionnaire}. */
  public static final String WORKSHOP_DAY_ID = "workshopDayId";

  /** Field of form {@code plan-workshops}. */
  public static final String WORKSHOPS = "workshops";

  private WorkshopDayVariables() {}
}
