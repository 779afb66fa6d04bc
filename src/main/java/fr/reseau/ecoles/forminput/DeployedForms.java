package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/**
 * For {@link SubmittedFieldsGuard}: the deployed Camunda Form of a task or a start event as a
 * {@link FormContract}, and the options a task offers. Everything is read as the application (the
 * caller may not see the definition), and the forms are kept per deployment, which never changes.
 * The engine's services are looked up when used: they do not exist yet when the plugin is created.
 */
final class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<String, Map<String, FormContract>> formsByDeployment =
      new ConcurrentHashMap<>();

  /** Per "process definition id/task definition key": definitions never change either. */
  private final Map<String, Optional<FormContract>> formsByTask = new ConcurrentHashMap<>();

  DeployedForms(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The definition a start command names, or null when there is none. */
  ProcessDefinition definition(String id, String key, String tenantId, boolean tenantSet) {
    return SystemAccess.asApplication(
        configuration.getIdentityService(),
        () -> {
          ProcessDefinitionQuery query =
              configuration.getRepositoryService().createProcessDefinitionQuery();
          if (id != null) {
            return query.processDefinitionId(id).singleResult();
          }
          if (key == null) {
            return null;
          }
          query.processDefinitionKey(key).latestVersion();
          if (tenantSet && tenantId != null) {
            query.tenantIdIn(tenantId);
          } else {
            query.withoutTenantId();
          }
          return query.singleResult();
        });
  }

  /** The start event's form, or null when it has no deployed Camunda Form. */
  FormContract startForm(ProcessDefinition definition) {
    return SystemAccess.asApplication(
        configuration.getIdentityService(),
        () -> {
          CamundaFormRef ref =
              configuration
                  .getFormService()
                  .getStartFormData(definition.getId())
                  .getCamundaFormRef();
          return contract(definition, ref);
        });
  }

  /**
   * The task's form, or null when it has no deployed Camunda Form. A literal form reference (every
   * task of the processes) is read once per process definition and task from the deployed model;
   * one with an expression is evaluated for each task.
   */
  FormContract taskForm(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    String key = task.getProcessDefinitionId() + '/' + task.getTaskDefinitionKey();
    Optional<FormContract> known = formsByTask.get(key);
    if (known != null) {
      return known.orElse(null);
    }
    ProcessDefinition definition =
        SystemAccess.asApplication(
            configuration.getIdentityService(),
            () ->
                configuration
                    .getRepositoryService()
                    .getProcessDefinition(task.getProcessDefinitionId()));
    TaskDefinition taskDefinition =
        definition instanceof ProcessDefinitionEntity entity
            ? entity.getTaskDefinitions().get(task.getTaskDefinitionKey())
            : null;
    if (taskDefinition == null || !isLiteral(taskDefinition)) {
      return evaluatedTaskForm(task);
    }
    Expression formKey = taskDefinition.getCamundaFormDefinitionKey();
    FormContract form =
        formKey == null || !"deployment".equals(taskDefinition.getCamundaFormDefinitionBinding())
            ? null
            : formsOf(definition.getDeploymentId()).get(formKey.getExpressionText());
    formsByTask.put(key, Optional.ofNullable(form));
    return form;
  }

  private static boolean isLiteral(TaskDefinition task) {
    Expression key = task.getCamundaFormDefinitionKey();
    Expression version = task.getCamundaFormDefinitionVersion();
    return (key == null || key.isLiteralText()) && (version == null || version.isLiteralText());
  }

  /** The task's form reference as the engine evaluates it for this task. */
  private FormContract evaluatedTaskForm(Task task) {
    return SystemAccess.asApplication(
        configuration.getIdentityService(),
        () -> {
          CamundaFormRef ref =
              configuration.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
          ProcessDefinition definition =
              configuration
                  .getRepositoryService()
                  .getProcessDefinition(task.getProcessDefinitionId());
          return contract(definition, ref);
        });
  }

  private FormContract contract(ProcessDefinition definition, CamundaFormRef ref) {
    if (ref == null || !"deployment".equals(ref.getBinding())) {
      return null;
    }
    return formsOf(definition.getDeploymentId()).get(ref.getKey());
  }

  /** The deployment's forms, read as the application the first time. */
  private Map<String, FormContract> formsOf(String deploymentId) {
    RepositoryService repository = configuration.getRepositoryService();
    return formsByDeployment.computeIfAbsent(
        deploymentId,
        id ->
            SystemAccess.asApplication(
                configuration.getIdentityService(), () -> forms(repository, id)));
  }

  /**
   * The codes offered by a select or checklist whose options are a process variable (label/value
   * pairs).
   */
  Set<String> options(Task task, String valuesKey) {
    Object options =
        SystemAccess.asApplication(
            configuration.getIdentityService(),
            () -> configuration.getTaskService().getVariable(task.getId(), valuesKey));
    JsonNode list;
    if (options instanceof SpinJsonNode node) {
      try {
        list = JSON.readTree(node.toString());
      } catch (IOException e) {
        return null;
      }
    } else if (options instanceof Collection<?> || options instanceof String) {
      try {
        list = options instanceof String s ? JSON.readTree(s) : JSON.valueToTree(options);
      } catch (IOException e) {
        return null;
      }
    } else {
      return null; // unknown options: only the value's type is checked
    }
    Set<String> codes = new LinkedHashSet<>();
    list.forEach(
        option -> codes.add(option.isObject() ? option.path("value").asText() : option.asText()));
    return codes;
  }

  private static Map<String, FormContract> forms(
      RepositoryService repository, String deploymentId) {
    Map<String, FormContract> result = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        FormContract form = FormContract.of(JSON.readTree(in));
        result.put(form.formKey(), form);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }
}
