package fr.reseau.ecoles.workshop;

/**
 * The keys of the fields inside the rows of the list variables of process {@code workshop-day}
 * (form tables, dynamic lists, options, published files): fields of a JSON row, not variables of
 * their own, so not in {@link WorkshopDayVariables}.
 */
public final class WorkshopDayRows {
  public static final String LABEL = "label";
  public static final String VALUE = "value";
  public static final String CONCERN = "concern";
  public static final String TEACHERS = "teachers";
  public static final String SHARE = "share";
  public static final String FIRST_CHOICE = "firstChoice";
  public static final String NEED = "need";
  public static final String RECAPS = "recaps";
  public static final String ANIMATOR = "animator";
  public static final String FULL_NAME = "fullName";
  public static final String ESTABLISHMENT = "establishment";
  public static final String EMAIL = "email";
  public static final String CONCERNS = "concerns";
  public static final String LAST_DAY = "lastDay";

  /** The network that brought the animator into the académie's pool ({@code animatorPool}). */
  public static final String NETWORK_NAME = "networkName";

  public static final String CODE = "code";
  public static final String TITLE = "title";
  public static final String ANIMATOR_NAME = "animatorName";
  public static final String FORMAT = "format";
  public static final String DURATION_MINUTES = "durationMinutes";
  public static final String SLOTS = "slots";
  public static final String CAPACITY = "capacity";
  public static final String ROOM = "room";
  public static final String GROUP = "group";
  public static final String MEMBERS = "members";
  public static final String CATALYST = "catalyst";
  public static final String PATH = "path";
  public static final String TEACHER = "teacher";
  public static final String DISCIPLINE = "discipline";
  public static final String REASONS = "reasons";
  public static final String KIND = "kind";
  public static final String FILE_NAME = "fileName";
  public static final String URL = "url";

  private WorkshopDayRows() {}
}
