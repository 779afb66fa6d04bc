package fr.reseau.ecoles.review;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code annual-review}: the names its BPMN file and forms use. */
public final class AnnualReviewVariables {

  /** The process definition key. */
  public static final String PROCESS_KEY = "annual-review";

  /** In the BPMN file: input parameter of {@code Task_OpenReview}. */
  public static final String FEEDBACK_DEADLINE = "feedbackDeadline";

  /**
   * Shown by form {@code give-feedback}; in the BPMN file: due date of {@code Task_GiveFeedback},
   * timer of {@code Timer_FeedbackDeadline}.
   */
  public static final String FEEDBACK_DUE_DATE = "feedbackDueDate";

  /**
   * Field of form {@code give-feedback}; in the BPMN file: input parameter of {@code
   * Task_GiveFeedback}.
   */
  public static final String FEEDBACK_NEEDS_MET = "feedbackNeedsMet";

  /**
   * Field of form {@code give-feedback}, shown to a volunteer whose visit did not take place
   * instead of the questions on the visit; in the BPMN file: input parameter of {@code
   * Task_GiveFeedback}.
   */
  public static final String FEEDBACK_NOT_HELD_REASON = "feedbackNotHeldReason";

  /**
   * Read by form {@code give-feedback} (which questions to show); in the BPMN file: input parameter
   * of {@code Task_GiveFeedback}, set by {@code FeedbackQuestionsListener} on create: true when the
   * participant's visit took place.
   */
  public static final String FEEDBACK_VISIT_HELD = "feedbackVisitHeld";

  /**
   * Field of form {@code give-feedback}; in the BPMN file: input parameter of {@code
   * Task_GiveFeedback}.
   */
  public static final String FEEDBACK_NEXT_YEAR_CHANGES = "feedbackNextYearChanges";

  /**
   * Field of form {@code give-feedback}; in the BPMN file: input parameter of {@code
   * Task_GiveFeedback}.
   */
  public static final String FEEDBACK_PRACTICE_CHANGES = "feedbackPracticeChanges";

  /** In the BPMN file: input parameter of {@code Task_OpenReview}. */
  public static final String FEEDBACK_REMINDER_BEFORE = "feedbackReminderBefore";

  /** In the BPMN file: timer of {@code Timer_FeedbackReminder}. */
  public static final String FEEDBACK_REMINDER_DATE = "feedbackReminderDate";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String FEEDBACK_TEXTS = "feedbackTexts";

  /** In the BPMN file: input parameter of {@code Task_CompileIndicators}. */
  public static final String GROUPED_TRAINING_MIN_PEOPLE = "groupedTrainingMinPeople";

  /** Field of form {@code hold-network-meeting}. */
  public static final String MEETING_DATE = "meetingDate";

  /** Field of form {@code hold-network-meeting}. */
  public static final String MEETING_DECISION = "meetingDecision";

  /** Field of form {@code hold-network-meeting}. */
  public static final String MEETING_NOTES = "meetingNotes";

  /**
   * The network's name, shown in forms and as a Tasklist column. Shown by form {@code
   * give-feedback}, {@code hold-network-meeting}, {@code plan-network-meeting}.
   */
  public static final String NETWORK_NAME = CommonVariables.NETWORK_NAME;

  /** Field of form {@code hold-network-meeting}. */
  public static final String NEXT_SCHOOL_YEAR = "nextSchoolYear";

  /** Field of form {@code hold-network-meeting}. */
  public static final String NEXT_VISIT_WINDOW_END = "nextVisitWindowEnd";

  /** Field of form {@code hold-network-meeting}. */
  public static final String NEXT_VISIT_WINDOW_START = "nextVisitWindowStart";

  /** Field of form {@code hold-network-meeting}. */
  public static final String NEXT_VOLUNTEERING_DEADLINE = "nextVolunteeringDeadline";

