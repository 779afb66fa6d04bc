package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.ProcessDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the values of a submitted form from a variable scope and checks their type, whatever door
 * they came through: Tasklist (Camunda Forms submit booleans, strings, ISO date strings and Json
 * lists) or {@code /engine-rest} (any type). Every refusal names the field.
 */
public final class FormInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, Object> reader;
  private final BiConsumer<String, Object> writer;

  private FormInput(Function<String, Object> reader, BiConsumer<String, Object> writer) {
    this.reader = reader;
    this.writer = writer;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope::getVariable, scope::setVariable);
  }

  /**
   * Reads the submitted values through {@code reader}; {@code writer} stores normalised values
   * back.
   */
  public static FormInput of(Function<String, Object> reader, BiConsumer<String, Object> writer) {
    return new FormInput(reader, writer);
  }

  public Object raw(String field) {
    return reader.apply(field);
  }

  /**
   * A required yes/no answer. Radio buttons may submit "true"/"false" strings: the variable is
   * stored back as a Boolean so gateways and later forms see one type.
   */
  public boolean requiredBoolean(String field) {
    Object value = raw(field);
    if (value == null) {
      throw new InvalidInputException(field, "réponse obligatoire (oui ou non).");
    }
    boolean answer = toBoolean(field, value);
    if (!(value instanceof Boolean)) {
      writer.accept(field, answer);
    }
    return answer;
  }

  public boolean optionalBoolean(String field, boolean defaultValue) {
    Object value = raw(field);
    return value == null ? defaultValue : toBoolean(field, value);
  }

  private static boolean toBoolean(String field, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new InvalidInputException(
        field, "la valeur doit être oui ou non (true ou false), reçu « " + value + " ».");
  }

  public String requiredText(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null) {
      throw new InvalidInputException(field, "ce champ est obligatoire.");
    }
    return text;
  }

  /** A trimmed text, or null when absent or blank. */
  public String optionalText(String field, int maxLength) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidInputException(
          field,
          "un texte est attendu, reçu une valeur de type "
              + value.getClass().getSimpleName()
              + ".");
    }
    String text = s.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(
          field, "le texte dépasse " + maxLength + " caractères (" + text.length() + ").");
    }
    return text;
  }

  /** An optional code among the allowed ones, or {@code defaultCode} when absent or blank. */
  public String optionalCode(String field, Collection<String> allowed, String defaultCode) {
    String code = optionalText(field, 100);
    if (code == null) {
      return defaultCode;
    }
    if (!allowed.contains(code)) {
      throw unknownCode(field, code, allowed);
    }
    return code;
  }

  /** The one message for a code that is not offered: it lists those that are. */
  private static InvalidInputException unknownCode(
      String field, String code, Collection<String> allowed) {
    return new InvalidInputException(
        field,
        "valeur inconnue « "
            + code
            + " ». Valeurs possibles : "
            + String.join(", ", allowed)
            + ".");
  }

  /** A required code among the allowed ones; the message lists them. */
  public String requiredCode(String field, Collection<String> allowed) {
    String code = requiredText(field, 100);
    if (!allowed.contains(code)) {
      throw unknownCode(field, code, allowed);
    }
    return code;
  }

  public LocalDate requiredDate(String field) {
    LocalDate date = optionalDate(field);
    if (date == null) {
      throw new InvalidInputException(field, "date obligatoire (format AAAA-MM-JJ).");
    }
    return date;
  }

  /** Accepts an ISO date string (Camunda Forms) or a date-time string whose date part is used. */
  public LocalDate optionalDate(String field) {
    Object value = raw(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(ProcessDates.ZONE).toLocalDate();
    }
    if (!(value instanceof String s)) {
      throw new InvalidInputException(field, "une date est attendue (format AAAA-MM-JJ).");
    }
    String text = s.strip();
    try {
      return LocalDate.parse(
          text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "« " + text + " » n'est pas une date valide (format AAAA-MM-JJ).");
    }
  }

  /**
   * A list of codes, from a Json array (Tasklist checklists), a Java collection, a JSON string or a
   * comma-separated string. Each code must be allowed; duplicates are dropped, order kept.
   */
  public Set<String> codeList(String field, Collection<String> allowed) {
    Set<String> codes = new LinkedHashSet<>();
    for (Object item : list(field)) {
      if (!(item instanceof String code)) {
        throw new InvalidInputException(
            field, "liste de codes attendue, reçu l'élément « " + item + " ».");
      }
      if (!allowed.contains(code)) {
        throw unknownCode(field, code, allowed);
      }
      codes.add(code);
    }
    return codes;
  }

  /** A list of objects (dynamic lists), each read as a map of strings. */
  public List<Map<String, String>> objectList(String field) {
    List<Map<String, String>> result = new ArrayList<>();
    for (Object item : list(field)) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new InvalidInputException(
            field, "liste d'objets attendue, reçu l'élément « " + item + " ».");
      }
      Map<String, String> entry = new LinkedHashMap<>();
      map.forEach((k, v) -> entry.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
      result.add(entry);
    }
    return result;
  }

  private List<?> list(String field) {
    Object value = raw(field);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode node) {
      return parseJson(field, node.toString());
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof String s) {
      String text = s.strip();
      if (text.isEmpty()) {
        return List.of();
      }
      if (text.startsWith("[")) {
        return parseJson(field, text);
      }
      return List.of(text.split("\\s*,\\s*"));
    }
    throw new InvalidInputException(
        field,
        "une liste est attendue, reçu une valeur de type "
            + value.getClass().getSimpleName()
            + ".");
  }

  private static List<?> parseJson(String field, String json) {
    try {
      Object parsed = JSON.readValue(json, new TypeReference<Object>() {});
      if (parsed instanceof List<?> list) {
        return list;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new InvalidInputException(field, "une liste JSON est attendue.");
  }
}
