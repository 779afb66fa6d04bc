package fr.reseau.ecoles.variables;

/**
 * Variable names that generic code (form input checks, access, Tasklist filters) uses for several
 * processes. Each process's {@code *Variables} class re-declares the ones it uses with the same
 * value, so feature code names its own process's class and generic code names this one: no package
 * depends on a feature package for a variable name.
 */
public final class CommonVariables {

  /** The network (Camunda tenant) a process belongs to. */
  public static final String NETWORK_ID = "networkId";

  /** The network's name, shown in forms and as a Tasklist column. */
  public static final String NETWORK_NAME = "networkName";

  /** The school year, e.g. {@code 2026-2027}; shown as a Tasklist column. */
  public static final String SCHOOL_YEAR = "schoolYear";

  /** The visiting documentaliste's full name; shown as a Tasklist column. */
  public static final String VISITOR_NAME = "visitorName";

  /** The host documentaliste's full name; shown as a Tasklist column. */
  public static final String HOST_NAME = "hostName";

  /** The agreed date of a visit (ISO date); shown as a Tasklist column. */
  public static final String VISIT_DATE = "visitDate";

  /**
   * Field of form {@code follow-up-stalled-task}: {@code remind}, {@code reassign}, {@code cancel}
   * or {@code replace}.
   */
  public static final String FOLLOW_UP_DECISION = "followUpDecision";

  /** Field of form {@code follow-up-stalled-task}: the member who takes the stalled task over. */
  public static final String FOLLOW_UP_ASSIGNEE = "followUpAssignee";

  /** Field of form {@code follow-up-stalled-task}: a word for the person reminded or assigned. */
  public static final String FOLLOW_UP_COMMENT = "followUpComment";

  /**
   * Shown by form {@code follow-up-stalled-task}: the choices that fit the step ({label, value}).
   */
  public static final String FOLLOW_UP_OPTIONS = "followUpOptions";

  /**
   * Shown by form {@code follow-up-stalled-task}: the members who may take the task ({label,
   * value}).
   */
  public static final String FOLLOW_UP_MEMBERS = "followUpMembers";

  /** Shown by form {@code follow-up-stalled-task}: the French name of the stalled task. */
  public static final String FOLLOW_UP_TASK_NAME = "followUpTaskName";

  /** Shown by form {@code follow-up-stalled-task}: who holds the stalled task. */
  public static final String FOLLOW_UP_HOLDER_NAME = "followUpHolderName";

  /** Shown by form {@code follow-up-stalled-task}: since when (ISO date) the task waits. */
  public static final String FOLLOW_UP_WAITING_SINCE = "followUpWaitingSince";

  /** Names only the Java code of the follow-up sets and reads. */
  public static final class FollowUpInternal {
    /** Task-local on « Relancer ou réaffecter »: the id of the stalled user task element. */
    public static final String STALLED_ELEMENT = "followUpStalledElement";

    /**
     * Process scope: the user task element the next created task of which goes to {@link
     * #REASSIGN_TO}.
     */
    public static final String PENDING_ELEMENT = "followUpPendingElement";

    /** Process scope: the member the re-created task goes to (empty: same person, reminded). */
    public static final String REASSIGN_TO = "followUpReassignTo";

    private FollowUpInternal() {}
  }

  private CommonVariables() {}

  /**
   * Shown in the coordination's forms ({@code cdi-tour}, {@code workshop-day}): a French warning
   * when the campaign's dates go past the school calendar known for the network's zones, or an
   * empty text.
   */
  public static final String CALENDAR_WARNING = "calendarWarning";
}
