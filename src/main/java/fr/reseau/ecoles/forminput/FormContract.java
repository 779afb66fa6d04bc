package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

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
    checkName(name);
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
        case "json" -> raw = jsonText(name, (SerializableValue) value);
        default -> raw = value.getValue();
      }
      if ("json".equals(typeName) && raw != null) {
        raw = parseJson(name, (String) raw);
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
      generic(name, raw);
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> text(name, raw, field.maxLength());
      case "datetime" -> date(name, raw);
      case "checkbox" -> bool(name, raw);
      case "number" -> number(name, raw);
      case "radio", "select" -> code(name, raw, options(field, dynamicOptions));
      case "checklist", "taglist" -> codeList(name, raw, options(field, dynamicOptions));
      case "dynamiclist" -> rows(name, raw, field);
      case "group" -> row(name, asJson(name, raw), field);
      default -> generic(name, raw);
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

  // ---------------------------------------------------------------- kinds of values

  private static void generic(String name, Object raw) {
    if (raw instanceof String s) {
      text(name, s, TEXT_LIMIT);
    } else if (raw instanceof Date d) {
      dateValue(name, d);
    } else if (raw instanceof JsonNode node) {
      jsonStrings(name, node);
    } else if (!(raw instanceof Boolean || raw instanceof Number)) {
      throw new InvalidInputException(
          name, "valeur de type " + raw.getClass().getSimpleName() + " non acceptée.");
    }
    if (raw instanceof Double d && !Double.isFinite(d)) {
      throw new InvalidInputException(name, "nombre invalide.");
    }
  }

  static void checkName(String name) {
    if (name == null || name.isEmpty() || name.length() > 100 || hasControl(name)) {
      throw new InvalidInputException(
          String.valueOf(name).replaceAll("\\p{Cntrl}", "?"), "nom de champ invalide.");
    }
  }

  private static void text(String name, Object raw, int maxLength) {
    if (!(raw instanceof String text)) {
      throw new InvalidInputException(
          name,
          "un texte est attendu, reçu une valeur de type " + raw.getClass().getSimpleName() + ".");
    }
    if (hasControl(text)) {
      throw new InvalidInputException(
          name,
          "le texte contient un caractère de contrôle invisible (par exemple NUL) : retirez-le.");
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(
          name, "le texte dépasse " + maxLength + " caractères (" + text.length() + ").");
    }
  }

  /**
   * NUL and the other invisible control characters; tab, line feed and carriage return are text.
   */
  static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static void date(String name, Object raw) {
    if (raw instanceof Date d) {
      dateValue(name, d);
      return;
    }
    if (!(raw instanceof String s)) {
      throw new InvalidInputException(name, "une date est attendue (format AAAA-MM-JJ).");
    }
    String text = s.strip();
    if (text.isEmpty()) {
      return;
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException(
          name, "« " + abbreviate(text) + " » n'est pas une date valide (format AAAA-MM-JJ).");
    }
    LocalDate day;
    try {
      day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          name, "« " + abbreviate(text) + " » n'est pas une date du calendrier.");
    }
    if (m.group(4) != null
        && (Integer.parseInt(m.group(4)) > 23
            || Integer.parseInt(m.group(5)) > 59
            || (m.group(6) != null && Integer.parseInt(m.group(6)) > 59))) {
      throw new InvalidInputException(
          name, "« " + abbreviate(text) + " » : heure invalide (de 00:00 à 23:59).");
    }
    yearInRange(name, day.getYear());
  }

  private static void dateValue(String name, Date date) {
    yearInRange(name, date.toInstant().atOffset(ZoneOffset.UTC).getYear());
  }

  private static void yearInRange(String name, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          name,
          "l'année "
              + year
              + " est hors de la période acceptée ("
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
              + ").");
    }
  }

  private static void bool(String name, Object raw) {
    if (!(raw instanceof Boolean) && !("true".equals(raw) || "false".equals(raw))) {
      throw new InvalidInputException(
          name,
          "la valeur doit être oui ou non (true ou false), reçu « "
              + abbreviate(String.valueOf(raw))
              + " ».");
    }
  }

  private static void number(String name, Object raw) {
    if (raw instanceof Double d && !Double.isFinite(d)) {
      throw new InvalidInputException(name, "nombre invalide.");
    }
    if (raw instanceof Number
        || (raw instanceof String s && (s.isBlank() || NUMBER.matcher(s.strip()).matches()))) {
      return;
    }
    throw new InvalidInputException(
        name, "un nombre est attendu, reçu « " + abbreviate(String.valueOf(raw)) + " ».");
  }

  private static void code(String name, Object raw, Set<String> allowed) {
    if (!(raw instanceof String || raw instanceof Boolean || raw instanceof Number)) {
      throw new InvalidInputException(name, "un choix de la liste est attendu.");
    }
    String code = String.valueOf(raw).strip();
    if (raw instanceof String s) {
      text(name, s, TEXT_LIMIT);
    }
    if (allowed != null && !allowed.contains(code)) {
      throw new InvalidInputException(
          name,
          "valeur inconnue « "
              + abbreviate(code)
              + " ». Valeurs possibles : "
              + String.join(", ", allowed)
              + ".");
    }
  }

  private static void codeList(String name, Object raw, Set<String> allowed) {
    JsonNode list = asJson(name, raw);
    if (!list.isArray()) {
      throw new InvalidInputException(name, "une liste de choix est attendue.");
    }
    for (JsonNode item : list) {
      if (!item.isTextual() && !item.isNumber() && !item.isBoolean()) {
        throw new InvalidInputException(
            name,
            "liste de codes attendue, reçu l'élément « " + abbreviate(item.toString()) + " ».");
      }
      code(name, item.isTextual() ? item.asText() : item.toString(), allowed);
    }
  }

  private void rows(String name, Object raw, Field field) {
    JsonNode rows = asJson(name, raw);
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

  // ---------------------------------------------------------------- Json

  private static String jsonText(String name, SerializableValue value) {
    String text = value.getValueSerialized();
    if (text != null && text.length() > JSON_LIMIT) {
      throw new InvalidInputException(
          name, "la liste dépasse " + JSON_LIMIT + " caractères (" + text.length() + ").");
    }
    return text;
  }

  private static JsonNode asJson(String name, Object raw) {
    if (raw instanceof JsonNode node) {
      return node;
    }
    if (raw instanceof String s) {
      String text = s.strip();
      if (text.length() > JSON_LIMIT) {
        throw new InvalidInputException(
            name, "la liste dépasse " + JSON_LIMIT + " caractères (" + text.length() + ").");
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

  private static JsonNode parseJson(String name, String text) {
    if (text.length() > JSON_LIMIT) {
      throw new InvalidInputException(
          name, "la liste dépasse " + JSON_LIMIT + " caractères (" + text.length() + ").");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidInputException(name, "JSON mal formé : « " + abbreviate(text) + " ».");
    }
    jsonStrings(name, node);
    return node;
  }

  /**
   * Every text inside a Json value is text too: no control character, no more than the column
   * limit.
   */
  private static void jsonStrings(String name, JsonNode node) {
    if (node.isTextual()) {
      text(name, node.asText(), TEXT_LIMIT);
    }
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (hasControl(field)) {
                throw new InvalidInputException(
                    name, "un nom contient un caractère de contrôle invisible.");
              }
            });
    node.forEach(child -> jsonStrings(name, child));
  }

  static String abbreviate(String text) {
    String visible = text.replaceAll("\\p{Cntrl}", "?");
    return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
  }
}