  /**
   * In the BPMN file: assignee of {@code Task_GiveFeedback}, multi-instance element variable of
   * {@code Task_GiveFeedback}.
   */
  public static final String PARTICIPANT = "participant";

  /** Field of form {@code plan-network-meeting}: the day of the network meeting to plan. */
  public static final String PLANNED_MEETING_DATE = "plannedMeetingDate";

  /** Field of form {@code plan-network-meeting}: when the meeting ends, « 19:00 ». */
  public static final String PLANNED_MEETING_END_TIME = "plannedMeetingEndTime";

  /** Field of form {@code plan-network-meeting}: the address or the video link, optional. */
  public static final String PLANNED_MEETING_PLACE = "plannedMeetingPlace";

  /** Field of form {@code plan-network-meeting}: when the meeting starts, « 17:00 ». */
  public static final String PLANNED_MEETING_START_TIME = "plannedMeetingStartTime";

  /** In the BPMN file: multi-instance collection of {@code Task_GiveFeedback}. */
  public static final String PARTICIPANTS = "participants";

  /** In the BPMN file: input parameter of {@code Task_RecordFeedbackReminder}. */
  public static final String REMINDER_TASK_PRIORITY = "reminderTaskPriority";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String REPORT_CSV_URL = "reportCsvUrl";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String REPORT_URL = "reportUrl";

  /** Field of form {@code hold-network-meeting}. */
  public static final String REQUESTED_TRAININGS = "requestedTrainings";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String REVIEW_GROUPED_TRAININGS = "reviewGroupedTrainings";

  /** Shown by form {@code hold-network-meeting} and {@code review-zone} (the network's figures). */
  public static final String REVIEW_KEY_FIGURES = "reviewKeyFigures";

  /** In the BPMN file: input parameter of {@code Task_CompileIndicators}. */
  public static final String REVIEW_MIN_GROUP_SIZE = "reviewMinGroupSize";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String REVIEW_NEEDS = "reviewNeeds";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String REVIEW_TRAINING_NEEDS = "reviewTrainingNeeds";

  /**
   * The school year, e.g. {@code 2026-2027}; shown as a Tasklist column. Field of form {@code
   * annual-review-start}; shown by form {@code give-feedback}, {@code hold-network-meeting}, {@code
   * plan-network-meeting}.
   */
  public static final String SCHOOL_YEAR = CommonVariables.SCHOOL_YEAR;

  /**
   * Field of form {@code hold-network-meeting}; in the BPMN file: condition of {@code
   * Flow_NextCampaignDecided}, condition of {@code Flow_NoNextCampaign}.
   */
  public static final String START_NEXT_CAMPAIGN = "startNextCampaign";

  /** Shown by form {@code hold-network-meeting}. */
  public static final String YEAR_PAGE_URL = "yearPageUrl";

  // Zones (issue 19): each zone's steering trio reviews the zone's part before the meeting.

  /** In the BPMN file: input parameter of {@code Task_PrepareZoneReviews}, an ISO period. */
  public static final String ZONE_REVIEW_DEADLINE = "zoneReviewDeadline";

  /**
   * Shown by form {@code review-zone}; in the BPMN file: due date of {@code Task_ReviewZone}, timer
   * of {@code Timer_ZoneReviewDeadline}.
   */
  public static final String ZONE_REVIEW_DUE_DATE = "zoneReviewDueDate";

  /**
   * In the BPMN file: conditions of {@code Flow_ZonesToReview} and {@code Flow_NoZones}, set by
   * {@code Task_PrepareZoneReviews}.
   */
  public static final String NETWORK_HAS_ZONES = "networkHasZones";

  /** In the BPMN file: multi-instance collection of {@code Task_ReviewZone} (zone codes). */
  public static final String REVIEW_ZONE_CODES = "reviewZoneCodes";

  /** In the BPMN file: multi-instance element variable of {@code Task_ReviewZone}. */
  public static final String REVIEW_ZONE_CODE = "reviewZoneCode";

