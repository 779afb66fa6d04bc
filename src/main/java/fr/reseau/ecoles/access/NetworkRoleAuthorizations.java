package fr.reseau.ecoles.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine side of a role in each network ({@link NetworkRoleGroups}): Camunda's default
 * authorizations, plus, for each network group that exists ({@code coordinators@A}):
 *
 * <ul>
 *   <li>on a new instance of that network (its start listener), READ on the instance when the
 *       role's global group has READ_INSTANCE on its definition key;
 *   <li>on a new task of that network, READ on the task (and READ_VARIABLE) when the global group
 *       has READ_TASK (READ_TASK_VARIABLE);
 *   <li>when a task of that network gets candidate group {@code <role group>}, whatever adds it
 *       (the BPMN, a listener, « Relancer ou réaffecter », the REST API), candidate group {@code
 *       <role group>@<networkId>} too (and it goes when the global one goes). The BPMN stays as it
 *       is;
 *   <li>a root instance started by a person in a network group: the role of the instance's network
 *       must allow the start (their CREATE_INSTANCE on the definition came from another network's
 *       group).
 * </ul>
 *
 * Only existing groups are granted, so installations without such a person get no extra rows;
 * {@link ScopedRoleGroups} grants what existed before a group was created.
 */
@Component
public class NetworkRoleAuthorizations extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  /**
   * The engine asks its provider for a new instance's authorizations before the instance knows its
   * tenant and definition; the process's start listener knows both.
   */
  @Component
  public static class InstanceStart extends AbstractBpmnParseListener
      implements ProcessEnginePlugin, ExecutionListener {

    // Its own plugin (as messages.TaskMessages): no other class constructs a listener.
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<BpmnParseListener> listeners = new ArrayList<>();
      if (configuration.getCustomPostBPMNParseListeners() != null) {
        listeners.addAll(configuration.getCustomPostBPMNParseListeners());
      }
      listeners.add(this);
      configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {}

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      // Built-in: runs even when a caller skips custom listeners.
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
      ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
      String networkId = instance.getTenantId();
      if (networkId == null || !execution.getId().equals(instance.getId())) {
        return;
      }
      String key = instance.getProcessDefinition().getKey();
      if (instance.getSuperExecutionId() == null) {
        Provider.checkStart(key, networkId);
      }
      CommandContext context = Context.getCommandContext();
      if (!context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
        return;
      }
      for (MemberRole role : MemberRole.values()) {
        if (NetworkRoleGroups.definitionPermissions(role, key).contains("READ_INSTANCE")) {
          String group = NetworkRoleGroups.scoped(role, networkId);
          if (Provider.groupExists(group)) {
            context
                .getDbEntityManager()
                .insert(
                    Provider.grant(
                        group, Resources.PROCESS_INSTANCE, instance.getId(), Permissions.READ));
          }
        }
      }
    }
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTask(Task task) {
      AuthorizationEntity[] base = super.newTask(task);
      String key = definitionKey(task);
      if (key == null || task.getTenantId() == null) {
        return base;
      }
      List<AuthorizationEntity> extra = new ArrayList<>();
      for (MemberRole role : MemberRole.values()) {
        Set<String> permissions = NetworkRoleGroups.definitionPermissions(role, key);
        if (permissions.contains("READ_TASK")) {
          String group = NetworkRoleGroups.scoped(role, task.getTenantId());
          if (groupExists(group)) {
            extra.add(
                permissions.contains("READ_TASK_VARIABLE")
                    ? grant(
                        group,
                        Resources.TASK,
                        task.getId(),
                        Permissions.READ,
                        TaskPermissions.READ_VARIABLE)
                    : grant(group, Resources.TASK, task.getId(), Permissions.READ));
          }
        }
      }
      return with(base, extra);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(
        Task task, String groupId, String linkType) {
      AuthorizationEntity pending = pendingTaskGrant(task, groupId, linkType);
      if (pending != null) {
        // The network group's READ on this new task (newTask), not written yet: the candidate's
        // rights join it (one row per group and task).
        for (Permission permission : getRuntimePermissions(isEnforceSpecificVariablePermission())) {
          pending.addPermission(permission);
        }
        return new AuthorizationEntity[0];
      }
      AuthorizationEntity[] base = super.newTaskGroupIdentityLink(task, groupId, linkType);
      String scoped = scopedCandidate(task, groupId, linkType);
      if (scoped != null
          && task instanceof TaskEntity
          && groupExists(scoped)
          && !hasCandidate(task, scoped)) {
        // Added after this link's own authorizations, by the same engine call.
        ((TaskEntity) task).addCandidateGroup(scoped);
      }
      return base;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(
        Task task, String groupId, String linkType) {
      AuthorizationEntity[] base = super.deleteTaskGroupIdentityLink(task, groupId, linkType);
      String scoped = scopedCandidate(task, groupId, linkType);
      if (scoped != null && task instanceof TaskEntity && hasCandidate(task, scoped)) {
        ((TaskEntity) task).deleteCandidateGroup(scoped);
      }
      return base;
    }

    /** The grant {@link #newTask} made to a network group on this task in this command, if any. */
    private static AuthorizationEntity pendingTaskGrant(
        Task task, String groupId, String linkType) {
      if (!IdentityLinkType.CANDIDATE.equals(linkType)
          || NetworkRoleGroups.scopedRole(groupId).isEmpty()) {
        return null;
      }
      for (AuthorizationEntity cached :
          Context.getCommandContext()
              .getDbEntityManager()
              .getCachedEntitiesByType(AuthorizationEntity.class)) {
        if (groupId.equals(cached.getGroupId())
            && task.getId().equals(cached.getResourceId())
            && cached.getResourceType() == Resources.TASK.resourceType()) {
          return cached;
        }
      }
      return null;
    }

    /** {@code <role group>@<networkId>} for candidate group {@code <role group>} of a task. */
    private static String scopedCandidate(Task task, String groupId, String linkType) {
      if (!IdentityLinkType.CANDIDATE.equals(linkType) || task.getTenantId() == null) {
        return null;
      }
      return NetworkRoleGroups.globalRole(groupId)
          .map(role -> NetworkRoleGroups.scoped(role, task.getTenantId()))
          .orElse(null);
    }

    private static boolean hasCandidate(Task task, String groupId) {
      if (!(task instanceof TaskEntity entity)) {
        return false;
      }
      for (IdentityLinkEntity link : entity.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())
            && groupId.equals(link.getGroupId())) {
          return true;
        }
      }
      return false;
    }

    /**
     * A person in network groups starts a process only where the role of that network allows it;
     * the engine checked CREATE_INSTANCE against all their groups.
     */
    private static void checkStart(String key, String networkId) {
      CommandContext context = Context.getCommandContext();
      Authentication user = context.getAuthentication();
      if (user == null
          || user.getUserId() == null
          || !context.isAuthorizationCheckEnabled()
          || user.getGroupIds() == null
          || user.getGroupIds().stream().noneMatch(g -> NetworkRoleGroups.scopedRole(g).isPresent())
          || SystemAccess.isAdministrator(user)) {
        return;
      }
      for (String groupId : user.getGroupIds()) {
        MemberRole role =
            NetworkRoleGroups.globalRole(groupId)
                .or(
                    () ->
                        NetworkRoleGroups.scopedRole(groupId)
                            .filter(r -> NetworkRoleGroups.scoped(r, networkId).equals(groupId)))
                .orElse(null);
        if (role != null
            && NetworkRoleGroups.definitionPermissions(role, key).contains("CREATE_INSTANCE")) {
          return;
        }
      }
      throw new AuthorizationException(
          user.getUserId(), "CREATE_INSTANCE", Resources.PROCESS_DEFINITION.resourceName(), key);
    }

    private static String definitionKey(Task task) {
      if (task.getProcessDefinitionId() == null) {
        return null;
      }
      return Context.getProcessEngineConfiguration()
          .getDeploymentCache()
          .findDeployedProcessDefinitionById(task.getProcessDefinitionId())
          .getKey();
    }

    /** Without the identity service's READ check: the engine asks, not the user. */
    private static boolean groupExists(String groupId) {
      return Context.getCommandContext().getDbEntityManager().selectById(GroupEntity.class, groupId)
          != null;
    }

    private static AuthorizationEntity grant(
        String groupId, Resource resource, String resourceId, Permission... permissions) {
      AuthorizationEntity authorization =
          new AuthorizationEntity(
              org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      return authorization;
    }

    private static AuthorizationEntity[] with(
        AuthorizationEntity[] base, List<AuthorizationEntity> extra) {
      if (extra.isEmpty()) {
        return base;
      }
      List<AuthorizationEntity> all = new ArrayList<>();
      if (base != null) {
        all.addAll(Arrays.asList(base));
      }
      all.addAll(extra);
      return all.toArray(AuthorizationEntity[]::new);
    }
  }
}
