package fr.reseau.ecoles.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The streaming read of {@code camunda:formRef} finds what Camunda's model API finds, in every
 * process of {@code processes/}, and the check still names the file, the element and the form.
 */
class FormReferenceCheckTest {

  @Test
  void everyProcessGivesTheSameFormReferencesAsTheModelApi() {
    Map<String, byte[]> processes =
        DeploymentResources.only(
            DeploymentResources.fromDirectory(Path.of(".")), DeploymentResources.PROCESSES);
    int bpmnFiles = 0;
    int references = 0;
    for (Map.Entry<String, byte[]> file : processes.entrySet()) {
      if (!file.getKey().endsWith(".bpmn")) {
        continue;
      }
      bpmnFiles++;
      Map<String, String> streamed = FormReferenceCheck.formRefs(file.getKey(), file.getValue());
      assertThat(streamed).as(file.getKey()).isEqualTo(withModelApi(file.getValue()));
      references += streamed.size();
    }
    assertThat(bpmnFiles).isGreaterThanOrEqualTo(8);
    assertThat(references).isGreaterThan(40);
  }

  @Test
  void aMissingFormIsNamedWithItsFileAndElement() {
    Map<String, byte[]> resources = new TreeMap<>();
    resources.put(
        "forms/present.form",
        "{\"id\": \"present\", \"components\": []}".getBytes(StandardCharsets.UTF_8));
    resources.put(
        "processes/probe.bpmn",
        ("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\">"
                + "<process id=\"probe\"><startEvent id=\"Start\" camunda:formRef=\"present\"/>"
                + "<subProcess id=\"Sub\"><userTask id=\"Task_Absent\""
                + " camunda:formRef=\"absent\"/></subProcess></process></definitions>")
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FormReferenceCheck.check(resources))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("processes/probe.bpmn (Task_Absent)")
        .hasMessageContaining("'absent'")
        .hasMessageNotContaining("'present'");
  }

  @Test
  void anUnreadableProcessIsNamed() {
    Map<String, byte[]> resources = new TreeMap<>();
    resources.put("processes/broken.bpmn", "<definitions".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FormReferenceCheck.check(resources))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("processes/broken.bpmn");
  }

  private static Map<String, String> withModelApi(byte[] bytes) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    Map<String, String> refs = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        refs.put(task.getId(), task.getCamundaFormRef());
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        refs.put(start.getId(), start.getCamundaFormRef());
      }
    }
    return refs;
  }
}
