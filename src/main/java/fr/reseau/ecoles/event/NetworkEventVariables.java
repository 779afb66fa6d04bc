package fr.reseau.ecoles.event;

import fr.reseau.ecoles.variables.CommonVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code network-event}: the names its BPMN file and forms use. */
public final class NetworkEventVariables {
  public static final String PROCESS_KEY = "network-event";

  // Start form (network-event-start).
  /** The event's title, shown in every form. */
  public static final String TITLE = "title";

  /** {@code networkDay}, {@code thematicHalfDay}, {@code academicEvent} or {@code training}. */
  public static final String EVENT_KIND = "eventKind";

  /** A theme code of the shared list ({@code network.Theme}). */
  public static final String THEME = "theme";

  /** The day of the event (ISO date). */
  public static final String EVENT_DATE = "eventDate";

  /** {@code morning}, {@code afternoon} or {@code day}. */
  public static final String EVENT_HALF_DAY = "eventHalfDay";

  /** Where the event takes place. */
  public static final String PLACE = "eventPlace";

  /** Places for participants. */
  public static final String CAPACITY = "eventCapacity";

  /** Places for contributors (who get an ordre de mission). */
  public static final String CONTRIBUTOR_SLOTS = "contributorSlots";

  /** Last day to register (ISO date); the list closes at the end of that day. */
  public static final String REGISTRATION_DEADLINE = "registrationDeadline";

  // Set by Task_OpenEvent.
  /** The members invited to register (multi-instance collection). */
  public static final String INVITEES = "invitees";

  /** One invitee (multi-instance element). */
  public static final String INVITEE = "invitee";

  /** The moment the list closes (ISO date-time): timer of the registration. */
  public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";

  /** The end of the priority period (ISO date-time). */
  public static final String PRIORITY_ENDS_AT = "priorityEndsAt";

  /** The start of the event (ISO date-time): timer of the attendance step. */
  public static final String EVENT_STARTS_AT = "eventStartsAt";

  /** The end of the feedback (ISO date-time). */
  public static final String FEEDBACK_CLOSES_AT = "feedbackClosesAt";

  /** Shown by the forms: « journée réseau du 3 mars 2027, matin, à … ». */
  public static final String EVENT_SUMMARY = "eventSummary";

  // Task_RegisterForEvent (form register-for-event).
  /** {@code participate}, {@code contribute} or {@code decline}. */
  public static final String REGISTRATION_CHOICE = "registrationChoice";

  /** What a contributor will present. */
  public static final String CONTRIBUTION = "contribution";

  // Mission orders of the contributors (form sign-event-mission-order).
  /** The registered contributors (multi-instance collection of registration ids). */
  public static final String CONTRIBUTOR_REGISTRATIONS = "contributorRegistrations";

  /** One contributor's registration id (multi-instance element). */
  public static final String CONTRIBUTOR_REGISTRATION = "contributorRegistration";

  /** Shown by the mission-order form: the contributor's name. */
  public static final String CONTRIBUTOR_NAME = "contributorName";

  /** Field of the mission-order form. */
  public static final String MISSION_ORDER_SIGNED = "missionOrderSigned";

  /** Field of the mission-order form. */
  public static final String MISSION_ORDER_REF = "missionOrderRef";

  /** Field of the mission-order form. */
  public static final String MISSION_ORDER_REFUSAL_REASON = "missionOrderRefusalReason";

  // Attendance (form record-attendance).
  /** The registered people, as checklist options. */
  public static final String ATTENDANCE_OPTIONS = "attendanceOptions";

  /** The people present (checklist: user ids). */
  public static final String ATTENDEES = "attendees";

  // Feedback (form give-event-feedback).
  /** The participants present (multi-instance collection). */
  public static final String FEEDBACK_GIVERS = "feedbackGivers";

  /** One participant present (multi-instance element). */
  public static final String FEEDBACK_GIVER = "feedbackGiver";

  /** 1 to 4. */
  public static final String FEEDBACK_RATING = "feedbackRating";

  /** Free text. */
  public static final String FEEDBACK_COMMENT = "feedbackComment";

  /** Names only the Java code sets and reads. */
  public static final class Internal {
    /** The id of the stored {@link NetworkEvent}. */
    public static final String EVENT_ID = "eventId";

    /** The network (tenant) of the event. */
    public static final String NETWORK_ID = CommonVariables.NETWORK_ID;

    /** Members who expressed the need (start variable of a training from needs). */
    public static final String PRIORITY_INVITEES = "priorityInvitees";

    private Internal() {}
  }

  private NetworkEventVariables() {}

  public static Long eventId(VariableScope scope) {
    Object value = scope.getVariable(Internal.EVENT_ID);
    return value == null ? null : ((Number) value).longValue();
  }
}
