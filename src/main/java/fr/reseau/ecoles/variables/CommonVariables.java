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

  private CommonVariables() {}
}
