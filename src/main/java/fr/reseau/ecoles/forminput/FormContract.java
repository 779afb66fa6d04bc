package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a deployed Camunda Form may submit: its field names, and for each the type and the values
 * the form itself produces (form-js 1.8.7 in Tasklist: strings, booleans, numbers, ISO date
 * strings, Json arrays for checklists, taglists and dynamic lists). Anything else is refused with
 * an {@link InvalidInputException} naming the field, before the engine stores or reads it.
 *
 * <p>{@link #generic()} is the contract of variables set outside a form: plain values only.
 */
public final class FormContract {

  /** The database's text column ({@code ACT_RU_VARIABLE.TEXT_} is 4,000 characters). */
  public static final int TEXT_LIMIT = 4000;

  /** A checklist, taglist or dynamic list, serialized. */
  public static final int JSON_LIMIT = 20_000;

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;

  /**
   * A field of the form: its component type, static options, dynamic options' variable, limit,
   * sub-fields.
   */
  record Field(
      String key,
      String type,
      Set<String> values,
      String valuesKey,
      int maxLength,
      Map<String, Field> children) {}

  private final String formKey;
  private final Map<String, Field> fields;

  private FormContract(String formKey, Map<String, Field> fields) {
    this.formKey = formKey;
    this.fields = fields;
  }

  /** The contract of a form's JSON schema. */
  public static FormContract of(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new FormContract(form.path("id").asText(), fields);
  }

  /** Variables set outside any form: strings, booleans, numbers, dates, well-formed Json. */
  public static FormContract generic() {
    return new FormContract(null, null);
  }

  public String formKey() {
    return formKey;
  }

  public Set<String> fieldNames() {
    return fields == null ? Set.of() : fields.keySet();
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !component.get("key").asText().isEmpty()) {
        String key = component.get("key").asText();
        fields.put(key, field(key, type, component, Map.of()));
      } else if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
        Map<String, Field> children = new LinkedHashMap<>();
        collect(component.path("components"), children);
        String path = component.get("path").asText().split("\\.")[0];
        fields.put(
            path,
            field(path, "dynamiclist".equals(type) ? "dynamiclist" : "group", component, children));
      } else {
        collect(component.path("components"), fields);
      }
    }
  }

  private static Field field(
      String key, String type, JsonNode component, Map<String, Field> children) {
    Set<String> values = new LinkedHashSet<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    String valuesKey =
        component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null;
    int maxLength =
        Math.min(component.path("validate").path("maxLength").asInt(TEXT_LIMIT), TEXT_LIMIT);
    return new Field(key, type, values, valuesKey, maxLength, children);
  }

  /**
   * Checks one submitted variable. {@code dynamicOptions} gives the allowed codes of a select or
   * checklist whose options come from a process variable ({@code valuesKey}), or null if unknown.
   */
  public void check(String name, Object submitted, Function<String, Set<String>> dynamicOptions) {
    if (fields != null && !fields.containsKey(name)) {
      throw new InvalidInputException(
          name,
          "ce champ n'appartient pas au formulaire « "
              + formKey
              + " ». Champs acceptés : "
              + String.join(", ", fields.keySet())
              + ".");
    }
    FormValueChecks.checkName(name);
    TypedValue value = submitted instanceof TypedValue typed ? typed : null;
    Object raw = value == null ? submitted : null;
    if (value != null) {
      ValueType type = value.getType();
      String typeName = type == null ? "" : type.getName();
      switch (typeName) {
        case "object", "xml", "file", "bytes" ->
            throw new InvalidInputException(
                name,
                "le type « "
                    + typeName
                    + " » n'est pas accepté ici : un formulaire envoie du texte, oui/non, un nombre, une date ou une liste.");
        case "json" -> raw = FormJsonValues.jsonText(name, (SerializableValue) value);
        default -> raw = value.getValue();
      }
      if ("json".equals(typeName) && raw != null) {
        raw = FormJsonValues.parseJson(name, (String) raw);
      }
    }
    if (raw == null) {
      return; // an empty answer: the process's own rules say whether it was required
    }
    Field field = fields == null ? null : fields.get(name);
    checkValue(name, field, raw, dynamicOptions);
  }

  private void checkValue(
      String name, Field field, Object raw, Function<String, Set<String>> dynamicOptions) {
    if (field == null) {
      FormValueChecks.generic(name, raw);
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> FormValueChecks.text(name, raw, field.maxLength());
      case "datetime" -> FormValueChecks.date(name, raw);
      case "checkbox" -> FormValueChecks.bool(name, raw);
      case "number" -> FormValueChecks.number(name, raw);
      case "radio", "select" -> FormValueChecks.code(name, raw, options(field, dynamicOptions));
      case "checklist", "taglist" ->
          FormValueChecks.codeList(name, raw, options(field, dynamicOptions));
      case "dynamiclist" -> rows(name, raw, field);
      case "group" -> row(name, FormJsonValues.asJson(name, raw), field);
      default -> FormValueChecks.generic(name, raw);
    }
  }

  private static Set<String> options(Field field, Function<String, Set<String>> dynamicOptions) {
    if (!field.values().isEmpty()) {
      return field.values();
    }
    return field.valuesKey() == null || dynamicOptions == null
        ? null
        : dynamicOptions.apply(field.valuesKey());
  }

  private void rows(String name, Object raw, Field field) {
    JsonNode rows = FormJsonValues.asJson(name, raw);
    if (!rows.isArray()) {
      throw new InvalidInputException(name, "une liste de lignes est attendue.");
    }
    for (JsonNode row : rows) {
      row(name, row, field);
    }
  }

  private void row(String name, JsonNode row, Field field) {
    if (!row.isObject()) {
      throw new InvalidInputException(
          name, "chaque ligne doit être un objet, reçu « " + abbreviate(row.toString()) + " ».");
    }
    row.fields()
        .forEachRemaining(
            entry -> {
              Field child = field.children().get(entry.getKey());
              String childName = name + "." + entry.getKey();
              if (child == null) {
                throw new InvalidInputException(
                    childName,
                    "ce champ n'existe pas dans la liste « "
                        + name
                        + " ». Champs acceptés : "
                        + String.join(", ", field.children().keySet())
                        + ".");
              }
              JsonNode value = entry.getValue();
              if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                return; // an empty cell
              }
              Object item =
                  value.isTextual()
                      ? value.asText()
                      : value.isBoolean()
                          ? value.booleanValue()
                          : value.isNumber() ? value.numberValue() : value;
              // Options of a row's select come from process variables: only their type is checked
              // here.
              checkValue(childName, child, item, null);
            });
  }

  static String abbreviate(String text) {
    String visible = text.replaceAll("\\p{Cntrl}", "?");
    return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
  }
}
