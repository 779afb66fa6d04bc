package fr.reseau.ecoles.retention;

/** The variables of process {@code data-retention}: the names its BPMN file and forms use. */
public final class DataRetentionVariables {

  /** The process definition key. */
  public static final String PROCESS_KEY = "data-retention";

  /** In the BPMN file: input parameter of {@code Task_PurgePersonalContent}. */
  public static final String RETENTION_MONTHS_AFTER_SCHOOL_YEAR = "retentionMonthsAfterSchoolYear";

  /** Names the Java code sets and reads that neither the BPMN file nor a form names. */
  public static final class Internal {
    /** How many expired campaigns were still running (not purged). */
    public static final String EXPIRED_CAMPAIGNS_STILL_RUNNING = "expiredCampaignsStillRunning";

    /** The campaigns purged by this run (network id and school year), for Cockpit. */
    public static final String PURGED_CAMPAIGNS = "purgedCampaigns";

    /** How many visits started on their own this run purged. */
    public static final String PURGED_STANDALONE_VISITS = "purgedStandaloneVisits";

    /** How many workshop days this run purged. */
    public static final String PURGED_WORKSHOP_DAYS = "purgedWorkshopDays";

    private Internal() {}
  }

  private DataRetentionVariables() {}
}
