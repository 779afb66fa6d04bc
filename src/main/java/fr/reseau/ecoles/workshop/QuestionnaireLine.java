package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One teacher's line of the questionnaire, checked column by column for {@link QuestionnaireCsv}:
 * every mistake of the line is added to the errors (the file is refused as a whole), so that the
 * coordinator corrects them all at once.
 */
final class QuestionnaireLine {

  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._@-]{1,64}");

  private QuestionnaireLine() {}

  /** The line's answer, or null when it has a mistake (then told in {@code errors}). */
  static QuestionnaireCsv.Row read(
      SpreadsheetCsvReader.Record record, Map<String, Integer> columns, List<String> errors) {
    int line = record.line();
    int before = errors.size();
    String teacher = value(record, columns, QuestionnaireCsv.TEACHER);
    if (!USER_ID.matcher(teacher).matches()) {
      error(
          errors,
          line,
          QuestionnaireCsv.TEACHER,
          teacher.isEmpty()
              ? "identifiant manquant."
              : "« "
                  + teacher
                  + " » n'est pas un identifiant valide (lettres, chiffres, . _ - @ ; 64 caractères au plus).");
    }
    String lastName = text(errors, line, record, columns, QuestionnaireCsv.LAST_NAME, 100);
    String firstName = text(errors, line, record, columns, QuestionnaireCsv.FIRST_NAME, 100);
    String discipline = text(errors, line, record, columns, QuestionnaireCsv.DISCIPLINE, 100);
    Set<String> concerns = new LinkedHashSet<>();
    for (String concern : value(record, columns, QuestionnaireCsv.CONCERNS).split("\\|")) {
      String c = concern.strip();
      if (c.length() > QuestionnaireCsv.MAX_CONCERN) {
        error(
            errors,
            line,
            QuestionnaireCsv.CONCERNS,
            "« " + c + " » dépasse " + QuestionnaireCsv.MAX_CONCERN + " caractères.");
      } else if (!c.isEmpty()) {
        concerns.add(c);
      }
    }
    if (concerns.isEmpty()) {
      error(
          errors,
          line,
          QuestionnaireCsv.CONCERNS,
          "au moins une préoccupation, classées de la plus importante à la moins importante, séparées par « | ».");
    } else if (concerns.size() > QuestionnaireCsv.MAX_CONCERNS_PER_TEACHER) {
      error(
          errors,
          line,
          QuestionnaireCsv.CONCERNS,
          QuestionnaireCsv.MAX_CONCERNS_PER_TEACHER
              + " préoccupations au plus (reçu "
              + concerns.size()
              + ").");
    }
    Integer ease =
        number(
            errors,
            line,
            record,
            columns,
            QuestionnaireCsv.DIGITAL_EASE,
            1,
            4,
            "de 1 (débutant) à 4 (très à l'aise)");
    Integer seniority =
        number(
            errors,
            line,
            record,
            columns,
            QuestionnaireCsv.SENIORITY,
            0,
            50,
            "un nombre d'années de 0 à 50");
    boolean catalyst = false;
    String catalystText =
        columns.containsKey(QuestionnaireCsv.CATALYST)
            ? value(record, columns, QuestionnaireCsv.CATALYST)
            : "";
    switch (QuestionnaireCsv.normalise(catalystText)) {
      case "", "non", "n", "no", "0", "false" -> catalyst = false;
      case "oui", "o", "yes", "1", "true" -> catalyst = true;
      default ->
          error(
              errors,
              line,
              QuestionnaireCsv.CATALYST,
              "« " + catalystText + " » : oui ou non attendu.");
    }
    if (errors.size() > before) {
      return null;
    }
    return new QuestionnaireCsv.Row(
        line,
        teacher,
        lastName,
        firstName,
        discipline,
        List.copyOf(concerns),
        ease,
        seniority,
        catalyst);
  }

  private static String value(
      SpreadsheetCsvReader.Record record, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index != null ? record.cell(index) : "";
  }

  private static String text(
      List<String> errors,
      int line,
      SpreadsheetCsvReader.Record record,
      Map<String, Integer> columns,
      String column,
      int max) {
    String text = value(record, columns, column);
    if (text.isEmpty()) {
      error(errors, line, column, "valeur manquante.");
    } else if (text.length() > max) {
      error(errors, line, column, "le texte dépasse " + max + " caractères.");
    }
    return text;
  }

  private static Integer number(
      List<String> errors,
      int line,
      SpreadsheetCsvReader.Record record,
      Map<String, Integer> columns,
      String column,
      int min,
      int max,
      String expected) {
    String text = value(record, columns, column);
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(errors, line, column, "« " + text + " » : " + expected + " attendu.");
    return null;
  }

  private static void error(List<String> errors, int line, String column, String message) {
    errors.add("Ligne " + line + ", colonne « " + column + " » : " + message);
  }
}
