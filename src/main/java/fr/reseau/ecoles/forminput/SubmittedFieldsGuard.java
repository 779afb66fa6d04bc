package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * A task completed with its Camunda Form may only set that form's fields. Without this guard, a
 * caller of {@code complete} or {@code submit-form} could overwrite any process variable (the
 * campaign, the visit, the member a declaration is for) and the server would trust it.
 *
 * <p>The fields are read from the form deployed with the task's process ({@code formRefBinding}
 * {@code deployment}) and kept per deployment, which never changes. Tasks without a Camunda Form
 * are not restricted.
 */
@Component
public class SubmittedFieldsGuard extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Map<String, Set<String>>> fieldsByFormByDeployment = new ConcurrentHashMap<>();
  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    CommandInterceptors.append(configuration, new Guard());
  }

  final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd) {
        check(read(command, "taskId"), read(command, "variables"));
      } else if (command instanceof SubmitTaskFormCmd) {
        check(read(command, "taskId"), read(command, "properties"));
      }
      return next.execute(command);
    }
  }

  void check(String taskId, Map<String, ?> variables) {
    if (taskId == null || variables == null || variables.isEmpty()) {
      return;
    }
    Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine reports unknown tasks itself
    }
    CamundaFormRef formRef = configuration.getFormService().getTaskFormData(taskId).getCamundaFormRef();
    if (formRef == null || !"deployment".equals(formRef.getBinding())) {
      return;
    }
    // The caller may work the task but not read the deployment's resources: the form is read as the
    // application, which only uses it to check the caller's variables.
    Set<String> fields = SystemAccess.asApplication(configuration.getIdentityService(), () -> {
      RepositoryService repository = configuration.getRepositoryService();
      String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
      return fieldsByFormByDeployment.computeIfAbsent(deploymentId, id -> formFields(repository, id))
          .get(formRef.getKey());
    });
    if (fields == null) {
      return;
    }
    for (String name : variables.keySet()) {
      if (!fields.contains(name)) {
        throw new InvalidInputException(name, "ce champ n'appartient pas au formulaire « " + formRef.getKey()
            + " » de cette tâche. Champs acceptés : " + String.join(", ", fields) + ".");
      }
    }
  }

  private static Map<String, Set<String>> formFields(RepositoryService repository, String deploymentId) {
    Map<String, Set<String>> result = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        JsonNode form = JSON.readTree(in);
        Set<String> fields = new LinkedHashSet<>();
        collect(form.path("components"), fields);
        result.put(form.path("id").asText(), fields);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  /** Top-level variable names: a field's key, or the path of a dynamic list or of a group. */
  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        fields.add(component.get("key").asText());
      } else if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
        fields.add(component.get("path").asText().split("\\.")[0]);
      } else {
        collect(component.path("components"), fields);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " has no field " + name);
    }
    ReflectionUtils.makeAccessible(field);
    return (T) ReflectionUtils.getField(field, command);
  }
}
