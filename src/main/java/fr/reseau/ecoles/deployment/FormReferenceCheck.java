package fr.reseau.ecoles.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Fails fast when a task or start event references a form that is not deployed: Tasklist would
 * otherwise show an empty task. The message names the BPMN file, the element and the form id.
 *
 * <p>The BPMN files are read with a streaming parser for their {@code camunda:formRef} attributes
 * only: the engine parses and validates them fully when it deploys them, and building the model
 * API's validated document for every file took about 3 % of the start-up (docs/performance.md).
 */
final class FormReferenceCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final XMLInputFactory XML = xmlInputFactory();

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
              formRefs(name, bytes)
                  .forEach(
                      (elementId, formRef) ->
                          check(name, elementId, formRef, formFileById, problems));
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

  /** The {@code camunda:formRef} of every user task and start event, by element id. */
  static Map<String, String> formRefs(String file, byte[] bytes) {
    Map<String, String> refs = new LinkedHashMap<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && BPMN.equals(reader.getNamespaceURI())
              && ("userTask".equals(reader.getLocalName())
                  || "startEvent".equals(reader.getLocalName()))) {
            String formRef = reader.getAttributeValue(CAMUNDA, "formRef");
            if (formRef != null) {
              refs.put(reader.getAttributeValue(null, "id"), formRef);
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(
          "The process " + file + " is not valid XML: " + e.getMessage(), e);
    }
    return refs;
  }

  /** No DTD and no external entity: a BPMN file is read for its attributes only. */
  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
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
