package fr.reseau.ecoles.forminput;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one submitted value by the kind of form field it answers: text, date, yes/no,
 * number, a choice or a list of choices, or a plain value. Each refuses with an {@link
 * InvalidInputException} naming the field.
 */
final class FormValueChecks {

  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

  private FormValueChecks() {}

  static void generic(String name, Object raw) {
    if (raw instanceof String s) {
      text(name, s, FormContract.TEXT_LIMIT);
    } else if (raw instanceof Date d) {
      dateValue(name, d);
    } else if (raw instanceof JsonNode node) {
      FormJsonValues.jsonStrings(name, node);
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

  static void text(String name, Object raw, int maxLength) {
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

  static void date(String name, Object raw) {
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
          name,
          "« "
              + FormContract.abbreviate(text)
              + " » n'est pas une date valide (format AAAA-MM-JJ).");
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
          name, "« " + FormContract.abbreviate(text) + " » n'est pas une date du calendrier.");
    }
    if (m.group(4) != null
        && (Integer.parseInt(m.group(4)) > 23
            || Integer.parseInt(m.group(5)) > 59
            || (m.group(6) != null && Integer.parseInt(m.group(6)) > 59))) {
      throw new InvalidInputException(
          name, "« " + FormContract.abbreviate(text) + " » : heure invalide (de 00:00 à 23:59).");
    }
    yearInRange(name, day.getYear());
  }

  static void dateValue(String name, Date date) {
    yearInRange(name, date.toInstant().atOffset(ZoneOffset.UTC).getYear());
  }

  static void yearInRange(String name, int year) {
    if (year < FormContract.FIRST_YEAR || year > FormContract.LAST_YEAR) {
      throw new InvalidInputException(
          name,
          "l'année "
              + year
              + " est hors de la période acceptée ("
              + FormContract.FIRST_YEAR
              + "–"
              + FormContract.LAST_YEAR
              + ").");
    }
  }

  static void bool(String name, Object raw) {
    if (!(raw instanceof Boolean) && !("true".equals(raw) || "false".equals(raw))) {
      throw new InvalidInputException(
          name,
          "la valeur doit être oui ou non (true ou false), reçu « "
              + FormContract.abbreviate(String.valueOf(raw))
              + " ».");
    }
  }

  static void number(String name, Object raw) {
    if (raw instanceof Double d && !Double.isFinite(d)) {
      throw new InvalidInputException(name, "nombre invalide.");
    }
    if (raw instanceof Number
        || (raw instanceof String s && (s.isBlank() || NUMBER.matcher(s.strip()).matches()))) {
      return;
    }
    throw new InvalidInputException(
        name,
        "un nombre est attendu, reçu « " + FormContract.abbreviate(String.valueOf(raw)) + " ».");
  }

  static void code(String name, Object raw, Set<String> allowed) {
    if (!(raw instanceof String || raw instanceof Boolean || raw instanceof Number)) {
      throw new InvalidInputException(name, "un choix de la liste est attendu.");
    }
    String code = String.valueOf(raw).strip();
    if (raw instanceof String s) {
      text(name, s, FormContract.TEXT_LIMIT);
    }
    if (allowed != null && !allowed.contains(code)) {
      throw new InvalidInputException(
          name,
          "valeur inconnue « "
              + FormContract.abbreviate(code)
              + " ». Valeurs possibles : "
              + String.join(", ", allowed)
              + ".");
    }
  }

  static void codeList(String name, Object raw, Set<String> allowed) {
    JsonNode list = FormJsonValues.asJson(name, raw);
    if (!list.isArray()) {
      throw new InvalidInputException(name, "une liste de choix est attendue.");
    }
    for (JsonNode item : list) {
      if (!item.isTextual() && !item.isNumber() && !item.isBoolean()) {
        throw new InvalidInputException(
            name,
            "liste de codes attendue, reçu l'élément « "
                + FormContract.abbreviate(item.toString())
                + " ».");
      }
      code(name, item.isTextual() ? item.asText() : item.toString(), allowed);
    }
  }
}
