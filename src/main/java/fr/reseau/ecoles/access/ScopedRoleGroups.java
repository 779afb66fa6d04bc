package fr.reseau.ecoles.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Creates the group of a role in one network ({@link NetworkRoleGroups}) the first time a person
 * needs it: the group, its grants, and what {@link NetworkRoleAuthorizations} would have granted
 * had it existed when the network's running instances and open tasks were created (READ on them,
 * candidate group beside {@code <role group>}). Called as the application ({@link SystemAccess}).
 */
@Component
public class ScopedRoleGroups {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;

  public ScopedRoleGroups(
      IdentityService identity,
      AuthorizationService authorizations,
      RuntimeService runtime,
      TaskService tasks,
      RepositoryService repository) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** The group of the role in the network exists with its rights. Returns its id. */
  public String ensure(MemberRole role, String networkId) {
    String groupId = NetworkRoleGroups.scoped(role, networkId);
    if (identity.createGroupQuery().groupId(groupId).count() > 0) {
      return groupId;
    }
    Group group = identity.newGroup(groupId);
    group.setName(role.groupName() + " — " + networkId);
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identity.saveGroup(group);
    grantRoleRights(role, groupId);
    grantExistingWork(role, networkId, groupId);
    return groupId;
  }

  /** The network group's share of the global group's grants (also re-applied at start-up). */
  public static int grantRoleRights(
      AuthorizationService authorizations, MemberRole role, String groupId) {
    int changed = 0;
    for (AccessPolicy.Grant grant : NetworkRoleGroups.scopedGrants(role, groupId)) {
      changed += AccessPolicy.apply(authorizations, grant) ? 1 : 0;
    }
    return changed;
  }

  private void grantRoleRights(MemberRole role, String groupId) {
    grantRoleRights(authorizations, role, groupId);
  }

  private void grantExistingWork(MemberRole role, String networkId, String groupId) {
    Map<String, String> keys = new HashMap<>();
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().tenantIdIn(networkId).list()) {
      keys.put(definition.getId(), definition.getKey());
    }
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().tenantIdIn(networkId).list()) {
      Set<String> held =
          NetworkRoleGroups.definitionPermissions(
              role, keys.getOrDefault(instance.getProcessDefinitionId(), ""));
      if (held.contains("READ_INSTANCE")) {
        grant(groupId, Resources.PROCESS_INSTANCE, instance.getId(), Permissions.READ);
      }
    }
    for (Task task : tasks.createTaskQuery().tenantIdIn(networkId).list()) {
      Set<String> held =
          NetworkRoleGroups.definitionPermissions(
              role, keys.getOrDefault(task.getProcessDefinitionId(), ""));
      if (held.contains("READ_TASK_VARIABLE")) {
        grant(
            groupId, Resources.TASK, task.getId(), Permissions.READ, TaskPermissions.READ_VARIABLE);
      } else if (held.contains("READ_TASK")) {
        grant(groupId, Resources.TASK, task.getId(), Permissions.READ);
      }
    }
    for (Task task :
        tasks
            .createTaskQuery()
            .tenantIdIn(networkId)
            .taskCandidateGroup(role.groupId())
            .includeAssignedTasks()
            .list()) {
      tasks.addCandidateGroup(task.getId(), groupId);
    }
  }

  private void grant(
      String groupId,
      org.camunda.bpm.engine.authorization.Resource resource,
      String resourceId,
      Permission... permissions) {
    AccessPolicy.apply(
        authorizations,
        new AccessPolicy.Grant(groupId, resource, resourceId, java.util.List.of(permissions)));
  }
}
