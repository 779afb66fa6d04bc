package fr.reseau.ecoles.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each role may do in the engine, granted to its group (the table of docs/access.md). Tenant
 * membership then narrows every grant to the user's own network; task-level rights (the assignee's
 * and candidates' READ, TASK_WORK and READ_VARIABLE on their task) are granted by the engine
 * itself.
 *
 * <p>Coordinators may read {@code cdi-visit} instances, their tasks and history, but never their
 * variables: with {@code enforceSpecificVariablePermission} on, that takes READ_INSTANCE_VARIABLE /
 * READ_HISTORY_VARIABLE / READ_TASK_VARIABLE, which only administrators have.
 */
public final class AccessPolicy {

  public static final String DOCUMENTALISTES = MemberRole.DOCUMENTALISTE.groupId();
  public static final String COORDINATORS = MemberRole.COORDINATOR.groupId();
  public static final String PRINCIPALS = MemberRole.PRINCIPAL.groupId();
  public static final String PROJECT_TEAMS = MemberRole.PROJECT_TEAM.groupId();
  public static final String TEACHERS = MemberRole.TEACHER.groupId();

  /** The teachers of the academic groups, référents included (academic.AcademicAccounts). */
  public static final String ACADEMIC_MEMBERS = "academic-members";

  /** The IA-IPR responsible for academic groups. */
  public static final String ACADEMIC_INSPECTORS = "academic-inspectors";

  /** The national working group: the référents and the named representatives. */
  public static final String ACADEMIC_NATIONAL = "academic-national";

  /**
   * The members who sit in a zone's steering trio (issue 19), whatever their role: a group of its
   * own beside the role groups, kept by {@code territory.ZonePilotService}.
   */
  public static final String ZONE_PILOTS = "zone-pilots";

  /** One grant of the table. */
  public record Grant(
      String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    static Grant of(
        String groupId, Resource resource, String resourceId, Permission... permissions) {
      return new Grant(groupId, resource, resourceId, List.of(permissions));
    }
  }

