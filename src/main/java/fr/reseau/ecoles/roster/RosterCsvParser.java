package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

  /** Camunda's user id column holds 64 characters. */
  static final int MAX_USER_ID = 64;

  private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@;,<>()\\[\\]\"]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|97\\d");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}([.,]\\d+)?");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

  private static final Set<RosterColumn> ESTABLISHMENT_COLUMNS =
      EnumSet.of(
          RosterColumn.ESTABLISHMENT,
          RosterColumn.KIND,
          RosterColumn.TOWN,
          RosterColumn.DEPARTMENT,
          RosterColumn.ZONE,
          RosterColumn.LATITUDE,
          RosterColumn.LONGITUDE);

  private static final Map<String, MemberRole> ROLES =
      Map.ofEntries(
          Map.entry("documentaliste", MemberRole.DOCUMENTALISTE),
          Map.entry("professeur_documentaliste", MemberRole.DOCUMENTALISTE),
          Map.entry("professeure_documentaliste", MemberRole.DOCUMENTALISTE),
          Map.entry("prof_doc", MemberRole.DOCUMENTALISTE),
          Map.entry("coordinateur", MemberRole.COORDINATOR),
          Map.entry("coordinatrice", MemberRole.COORDINATOR),
          Map.entry("coordonnateur", MemberRole.COORDINATOR),
          Map.entry("coordonnatrice", MemberRole.COORDINATOR),
          Map.entry("coordination", MemberRole.COORDINATOR),
          Map.entry("chef_etablissement", MemberRole.PRINCIPAL),
          Map.entry("chef_d_etablissement", MemberRole.PRINCIPAL),
          Map.entry("cheffe_etablissement", MemberRole.PRINCIPAL),
          Map.entry("cheffe_d_etablissement", MemberRole.PRINCIPAL),
          Map.entry("principal", MemberRole.PRINCIPAL),
          Map.entry("principale", MemberRole.PRINCIPAL),
          Map.entry("proviseur", MemberRole.PRINCIPAL),
          Map.entry("proviseure", MemberRole.PRINCIPAL),
          Map.entry("enseignant", MemberRole.TEACHER),
          Map.entry("enseignante", MemberRole.TEACHER),
          Map.entry("professeur", MemberRole.TEACHER),
          Map.entry("professeure", MemberRole.TEACHER),
          Map.entry("equipe_projet", MemberRole.PROJECT_TEAM));

  private static final Map<String, EstablishmentKind> KINDS = kinds();

  private static Map<String, EstablishmentKind> kinds() {
    Map<String, EstablishmentKind> kinds = new HashMap<>();
    for (EstablishmentKind kind : EstablishmentKind.values()) {
      kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
      kinds.put(key(kind.label()), kind);
    }
    kinds.put("lgt", EstablishmentKind.LYCEE);
    kinds.put("lycee_general_et_technologique", EstablishmentKind.LYCEE);
    kinds.put("lp", EstablishmentKind.LYCEE_PRO);
    return Map.copyOf(kinds);
  }

  /**
   * "Code Établissement" → "code_etablissement": what header cells and coded values are compared
   * by.
   */
  static String key(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return EDGE_UNDERSCORES
        .matcher(NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_"))
        .replaceAll("");
  }

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

  /** The separator is whichever of ';' and ',' the header line has more of, outside quotes. */
  static Character detectSeparator(String headerLine) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    if (semicolons == 0 && commas == 0) {
      return null;
    }
    return semicolons >= commas ? ';' : ',';
  }

  /** One file being read: the state shared by the header, the lines and the checks across lines. */
  private static final class Reading {

    private final String text;
    private final List<RosterError> errors = new ArrayList<>();
    private final List<RosterRow> rows = new ArrayList<>();
    private final List<String> ignoredColumns = new ArrayList<>();
    private final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
    private final Map<String, EstablishmentBuilder> establishments = new LinkedHashMap<>();
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
      Character detected = detectSeparator(headerLine);
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
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
      try (CSVParser parser =
          CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
        Iterator<CSVRecord> records = parser.iterator();
        boolean headerRead = false;
        while (true) {
          int line = (int) parser.getCurrentLineNumber() + 1;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            errors.add(
                RosterError.atLine(
                    line,
                    "guillemets mal placés ou non refermés ; la lecture s'arrête à cette "
                        + "ligne. Vérifiez les guillemets (\") de cette ligne."));
            break;
          }
          List<String> cells = record.toList().stream().map(String::strip).toList();
          if (cells.stream().allMatch(String::isEmpty)) {
            continue;
          }
          if (!headerRead) {
            headerRead = true;
            if (!readHeader(line, cells)) {
              return result();
            }
          } else {
            readRow(line, cells);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
      if (rows.isEmpty() && errors.isEmpty()) {
        errors.add(RosterError.atLine(headerLineNumber, "l'en-tête n'est suivi d'aucun membre."));
      }
      return result();
    }

    private RosterFile result() {
      List<RosterEstablishment> gathered =
          establishments.values().stream().map(EstablishmentBuilder::build).toList();
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
        RosterColumn column = RosterColumn.fromKey(key(cell)).orElse(null);
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
      Line row = new Line(line, cells);
      int errorsBefore = errors.size();
      String lastName = row.name(RosterColumn.LAST_NAME);
      String firstName = row.name(RosterColumn.FIRST_NAME);
      String email = row.email();
      String userId = row.userId();
      String code = row.establishmentCode();
      MemberRole role =
          row.coded(
              RosterColumn.ROLE,
              ROLES::get,
              "rôle inconnu « %s » ; attendu documentaliste, coordinateur ou chef_etablissement.");
      if (code != null) {
        readEstablishment(row, code);
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
        rows.add(new RosterRow(line, lastName, firstName, email, userId, code, role));
      }
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

    private void readEstablishment(Line row, String code) {
      EstablishmentBuilder builder =
          establishments.computeIfAbsent(code, c -> new EstablishmentBuilder(c, row.number));
      builder.merge(
          row,
          RosterColumn.ESTABLISHMENT,
          row.text(RosterColumn.ESTABLISHMENT, MAX_ESTABLISHMENT_NAME));
      builder.merge(
          row,
          RosterColumn.KIND,
          row.coded(
              RosterColumn.KIND,
              KINDS::get,
              "type d'établissement inconnu « %s » ; attendu college, lycee, lycee_pro ou cite_scolaire."));
      builder.merge(row, RosterColumn.TOWN, row.text(RosterColumn.TOWN, MAX_NAME));
      builder.merge(row, RosterColumn.DEPARTMENT, row.department());
      builder.merge(
          row,
          RosterColumn.ZONE,
          row.coded(
              RosterColumn.ZONE,
              RosterCsvParser::zone,
              "zone de vacances inconnue « %s » ; attendu A, B ou C."));
      Double latitude = row.coordinate(RosterColumn.LATITUDE, 90);
      Double longitude = row.coordinate(RosterColumn.LONGITUDE, 180);
      if ((latitude == null) != (longitude == null)
          && !row.isBad(RosterColumn.LATITUDE)
          && !row.isBad(RosterColumn.LONGITUDE)) {
        RosterColumn missing = latitude == null ? RosterColumn.LATITUDE : RosterColumn.LONGITUDE;
        row.error(missing, "latitude et longitude vont ensemble : indiquez les deux ou aucune.");
      } else {
        builder.merge(row, RosterColumn.LATITUDE, latitude);
        builder.merge(row, RosterColumn.LONGITUDE, longitude);
      }
      builder.markBad(row);
    }

    /**
     * The cells of one line and the checks of each value; a failed check adds an error and gives
     * null.
     */
    private final class Line {
      final int number;
      final List<String> cells;
      final Set<RosterColumn> bad = EnumSet.noneOf(RosterColumn.class);

      Line(int number, List<String> cells) {
        this.number = number;
        this.cells = cells;
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
        return required(column) == null ? null : text(column, MAX_NAME);
      }

      String email() {
        String value = required(RosterColumn.EMAIL);
        if (value == null) {
          return null;
        }
        if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
          return error(RosterColumn.EMAIL, "adresse électronique invalide « " + value + " ».");
        }
        return value;
      }

      String userId() {
        String value = cell(RosterColumn.USER_ID);
        if (value != null && value.length() > MAX_USER_ID) {
          return error(
              RosterColumn.USER_ID,
              "identifiant trop long ("
                  + value.length()
                  + " caractères, "
                  + MAX_USER_ID
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
        T found = lookup.apply(key(value));
        if (found == null) {
          error(column, String.format(unknown, value));
        }
        return found;
      }
    }

    /**
     * What the lines say about one establishment; a value that differs from an earlier line is an
     * error.
     */
    private final class EstablishmentBuilder {
      final String code;
      final int line;
      final Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
      final Map<RosterColumn, Integer> lines = new EnumMap<>(RosterColumn.class);
      boolean hadErrors;

      EstablishmentBuilder(String code, int line) {
        this.code = code;
        this.line = line;
      }

      void merge(Line row, RosterColumn column, Object value) {
        if (value == null) {
          return;
        }
        Object earlier = values.putIfAbsent(column, value);
        if (earlier == null) {
          lines.put(column, row.number);
        } else if (!Objects.equals(earlier, value)) {
          row.error(
              column,
              "« "
                  + row.cell(column)
                  + " » diffère de la valeur donnée pour l'établissement "
                  + code
                  + " à la ligne "
                  + lines.get(column)
                  + " (« "
                  + shown(earlier)
                  + " »).");
        }
      }

      void markBad(Line row) {
        if (row.bad.stream().anyMatch(ESTABLISHMENT_COLUMNS::contains)) {
          hadErrors = true;
        }
      }

      private static String shown(Object value) {
        return value instanceof EstablishmentKind kind
            ? kind.name().toLowerCase(Locale.ROOT)
            : value instanceof Double degrees
                ? String.valueOf(degrees).replace('.', ',')
                : String.valueOf(value);
      }

      RosterEstablishment build() {
        return new RosterEstablishment(
            code,
            line,
            (String) values.get(RosterColumn.ESTABLISHMENT),
            (EstablishmentKind) values.get(RosterColumn.KIND),
            (String) values.get(RosterColumn.TOWN),
            (String) values.get(RosterColumn.DEPARTMENT),
            (String) values.get(RosterColumn.ZONE),
            (Double) values.get(RosterColumn.LATITUDE),
            (Double) values.get(RosterColumn.LONGITUDE),
            hadErrors);
      }
    }
  }

  private static String zone(String key) {
    String letter = key.startsWith("zone_") ? key.substring(5) : key;
    return letter.matches("[abc]") ? letter.toUpperCase(Locale.ROOT) : null;
  }
}
