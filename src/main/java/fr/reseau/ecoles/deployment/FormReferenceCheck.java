package fr.reseau.ecoles.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Fails fast when a task or start event references a form that is not deployed: Tasklist would
 * otherwise show an empty task. The message names the BPMN file, the element and the form id.
 */
final class FormReferenceCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormReferenceCheck() {}

  static void check(Map<String, byte[]> resources) {
    Map<String, String> formFileById = new HashMap<>();
    DeploymentResources.only(resources, DeploymentResources.FORMS)
        .forEach(
            (name, bytes) -> {
              String id = formId(name, bytes);
              String other = formFileById.put(id, name);
              if (other != null) {
                throw new IllegalStateException(
                    "Two forms have the id '" + id + "': " + other + " and " + name);
              }
            });

    List<String> problems = new ArrayList<>();
    DeploymentResources.only(resources, DeploymentResources.PROCESSES)
        .forEach(
            (name, bytes) -> {
              if (!name.endsWith(".bpmn")) {
                return;
              }
              BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
              for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                check(name, task.getId(), task.getCamundaFormRef(), formFileById, problems);
              }
              for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                check(name, start.getId(), start.getCamundaFormRef(), formFileById, problems);
              }
            });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Missing forms: " + String.join("; ", problems));
    }
  }

  private static void check(
      String file,
      String elementId,
      String formRef,
      Map<String, String> forms,
      List<String> problems) {
    if (formRef != null && !formRef.startsWith("${") && !forms.containsKey(formRef)) {
      problems.add(
          file
              + " ("
              + elementId
              + ") references form '"
              + formRef
              + "', but no file in forms/ has this id");
    }
  }

  private static String formId(String name, byte[] bytes) {
    try {
      JsonNode id = JSON.readTree(bytes).get("id");
      if (id == null || id.asText().isBlank()) {
        throw new IllegalStateException("The form " + name + " has no \"id\"");
      }
      return id.asText();
    } catch (IOException e) {
      throw new IllegalStateException(
          "The form " + name + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
