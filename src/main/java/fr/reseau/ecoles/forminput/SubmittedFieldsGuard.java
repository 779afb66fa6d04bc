package fr.reseau.ecoles.forminput;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.variables.CommonVariables;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The input contract (docs/access.md): what a participant sends to the engine through its HTTP
 * doors ({@code /engine-rest}, and {@code /camunda/api} used by Tasklist) may only carry the fields
 * of the task's or start event's deployed Camunda Form, with the types and values that form
 * produces ({@link FormContract}); variables set outside a form (tasks, executions, process
 * instances) only plain values. Everything else is refused with HTTP 400 naming the field, before
 * the engine stores, serializes or deserializes anything. An unknown or already completed task is a
 * 404.
 *
 * <p>The fields are read from the form deployed with the process ({@code formRefBinding} {@code
 * deployment}) and kept per deployment, which never changes. Administrators are not held to the
 * forms (they repair instances), and the engine's own nested commands (listeners, delegates) are
 * not checked; whoever calls, a task completed with its form may only set that form's fields.
 */
@Component
public class SubmittedFieldsGuard extends AbstractProcessEnginePlugin {

  private static final String NETWORK_ID = CommonVariables.NETWORK_ID;

  private ProcessEngineConfigurationImpl configuration;
  private DeployedForms forms;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    this.forms = new DeployedForms(configuration);
    CommandInterceptors.append(configuration, new Guard());
  }

  final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost = Context.getCommandContext() == null;
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      boolean participantAtTheDoor =
          outermost && user != null && !SystemAccess.isAdministrator(user) && fromEngineDoor();
      if (command instanceof CompleteTaskCmd) {
        checkTask(
            read(command, "taskId"),
            read(command, "variables"),
            participantAtTheDoor,
            outermost,
            command instanceof ResolveTaskCmd);
      } else if (command instanceof SubmitTaskFormCmd) {
        checkTask(
            read(command, "taskId"),
            read(command, "properties"),
            participantAtTheDoor,
            outermost,
            false);
      } else if (participantAtTheDoor && command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl builder = read(command, "instantiationBuilder");
        checkStart(
            forms.definition(
                builder.getProcessDefinitionId(),
                builder.getProcessDefinitionKey(),
                builder.getProcessDefinitionTenantId(),
                builder.isProcessDefinitionTenantIdSet()),
            builder.getVariables());
      } else if (participantAtTheDoor && command instanceof SubmitStartFormCmd) {
        checkStart(
            forms.definition(read(command, "processDefinitionId"), null, null, false),
            read(command, "variables"));
      } else if (participantAtTheDoor
          && (command instanceof AbstractSetVariableCmd
              || command instanceof AbstractPatchVariablesCmd)) {
        checkAll(FormContract.generic(), read(command, "variables"), null);
      }
      return next.execute(command);
    }
  }

  /**
   * A request through {@code /engine-rest} or the webapps' {@code /camunda/api}, where people send
   * variables.
   */
  static boolean fromEngineDoor() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return false;
    }
    HttpServletRequest request = servlet.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
  }

  void checkTask(
      String taskId,
      Map<String, ?> variables,
      boolean participant,
      boolean outermost,
      boolean resolve) {
    if (taskId == null) {
      return;
    }
    Task task = taskToCheck(taskId, participant, outermost);
    if (task == null) {
      return;
    }
    FormContract form = forms.taskForm(task);
    if (participant) {
      checkAll(
          form == null ? FormContract.generic() : form,
          variables,
          name -> forms.options(task, name));
      if (resolve && task.getDelegationState() != DelegationState.PENDING) {
        throw new InvalidInputException(
            "delegationState",
            "cette tâche ne vous a pas été déléguée : "
                + "elle se termine avec son formulaire, elle ne se « résout » pas.");
      }
    } else if (form != null && variables != null) {
      for (String name : variables.keySet()) {
        if (!form.fieldNames().contains(name)) {
          form.check(name, null, null); // names the field and lists the form's ones
        }
      }
    }
  }

  /**
   * The task whose input is checked, or null when the engine answers by itself (an unknown task
   * reached from inside the engine; another person's or network's task, refused by the engine with
   * 403 or 404 without reading the input). A participant's own task is found by one query, with
   * their authorizations and tenants; the application's look-up only tells an unknown task from
   * another person's.
   */
  private Task taskToCheck(String taskId, boolean participant, boolean outermost) {
    Task task = participant ? visibleToCaller(taskId) : null;
    if (task != null) {
      return task;
    }
    Task existing =
        SystemAccess.asApplication(
            configuration.getIdentityService(),
            () -> configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (existing == null && outermost && fromEngineDoor()) {
      throw new RestException(
          Status.NOT_FOUND,
          "Tâche introuvable : elle a déjà été terminée, ou n'existe pas (" + taskId + ").");
    }
    return participant ? null : existing;
  }

  /** The task if the caller may see it (their authorizations and tenants), else null. */
  private Task visibleToCaller(String taskId) {
    return configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
  }

  void checkStart(ProcessDefinition definition, Map<String, ?> variables) {
    if (definition == null) {
      return; // the engine answers that the definition does not exist
    }
    FormContract form = forms.startForm(definition);
    checkAll(
        form == null ? FormContract.generic() : form,
        withoutOwnNetwork(definition, variables),
        null);
  }

  /**
   * {@code networkId} is not a field of the start forms (the network is the started definition's
   * tenant), but integrations started processes with it before the forms were checked: the same
   * network is still accepted, another one refused.
   */
  static Map<String, ?> withoutOwnNetwork(ProcessDefinition definition, Map<String, ?> variables) {
    if (variables == null
        || !variables.containsKey(NETWORK_ID)
        || definition.getTenantId() == null) {
      return variables;
    }
    Object value =
        variables instanceof VariableMap map
            ? map.getValueTyped(NETWORK_ID)
            : variables.get(NETWORK_ID);
    Object network = value instanceof TypedValue typed ? typed.getValue() : value;
    if (!definition.getTenantId().equals(network)) {
      throw new InvalidInputException(
          NETWORK_ID,
          "ce processus est celui du réseau « "
              + definition.getTenantId()
              + " » : il ne peut être démarré que pour ce réseau.");
    }
    Map<String, Object> others = new LinkedHashMap<>(variables);
    others.remove(NETWORK_ID);
    return others;
  }

  private static void checkAll(
      FormContract form, Map<String, ?> variables, Function<String, Set<String>> options) {
    if (variables == null) {
      return;
    }
    for (String name : variables.keySet()) {
      Object value =
          variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name);
      form.check(name, value, options);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      throw new IllegalStateException(
          "Camunda's " + command.getClass().getSimpleName() + " has no field " + name);
    }
    ReflectionUtils.makeAccessible(field);
    return (T) ReflectionUtils.getField(field, command);
  }
}
