package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvReader;
import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster CSV file (format in docs/roster.md) and checks everything that can be checked
 * without the database: encoding, separator, header, each value, and the lines against each other
 * (same email twice, two heads for one establishment, two different names for one establishment).
 * Never throws for a user's mistake: every one becomes a {@link RosterError} with its line.
 */
public final class RosterCsvParser {

  /** Larger than any network's roster; keeps a mistaken upload from filling the memory. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final int MAX_NAME = 100;
  static final int MAX_EMAIL = 254;
  static final int MAX_ESTABLISHMENT_NAME = 200;

  /** Column {@code network_zone.name}; its code (50) is checked against the database. */
  static final int MAX_ZONE_NAME = 200;

  /** Camunda's user id column holds 64 characters. */
  static final int MAX_USER_ID = 64;

  public RosterFile parse(byte[] content) {
    if (content == null || content.length == 0) {
      return RosterFile.rejected(emptyFile());
    }
    if (content.length > MAX_BYTES) {
      return RosterFile.rejected(tooLarge());
    }
    if (content.length >= 2
        && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
            || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      return RosterFile.rejected(
          RosterError.atLine(
              1,
              "le fichier est en UTF-16 ; enregistrez-le au format "
                  + "« CSV UTF-8 (délimité par des points-virgules) »."));
    }
    UploadedText.Decoded decoded = UploadedText.decode(content);
    String text = decoded.text();
    if (text.isBlank()) {
      return RosterFile.rejected(emptyFile());
    }
    return new Reading(text, decoded.encoding()).read();
  }

  static RosterError tooLarge() {
    return RosterError.ofFile(
        "le fichier dépasse "
            + MAX_BYTES / 1024 / 1024
            + " Mo ; une liste de membres est bien plus courte : vérifiez que c'est le bon fichier.");
  }

  private static RosterError emptyFile() {
    return RosterError.atLine(
        1,
        "le fichier est vide ; la première ligne doit être l'en-tête ("
            + String.join(";", RosterColumn.requiredHeaders())
            + ").");
  }

  /** One file being read: the state shared by the header, the lines and the checks across lines. */
  private static final class Reading {

    private final String text;
    private final List<RosterError> errors = new ArrayList<>();
    private final List<RosterRow> rows = new ArrayList<>();
    private final List<String> ignoredColumns = new ArrayList<>();
    private final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
    private final Map<String, RosterEstablishmentBuilder> establishments = new LinkedHashMap<>();
    private final Map<String, Integer> emailLines = new HashMap<>();
    private final Map<String, Integer> userIdLines = new HashMap<>();
    private final Map<String, Integer> principalLines = new HashMap<>();
    private int headerSize;
    private char separator;

    private final String encoding;

    Reading(String text, String encoding) {
      this.text = text;
      this.encoding = encoding;
    }

    RosterFile read() {
      int headerLineNumber = 1;
      String[] lines = text.split("\n", -1);
      while (lines[headerLineNumber - 1].isBlank()) {
        headerLineNumber++;
      }
      String headerLine = lines[headerLineNumber - 1];
      Character detected = SpreadsheetCsvReader.detectSeparator(headerLine);
      if (detected == null) {
        String hint =
            headerLine.indexOf('\t') >= 0
                ? "les colonnes sont séparées par des tabulations"
                : "une seule colonne";
        errors.add(
            RosterError.atLine(
                headerLineNumber,
                "séparateur introuvable dans l'en-tête ("
                    + hint
                    + ") ; les colonnes doivent être séparées par « ; » ou « , »."));
        return result();
      }
      separator = detected;
      SpreadsheetCsvReader.Parsed parsed = SpreadsheetCsvReader.read(text, separator);
      boolean headerRead = false;
      for (SpreadsheetCsvReader.Record record : parsed.records()) {
        if (!headerRead) {
          headerRead = true;
          if (!readHeader(record.line(), record.cells())) {
            return result();
          }
        } else {
          readRow(record.line(), record.cells());
        }
      }
      if (parsed.brokenQuoteLine() != null) {
        errors.add(
            RosterError.atLine(
                parsed.brokenQuoteLine(),
                "guillemets mal placés ou non refermés ; la lecture s'arrête à cette "
                    + "ligne. Vérifiez les guillemets (\") de cette ligne."));
      }
      if (rows.isEmpty() && errors.isEmpty()) {
        errors.add(RosterError.atLine(headerLineNumber, "l'en-tête n'est suivi d'aucun membre."));
      }
      return result();
    }

    private RosterFile result() {
      List<RosterEstablishment> gathered =
          establishments.values().stream().map(RosterEstablishmentBuilder::build).toList();
      return new RosterFile(rows, gathered, errors, ignoredColumns, encoding);
    }