  /** Shown by form {@code review-zone}: the zone's name. */
  public static final String REVIEW_ZONE_NAME = "reviewZoneName";

  /** Shown by form {@code review-zone}: the zone's anonymous figures (label, value). */
  public static final String REVIEW_ZONE_FIGURES = "reviewZoneFigures";

  /** Shown by form {@code review-zone}: the zone's trio (role, name). */
  public static final String REVIEW_ZONE_TRIO = "reviewZoneTrio";

  /**
   * Field of form {@code review-zone}: the trio's remarks; in the BPMN file: input parameter of
   * {@code Task_ReviewZone}.
   */
  public static final String ZONE_REMARKS = "zoneRemarks";

  /**
   * Field of form {@code review-zone}: the trio's priorities for next year, optional; in the BPMN
   * file: input parameter of {@code Task_ReviewZone}.
   */
  public static final String ZONE_PRIORITIES = "zonePriorities";

  /** Shown by form {@code hold-network-meeting}: each zone's review (zone, remarks, priorities). */
  public static final String ZONE_REVIEWS = "zoneReviews";

  /**
   * Field of form {@code hold-network-meeting} (checklist, Json list of {@link IndicatorCatalogue}
   * codes): the indicators the board chooses for next school year.
   */
  public static final String NEXT_INDICATORS = "nextIndicators";

  /** Field of form {@code hold-network-meeting}: target of {@code participationRate} (%). */
  public static final String TARGET_PARTICIPATION_RATE = "targetParticipationRate";

  /** Field of form {@code hold-network-meeting}: target of {@code volunteers}. */
  public static final String TARGET_VOLUNTEERS = "targetVolunteers";

  /** Field of form {@code hold-network-meeting}: target of {@code visitsHeld}. */
  public static final String TARGET_VISITS_HELD = "targetVisitsHeld";

  /** Field of form {@code hold-network-meeting}: target of {@code needsCoveredRate} (%). */
  public static final String TARGET_NEEDS_COVERED_RATE = "targetNeedsCoveredRate";

  /** Field of form {@code hold-network-meeting}: target of {@code trainingDaysHeld}. */
  public static final String TARGET_TRAINING_DAYS_HELD = "targetTrainingDaysHeld";

  /** Field of form {@code hold-network-meeting}: target of {@code interDegreeVisits}. */
  public static final String TARGET_INTER_DEGREE_VISITS = "targetInterDegreeVisits";

  /** Names the Java code sets and reads that neither the BPMN file nor a form names. */
  public static final class Internal {
    /**
     * The participants whose visit did not take place (volunteers without a held visit), set by
     * {@code Task_OpenReview}; read by {@code FeedbackQuestionsListener}.
     */
    public static final String PARTICIPANTS_WITHOUT_VISIT = "participantsWithoutVisit";

    /** How many feedback tasks were still open at the reminder. */
    public static final String FEEDBACK_REMINDER_PENDING_COUNT = "feedbackReminderPendingCount";

    /** The network (Camunda tenant) a process belongs to. */
    public static final String NETWORK_ID = CommonVariables.NETWORK_ID;

    /** The {@code cdi-tour} instance started by {@code Task_StartNextCampaign}. */
    public static final String NEXT_CAMPAIGN_PROCESS_INSTANCE_ID = "nextCampaignProcessInstanceId";

    /** The year report row ({@code YearReport}), set by {@code Task_ProduceReport}. */
    public static final String REPORT_ID = "reportId";

    /** The annual review row ({@code AnnualReview}), set by {@code Task_OpenReview}. */
    public static final String REVIEW_ID = "reviewId";

    private Internal() {}
  }

  /** The review's id ({@link Internal#REVIEW_ID}), a number whatever its stored type. */
  public static Long reviewId(VariableScope scope) {
    return ((Number) scope.getVariable(Internal.REVIEW_ID)).longValue();
  }

  private AnnualReviewVariables() {}
}
