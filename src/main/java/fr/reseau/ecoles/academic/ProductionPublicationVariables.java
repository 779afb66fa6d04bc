package fr.reseau.ecoles.academic;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process {@code production-publication}: the names its BPMN file and forms use.
 */
public final class ProductionPublicationVariables {
  public static final String PROCESS_KEY = "production-publication";

  // Start form (production-start), also POST /api/academic-groups/{id}/proposals.
  /** The production's working title. */
  public static final String TITLE = "title";

  /** What it is about, in a few lines. */
  public static final String SUMMARY = "scenarioSummary";

  /**
   * Where the idea comes from: a link to a network's published summary or a workshop day's referent
   * ideas (never a copy of their content).
   */
  public static final String SOURCE_LINK = "sourceLink";

  // Form production-draft (the group's teachers, again after requested changes).
  public static final String DISCIPLINE = "scenarioDiscipline";

  /** The class level (« Cycle 4 », « Seconde »…). */
  public static final String LEVEL = "scenarioLevel";

  /** One theme per line. */
  public static final String THEMES = "scenarioThemes";

  /** « 3 séances de 55 minutes ». */
  public static final String DURATION = "scenarioDuration";

  /** One digital tool per line. */
  public static final String DIGITAL_TOOLS = "digitalTools";

  /** One step of the scenario per line. */
  public static final String STEPS = "scenarioSteps";

  /** One resource per line: {@code titre | https://…}. */
  public static final String RESOURCES = "resources";

  /** One author per line (names as they will be published). */
  public static final String AUTHORS = "authors";

  /** The licence, CC BY-SA 4.0 by default. */
  public static final String LICENCE = "licence";

  /** The member of the group who reviews the draft (not the one who submits it). */
  public static final String REVIEWER = "reviewer";

  // Form production-peer-review (the reviewer).
  /** {@code approve} or {@code changes}. */
  public static final String PEER_DECISION = "peerDecision";

  public static final String PEER_COMMENT = "peerComment";

  // Form production-validate (the IA-IPR).
  /** {@code publish} or {@code changes}. */
  public static final String VALIDATION_DECISION = "validationDecision";

  public static final String VALIDATION_COMMENT = "validationComment";

  // Form production-report-progress (the référent, at the rhythm of the timer).
  /** Where the work stands: shared with the IA-IPR and the group. */
  public static final String PROGRESS = "progress";

  // Form production-national-meeting (the national group).
  /** What the national group says of the production (optional). */
  public static final String NATIONAL_FEEDBACK = "nationalFeedback";

  // Set by the system, shown in the forms.
  /** The group's name and académie (« Aix-Marseille — Sciences et numérique »). */
  public static final String GROUP_NAME = "groupName";

  /** The group's teachers (comma-separated user ids): candidates of the draft. */
  public static final String DRAFTERS = "drafters";

  /** The référent teacher (progress reports). */
  public static final String REFERENT = "groupReferent";

  /** The IA-IPR responsible for the group (validation). */
  public static final String INSPECTOR = "groupInspector";

  /** The group's teachers as choices of the reviewer field. */
  public static final String MEMBER_OPTIONS = "memberOptions";

  /** The production in a few lines (markdown), shown to the reviewer, the IA-IPR, the référent. */
  public static final String PRODUCTION_SUMMARY = "productionSummary";

  /** What the reviewer or the IA-IPR asked to change, shown in the draft task. */
  public static final String CHANGES_COMMENT = "changesComment";

  /** Every académie's productions by status (markdown table), for the référents. */
  public static final String NATIONAL_OVERVIEW = "nationalOverview";

  /** Names only the Java code sets and reads. */
  public static final class Internal {
    /** Id of the {@code Production} row. */
    public static final String PRODUCTION_ID = "productionId";

    /** Who proposed it, when started by the application (a network's proposal, demo data). */
    public static final String PROPOSED_BY = "proposedBy";

    private Internal() {}
  }

  public static Long productionId(VariableScope scope) {
    Object value = scope.getVariable(Internal.PRODUCTION_ID);
    return value == null ? null : ((Number) value).longValue();
  }

  private ProductionPublicationVariables() {}
}