    private boolean readHeader(int line, List<String> cells) {
      headerSize = cells.size();
      Map<RosterColumn, String> seen = new EnumMap<>(RosterColumn.class);
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (cell.isEmpty()) {
          continue; // spreadsheets add empty columns at the end
        }
        RosterColumn column = RosterColumn.fromKey(RosterVocabulary.key(cell)).orElse(null);
        if (column == null) {
          ignoredColumns.add(cell);
        } else if (seen.containsKey(column)) {
          errors.add(
              RosterError.atLine(
                  line,
                  "les colonnes « "
                      + seen.get(column)
                      + " » et « "
                      + cell
                      + " » désignent toutes deux la colonne "
                      + column.header()
                      + " ; gardez-en une seule."));
        } else {
          seen.put(column, cell);
          columns.put(column, i);
        }
      }
      List<String> missing =
          Arrays.stream(RosterColumn.values())
              .filter(c -> c.required() && !columns.containsKey(c))
              .map(RosterColumn::header)
              .toList();
      if (!missing.isEmpty()) {
        boolean looksLikeData = cells.stream().anyMatch(c -> c.contains("@"));
        errors.add(
            RosterError.atLine(
                line,
                (missing.size() == 1
                        ? "colonne obligatoire absente de l'en-tête : "
                        : "colonnes obligatoires absentes de l'en-tête : ")
                    + String.join(", ", missing)
                    + (looksLikeData
                        ? " ; la première ligne semble être un membre : ajoutez la ligne d'en-tête ("
                            + String.join(
                                separator == ';' ? ";" : ",", RosterColumn.requiredHeaders())
                            + ")."
                        : ".")));
      }
      return errors.isEmpty();
    }

    private void readRow(int line, List<String> cells) {
      if (cells.size() == 1 && headerSize > 1) {
        errors.add(
            RosterError.atLine(
                line,
                "une seule colonne lue alors que l'en-tête en a "
                    + headerSize
                    + " ; les valeurs doivent être séparées par « "
                    + separator
                    + " » comme dans l'en-tête."));
        return;
      }
      if (cells.size() > headerSize
          && cells.subList(headerSize, cells.size()).stream().anyMatch(c -> !c.isEmpty())) {
        errors.add(
            RosterError.atLine(
                line,
                cells.size()
                    + " colonnes lues alors que l'en-tête en a "
                    + headerSize
                    + " ; vérifiez les séparateurs « "
                    + separator
                    + " » et les guillemets de cette ligne."));
        return;
      }
      RosterLine row = new RosterLine(line, cells, columns, errors);
      int errorsBefore = errors.size();
      String lastName = row.name(RosterColumn.LAST_NAME);
      String firstName = row.name(RosterColumn.FIRST_NAME);
      String email = row.email();
      String userId = row.userId();
      // An inspector has no establishment: the column may stay empty on their line.
      String code =
          row.cell(RosterColumn.ESTABLISHMENT_CODE) == null && isInspector(row)
              ? null
              : row.establishmentCode();
      MemberRole role =
          row.coded(
              RosterColumn.ROLE,
              RosterVocabulary::role,
              "rôle inconnu « %s » ; attendu documentaliste, coordinateur ou chef_etablissement.");
      SchoolDegree degree = inspectorDegree(row, role);
      if (code != null) {
        establishments
            .computeIfAbsent(code, c -> new RosterEstablishmentBuilder(c, row.number))
            .read(row);
      }
      if (email != null) {
        once(
            emailLines,
            email.toLowerCase(Locale.ROOT),
            line,
            RosterColumn.EMAIL,
            "l'adresse « " + email + " »");
      }
      if (userId != null) {
        once(
            userIdLines,
            userId.toLowerCase(Locale.ROOT),
            line,
            RosterColumn.USER_ID,
            "l'identifiant « " + userId + " »");
      }
      if (role == MemberRole.PRINCIPAL && code != null) {
        Integer other = principalLines.putIfAbsent(code, line);
        if (other != null) {
          errors.add(
              RosterError.at(
                  line,
                  RosterColumn.ROLE.header(),
                  "l'établissement "
                      + code
                      + " a déjà un ou une chef d'établissement à la ligne "
                      + other
                      + " ; un seul par établissement."));
        }
      }
      if (errors.size() == errorsBefore) {
        rows.add(new RosterRow(line, lastName, firstName, email, userId, code, role, degree));
      }
    }

    /**
     * An inspector's degree: the {@code degre} cell, else the one their role word tells (« IA-IPR »
     * secondaire); the two must agree. Other roles take their degree from their establishment, so a
     * {@code degre} cell on their line is refused rather than silently ignored.
     */
    private static SchoolDegree inspectorDegree(RosterLine row, MemberRole role) {
      SchoolDegree given =
          row.coded(
              RosterColumn.DEGREE,
              RosterVocabulary::degree,
              "degré inconnu « %s » ; attendu primaire ou secondaire.");
      if (role != MemberRole.INSPECTOR) {
        if (given != null) {
          row.error(
              RosterColumn.DEGREE,
              "le degré ne se donne que pour un inspecteur ou une inspectrice ; celui des autres"
                  + " membres est celui de leur établissement (laissez la case vide).");
        }
        return null;
      }
      String roleCell = row.cell(RosterColumn.ROLE);
      SchoolDegree told =
          roleCell == null ? null : RosterVocabulary.roleDegree(RosterVocabulary.key(roleCell));
      if (given != null && told != null && given != told) {
        row.error(
            RosterColumn.DEGREE,
            "« "
                + roleCell
                + " » est un inspecteur du "
                + told.label().toLowerCase(Locale.ROOT)
                + " ; le degré donné dit "
                + given.code()
                + ".");
        return null;
      }
      return given != null ? given : told;
    }

    private static boolean isInspector(RosterLine row) {
      String role = row.cell(RosterColumn.ROLE);
      return role != null
          && RosterVocabulary.role(RosterVocabulary.key(role)) == MemberRole.INSPECTOR;
    }

    private void once(
        Map<String, Integer> seen, String key, int line, RosterColumn column, String what) {
      Integer other = seen.putIfAbsent(key, line);
      if (other != null) {
        errors.add(
            RosterError.at(
                line,
                column.header(),
                what
                    + " figure déjà à la ligne "
                    + other
                    + " ; chaque personne ne doit apparaître qu'une fois."));
      }
    }
  }
}
