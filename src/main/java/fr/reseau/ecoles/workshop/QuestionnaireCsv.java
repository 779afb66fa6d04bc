package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the teachers' questionnaire (temps 1) from CSV text: a header line, then one teacher per
 * line (format in docs/workshop-day.md). Every mistake becomes a French sentence naming the line
 * and the column; nothing is returned unless the whole file is right.
 */
public final class QuestionnaireCsv {

  /** Enough for a group of several schools; keeps a mistaken paste from filling the memory. */
  public static final int MAX_CHARS = 512 * 1024;

  public static final int MAX_ROWS = 400;
  static final int MAX_CONCERN = 120;
  static final int MAX_CONCERNS_PER_TEACHER = 5;

  /** One teacher's answer. */
  public record Row(
      int line,
      String teacherId,
      String lastName,
      String firstName,
      String discipline,
      List<String> rankedConcerns,
      int digitalEase,
      int seniorityYears,
      boolean catalyst) {

    public String displayName() {
      return firstName + " " + lastName;
    }
  }

  /** The file was refused: every error, in line order. */
  public static final class RejectedException extends RuntimeException {
    private final List<String> errors;

    RejectedException(List<String> errors) {
      super(String.join(" ", errors));
      this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
      return errors;
    }
  }

  static final String TEACHER = "enseignant";
  static final String LAST_NAME = "nom";
  static final String FIRST_NAME = "prenom";
  static final String DISCIPLINE = "discipline";
  static final String CONCERNS = "preoccupations";
  static final String DIGITAL_EASE = "aisance_numerique";
  static final String SENIORITY = "anciennete";
  static final String CATALYST = "catalyseur";
  static final List<String> REQUIRED =
      List.of(TEACHER, LAST_NAME, FIRST_NAME, DISCIPLINE, CONCERNS, DIGITAL_EASE, SENIORITY);

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private QuestionnaireCsv() {}

  public static List<Row> parse(String text) {
    if (text == null || text.isBlank()) {
      throw new RejectedException(
          List.of(
              "Le fichier est vide : il faut une ligne d'en-tête puis une ligne par enseignant."));
    }
    if (text.length() > MAX_CHARS) {
      throw new RejectedException(
          List.of(
              "Le fichier est trop long ("
                  + text.length()
                  + " caractères, "
                  + MAX_CHARS
                  + " au plus)."));
    }
    String content = SpreadsheetCsvReader.withoutBom(text);
    String header = content.lines().findFirst().orElse("");
    // The questionnaire may come from a form tool's export: tabs are accepted besides ';' and ','.
    char separator = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    SpreadsheetCsvReader.Parsed parsed = SpreadsheetCsvReader.read(content, separator);
    List<String> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    boolean tooMany = false;
    for (SpreadsheetCsvReader.Record record : parsed.records()) {
      if (columns == null) {
        columns = header(record, errors);
        if (!errors.isEmpty()) {
          throw new RejectedException(errors);
        }
        continue;
      }
      if (rows.size() >= MAX_ROWS) {
        errors.add("Trop de lignes : " + MAX_ROWS + " enseignants au plus.");
        tooMany = true;
        break;
      }
      Row row = QuestionnaireLine.read(record, columns, errors);
      if (row != null) {
        rows.add(row);
      }
    }
    if (parsed.brokenQuoteLine() != null && !tooMany) {
      errors.add(
          "Ligne "
              + parsed.brokenQuoteLine()
              + " : guillemets mal placés ou non refermés ; la lecture s'arrête à cette ligne."
              + " Vérifiez les guillemets (\") de cette ligne.");
    }
    Set<String> seen = new HashSet<>();
    for (Row row : rows) {
      if (!seen.add(row.teacherId().toLowerCase(Locale.ROOT))) {
        errors.add(
            "Ligne "
                + row.line()
                + ", colonne « "
                + TEACHER
                + " » : « "
                + row.teacherId()
                + " » répond deux fois.");
      }
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add("Le fichier ne contient aucune réponse après la ligne d'en-tête.");
    }
    if (!errors.isEmpty()) {
      throw new RejectedException(errors);
    }
    return rows;
  }

  private static Map<String, Integer> header(
      SpreadsheetCsvReader.Record record, List<String> errors) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.cells().size(); i++) {
      columns.putIfAbsent(normalise(record.cells().get(i)), i);
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        errors.add(
            "Ligne 1 : la colonne « "
                + required
                + " » manque. Colonnes attendues : "
                + String.join(";", REQUIRED)
                + ";"
                + CATALYST
                + " (facultative).");
      }
    }
    return columns;
  }

  /** "Aisance numérique" and "aisance_numerique" name the same column. */
  static String normalise(String text) {
    String plain =
        MARKS
            .matcher(
                Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    return NOT_WORD.matcher(plain).replaceAll("_").replaceAll("^_+|_+$", "");
  }
}
