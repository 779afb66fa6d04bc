package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/**
 * Lists submitted as Json (checklists, taglists, dynamic lists): read within the size limit, and
 * every text inside checked as text.
 */
final class FormJsonValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormJsonValues() {}

  static String jsonText(String name, SerializableValue value) {
    String text = value.getValueSerialized();
    if (text != null && text.length() > FormContract.JSON_LIMIT) {
      throw new InvalidInputException(
          name,
          "la liste dépasse " + FormContract.JSON_LIMIT + " caractères (" + text.length() + ").");
    }
    return text;
  }

  static JsonNode asJson(String name, Object raw) {
    if (raw instanceof JsonNode node) {
      return node;
    }
    if (raw instanceof String s) {
      String text = s.strip();
      if (text.length() > FormContract.JSON_LIMIT) {
        throw new InvalidInputException(
            name,
            "la liste dépasse " + FormContract.JSON_LIMIT + " caractères (" + text.length() + ").");
      }
      if (text.startsWith("[") || text.startsWith("{")) {
        return parseJson(name, text);
      }
      // A comma-separated list, as FormInput also reads it.
      List<String> items = text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
      return JSON.valueToTree(items);
    }
    if (raw instanceof Collection<?> collection) {
      return JSON.valueToTree(collection);
    }
    throw new InvalidInputException(
        name,
        "une liste est attendue, reçu une valeur de type " + raw.getClass().getSimpleName() + ".");
  }

  static JsonNode parseJson(String name, String text) {
    if (text.length() > FormContract.JSON_LIMIT) {
      throw new InvalidInputException(
          name,
          "la liste dépasse " + FormContract.JSON_LIMIT + " caractères (" + text.length() + ").");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidInputException(
          name, "JSON mal formé : « " + FormContract.abbreviate(text) + " ».");
    }
    jsonStrings(name, node);
    return node;
  }

  /**
   * Every text inside a Json value is text too: no control character, no more than the column
   * limit.
   */
  static void jsonStrings(String name, JsonNode node) {
    if (node.isTextual()) {
      FormValueChecks.text(name, node.asText(), FormContract.TEXT_LIMIT);
    }
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (FormValueChecks.hasControl(field)) {
                throw new InvalidInputException(
                    name, "un nom contient un caractère de contrôle invisible.");
              }
            });
    node.forEach(child -> jsonStrings(name, child));
  }
}
