package fr.reseau.ecoles.roster;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The cells of one line and the checks of each value; a failed check adds an error and gives null.
 */
final class RosterLine {

  private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@;,<>()\\[\\]\"]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|9[78]\\d");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}([.,]\\d+)?");

  final int number;
  final List<String> cells;
  final Set<RosterColumn> bad = EnumSet.noneOf(RosterColumn.class);

  private final Map<RosterColumn, Integer> columns;
  private final List<RosterError> errors;

  /** A line whose cells are found through the header's columns and whose errors go to errors. */
  RosterLine(
      int number,
      List<String> cells,
      Map<RosterColumn, Integer> columns,
      List<RosterError> errors) {
    this.number = number;
    this.cells = cells;
    this.columns = columns;
    this.errors = errors;
  }

  boolean isBad(RosterColumn column) {
    return bad.contains(column);
  }

  /** The trimmed cell, or null when the column is absent or the cell empty. */
  String cell(RosterColumn column) {
    Integer index = columns.get(column);
    if (index == null || index >= cells.size() || cells.get(index).isEmpty()) {
      return null;
    }
    return cells.get(index);
  }

  String error(RosterColumn column, String problem) {
    bad.add(column);
    errors.add(RosterError.at(number, column.header(), problem));
    return null;
  }

  String required(RosterColumn column) {
    String value = cell(column);
    return value == null ? error(column, "valeur obligatoire manquante.") : value;
  }

  String text(RosterColumn column, int maxLength) {
    String value = cell(column);
    if (value == null) {
      return null;
    }
    value = value.replaceAll("\\s+", " ");
    return value.length() > maxLength
        ? error(
            column,
            "texte trop long (" + value.length() + " caractères, " + maxLength + " au plus).")
        : value;
  }

  String name(RosterColumn column) {
    return required(column) == null ? null : text(column, RosterCsvParser.MAX_NAME);
  }

  String email() {
    String value = required(RosterColumn.EMAIL);
    if (value == null) {
      return null;
    }
    if (value.length() > RosterCsvParser.MAX_EMAIL || !EMAIL.matcher(value).matches()) {
      return error(RosterColumn.EMAIL, "adresse électronique invalide « " + value + " ».");
    }
    return value;
  }

  String userId() {
    String value = cell(RosterColumn.USER_ID);
    if (value != null && value.length() > RosterCsvParser.MAX_USER_ID) {
      return error(
          RosterColumn.USER_ID,
          "identifiant trop long ("
              + value.length()
              + " caractères, "
              + RosterCsvParser.MAX_USER_ID
              + " au plus).");
    }
    return value;
  }

  String establishmentCode() {
    String value = required(RosterColumn.ESTABLISHMENT_CODE);
    if (value == null) {
      return null;
    }
    String code = value.toUpperCase(Locale.ROOT);
    if (!UAI.matcher(code).matches()) {
      return error(
          RosterColumn.ESTABLISHMENT_CODE,
          "code UAI invalide « "
              + value
              + " » ; attendu 7 chiffres suivis d'une lettre, par exemple 0840101A.");
    }
    return code;
  }

  String department() {
    String value = cell(RosterColumn.DEPARTMENT);
    if (value == null) {
      return null;
    }
    String department = value.toUpperCase(Locale.ROOT);
    if (department.length() == 1 && Character.isDigit(department.charAt(0))) {
      department = "0" + department; // a spreadsheet drops the leading zero of "04"
    }
    return DEPARTMENT.matcher(department).matches()
        ? department
        : error(
            RosterColumn.DEPARTMENT,
            "département invalide « "
                + value
                + " » ; attendu son numéro, par exemple 84, 2A ou 974.");
  }

  Double coordinate(RosterColumn column, int limit) {
    String value = cell(column);
    if (value == null) {
      return null;
    }
    if (DECIMAL.matcher(value).matches()) {
      double degrees = Double.parseDouble(value.replace(',', '.'));
      if (Math.abs(degrees) <= limit) {
        return degrees;
      }
    }
    error(
        column,
        column.header()
            + " invalide « "
            + value
            + " » ; attendu des degrés décimaux entre -"
            + limit
            + " et "
            + limit
            + ", par exemple 44,2406.");
    return null;
  }

  <T> T coded(RosterColumn column, Function<String, T> lookup, String unknown) {
    String value = column.required() ? required(column) : cell(column);
    if (value == null) {
      return null;
    }
    T found = lookup.apply(RosterVocabulary.key(value));
    if (found == null) {
      error(column, String.format(unknown, value));
    }
    return found;
  }
}
