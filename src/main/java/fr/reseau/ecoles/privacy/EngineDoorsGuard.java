package fr.reseau.ecoles.privacy;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.CommandInterceptors;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.stereotype.Component;

/**
 * Closes the engine's doors that the authorizations leave open to participants (anyone logged in
 * who is not an administrator):
 *
 * <ul>
 *   <li>setting or removing a task's variables outside its form, and throwing a BPMN error or
 *       escalation from a task: both would let a teacher rewrite who the visit is for, or skip a
 *       step (the processes have no such events; forms go through {@code submit-form}/{@code
 *       complete}, checked by {@code SubmittedFieldsGuard});
 *   <li>queries filtering on a private variable's value (task, process instance and execution
 *       queries, and the webapps' own queries): Camunda does not apply variable permissions to
 *       filters, so a coordinator who may list a visit's tasks could guess a teacher's answer
 *       letter by letter.
 * </ul>
 * Refusals are authorization errors (HTTP 403).
 */
@Component
public class EngineDoorsGuard extends AbstractProcessEnginePlugin {

  private static final List<Class<?>> PARTICIPANT_FORBIDDEN = List.of(SetTaskVariablesCmd.class,
      PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class, HandleTaskBpmnErrorCmd.class,
      HandleTaskEscalationCmd.class);

  private final PrivateVariables privateVariables;
  private ProcessEngineConfigurationImpl configuration;

  public EngineDoorsGuard(PrivateVariables privateVariables) {
    this.privateVariables = privateVariables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    CommandInterceptors.append(configuration, new Guard());
  }

  final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      // Participants only: not the application, nor the job executor (which authenticates a job's tenant, no user).
      Authentication user = Requester.person(configuration.getIdentityService()).orElse(null);
      if (user == null || SystemAccess.isAdministrator(user)) {
        return next.execute(command);
      }
      check(command);
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        // Another network's task, instance or definition, reached by its id: as unknown, not a server error.
        if (e.getMessage() != null && e.getMessage().contains("ENGINE-13034")) {
          throw new RestException(Response.Status.NOT_FOUND, "Introuvable dans votre réseau.");
        }
        throw e;
      }
    }
  }

  void check(Object command) {
    if (PARTICIPANT_FORBIDDEN.stream().anyMatch(forbidden -> forbidden.isInstance(command))) {
      throw new AuthorizationException("Cette action n'est pas permise : une tâche se remplit et se termine "
          + "avec son formulaire.");
    }
    Set<String> filtered = new LinkedHashSet<>(variableFilters(command));
    if (!(command instanceof AbstractQuery<?, ?>)) {
      for (Object parameter : fieldValues(command)) {
        if (parameter instanceof AbstractQuery<?, ?> || parameter.getClass().getName().contains(".dto.")
            || parameter.getClass().getName().endsWith("QueryParameters")) {
          filtered.addAll(variableFilters(parameter));
        }
      }
    }
    filtered.retainAll(privateVariables.names());
    if (!filtered.isEmpty()) {
      throw new AuthorizationException("Une recherche ne peut pas porter sur le contenu des documents privés ("
          + String.join(", ", filtered) + ").");
    }
  }

  /** The variable names a query or query parameter object filters on. */
  static Set<String> variableFilters(Object query) {
    Set<String> names = new LinkedHashSet<>();
    if (query instanceof TaskQueryImpl taskQuery) {
      taskQuery.getVariables().forEach(v -> names.add(v.getName()));
      for (TaskQueryImpl or : taskQuery.getQueries()) {
        or.getVariables().forEach(v -> names.add(v.getName()));
      }
      return names;
    }
    for (String property : List.of("queryVariableValues", "variables", "processVariables", "taskVariables")) {
      Object values = property(query, property);
      if (values instanceof Collection<?> collection) {
        for (Object value : collection) {
          Object name = invoke(value, "getName");
          if (name instanceof String string) {
            names.add(string);
          }
        }
      }
    }
    return names;
  }

  /** A property by its getter, or by its field when it has none (the webapps' query DTOs). */
  private static Object property(Object target, String name) {
    Object value = invoke(target, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    if (value != null) {
      return value;
    }
    for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static Object invoke(Object target, String getter) {
    if (target == null) {
      return null;
    }
    try {
      Method method = target.getClass().getMethod(getter);
      return method.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The values of a command's own fields, e.g. the query parameters of the webapps' plugin queries. */
  private static List<Object> fieldValues(Object command) {
    List<Object> values = new ArrayList<>();
    for (Class<?> type = command.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(command);
          if (value != null) {
            values.add(value);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a field we cannot read holds no query filter
        }
      }
    }
    return values;
  }
}