  public static final List<Grant> GRANTS =
      List.of(
          Grant.of(DOCUMENTALISTES, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(DOCUMENTALISTES, Resources.FILTER, "*", READ),
          Grant.of(DOCUMENTALISTES, Resources.PROCESS_DEFINITION, "cdi-tour", READ),
          Grant.of(DOCUMENTALISTES, Resources.PROCESS_DEFINITION, "cdi-visit", READ),
          Grant.of(DOCUMENTALISTES, Resources.PROCESS_DEFINITION, "annual-review", READ),
          Grant.of(PRINCIPALS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(PRINCIPALS, Resources.FILTER, "*", READ),
          Grant.of(PRINCIPALS, Resources.PROCESS_DEFINITION, "cdi-visit", READ),
          Grant.of(COORDINATORS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(COORDINATORS, Resources.APPLICATION, "cockpit", ACCESS),
          Grant.of(COORDINATORS, Resources.FILTER, "*", READ),
          Grant.of(COORDINATORS, Resources.PROCESS_INSTANCE, "*", CREATE),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "cdi-tour",
              READ,
              CREATE_INSTANCE,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK,
              READ_INSTANCE_VARIABLE,
              READ_HISTORY_VARIABLE,
              READ_TASK_VARIABLE),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "cdi-visit",
              READ,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "data-retention",
              READ,
              READ_INSTANCE,
              READ_HISTORY),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "annual-review",
              READ,
              CREATE_INSTANCE,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "workshop-day",
              READ,
              CREATE_INSTANCE,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),

          // Workshop days: the project team runs them (its tasks' variables come with the tasks);
          // teachers only work on their own tasks.
          Grant.of(PROJECT_TEAMS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(PROJECT_TEAMS, Resources.FILTER, "*", READ),
          Grant.of(PROJECT_TEAMS, Resources.PROCESS_INSTANCE, "*", CREATE),
          Grant.of(
              PROJECT_TEAMS, Resources.PROCESS_DEFINITION, "workshop-day", READ, CREATE_INSTANCE),
          Grant.of(TEACHERS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(TEACHERS, Resources.FILTER, "*", READ),
          Grant.of(TEACHERS, Resources.PROCESS_DEFINITION, "workshop-day", READ),
          // Primary teachers take part in inter-degree CDI tours (issue 19): as documentalistes.
          Grant.of(TEACHERS, Resources.PROCESS_DEFINITION, "cdi-tour", READ),
          Grant.of(TEACHERS, Resources.PROCESS_DEFINITION, "cdi-visit", READ),
          Grant.of(TEACHERS, Resources.PROCESS_DEFINITION, "annual-review", READ),

          // Network events: coordinators publish and follow them; documentalistes register and
          // give feedback, heads of school sign contributors' mission orders (their own tasks).
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "network-event",
              READ,
              CREATE_INSTANCE,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),
          Grant.of(DOCUMENTALISTES, Resources.PROCESS_DEFINITION, "network-event", READ),
          Grant.of(PRINCIPALS, Resources.PROCESS_DEFINITION, "network-event", READ),
          // Co-training requests (docs/co-training.md): a member of a team starts one; the head
          // of school and the coordinators work their own tasks; coordinators follow them all.
          Grant.of(DOCUMENTALISTES, Resources.PROCESS_INSTANCE, "*", CREATE),
          Grant.of(TEACHERS, Resources.PROCESS_INSTANCE, "*", CREATE),
          Grant.of(
              DOCUMENTALISTES,
              Resources.PROCESS_DEFINITION,
              "co-training-request",
              READ,
              CREATE_INSTANCE),
          Grant.of(
              TEACHERS, Resources.PROCESS_DEFINITION, "co-training-request", READ, CREATE_INSTANCE),
          Grant.of(
              PROJECT_TEAMS,
              Resources.PROCESS_DEFINITION,
              "co-training-request",
              READ,
              CREATE_INSTANCE),
          Grant.of(PRINCIPALS, Resources.PROCESS_DEFINITION, "co-training-request", READ),
          Grant.of(
              COORDINATORS,
              Resources.PROCESS_DEFINITION,
              "co-training-request",
              READ,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),
          // Academic groups (docs/academic-groups.md): a teacher of a group starts a production in
          // their group's tenant; the IA-IPR follows the group's productions in Cockpit (no
          // variables); the national group works its national-meeting tasks.
          Grant.of(ACADEMIC_MEMBERS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(ACADEMIC_MEMBERS, Resources.FILTER, "*", READ),
          Grant.of(ACADEMIC_MEMBERS, Resources.PROCESS_INSTANCE, "*", CREATE),
          Grant.of(
              ACADEMIC_MEMBERS,
              Resources.PROCESS_DEFINITION,
              "production-publication",
              READ,
              CREATE_INSTANCE),
          Grant.of(ACADEMIC_INSPECTORS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(ACADEMIC_INSPECTORS, Resources.APPLICATION, "cockpit", ACCESS),
          Grant.of(ACADEMIC_INSPECTORS, Resources.FILTER, "*", READ),
          Grant.of(
              ACADEMIC_INSPECTORS,
              Resources.PROCESS_DEFINITION,
              "production-publication",
              READ,
              READ_INSTANCE,
              READ_HISTORY,
              READ_TASK),
          Grant.of(ACADEMIC_NATIONAL, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(ACADEMIC_NATIONAL, Resources.FILTER, "*", READ),
          Grant.of(ACADEMIC_NATIONAL, Resources.PROCESS_DEFINITION, "production-publication", READ),
          // Zone steering trios (docs/access.md): Tasklist for their zone's review of the year and
          // the escalations of their zone they are candidates of (task-level rights from the
          // engine).
          Grant.of(ZONE_PILOTS, Resources.APPLICATION, "tasklist", ACCESS),
          Grant.of(ZONE_PILOTS, Resources.FILTER, "*", READ),
          Grant.of(ZONE_PILOTS, Resources.PROCESS_DEFINITION, "annual-review", READ),
          Grant.of(ZONE_PILOTS, Resources.PROCESS_DEFINITION, "cdi-visit", READ));

  /** Administrators: everything, on every resource (and Camunda lets them across tenants). */
  public static List<Grant> administratorGrants() {
    return Arrays.stream(Resources.values())
        .map(r -> Grant.of(Groups.CAMUNDA_ADMIN, r, "*", ALL))
        .toList();
  }

  private AccessPolicy() {}

  /** Creates the grant, or adds the permissions it lacks. Returns whether anything changed. */
  public static boolean apply(AuthorizationService authorizations, Grant grant) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(grant.groupId())
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .singleResult();
    Authorization authorization =
        existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = existing == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
    return changed;
  }
}
