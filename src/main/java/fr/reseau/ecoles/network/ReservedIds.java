package fr.reseau.ecoles.network;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Ids that a member or a network may not take, whatever their case: built-in accounts and groups (a
 * user named {@code camunda-admin} or {@code admin} would be mistaken for the administrators in
 * logs, Admin and authorizations) and words of the application's paths (a network {@code admin} or
 * {@code api} would make {@code /bilan/admin/…} or a tenant named like a webapp).
 */
public final class ReservedIds {

  private static final Set<String> ACCOUNTS =
      Set.of(
          Groups.CAMUNDA_ADMIN,
          "admin",
          "administrator",
          "administrateur",
          "root",
          "system",
          "systeme",
          "anonymous",
          "anonyme",
          "guest",
          "demo",
          "camunda",
          "default",
          "null",
          "undefined",
          "documentalistes",
          "coordinators",
          "principals",
          "project-teams",
          "teachers",
          "zone-pilots");

  private static final Set<String> PATHS =
      Set.of(
          "admin",
          "api",
          "engine",
          "engine-rest",
          "camunda",
          "actuator",
          "bilan",
          "tasklist",
          "cockpit",
          "welcome",
          "app",
          "default",
          "error",
          "login",
          "logout",
          "static",
          "rapport",
          Groups.CAMUNDA_ADMIN,
          "null",
          "undefined",
          "new",
          "all");

  private ReservedIds() {}

  /** Whether a member's user id clashes with a built-in account or group. */
  public static boolean isReservedUserId(String userId) {
    return userId != null && ACCOUNTS.contains(userId.toLowerCase(Locale.ROOT));
  }

  /** Whether a network id clashes with a built-in account or a path of the application. */
  public static boolean isReservedNetworkId(String networkId) {
    String id = networkId == null ? null : networkId.toLowerCase(Locale.ROOT);
    // "acad-…" names the tenants of the academic working groups (academic.AcademicGroup).
    return id != null && (PATHS.contains(id) || ACCOUNTS.contains(id) || id.startsWith("acad-"));
  }
}
