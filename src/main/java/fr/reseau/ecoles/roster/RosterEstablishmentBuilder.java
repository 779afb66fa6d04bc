package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.network.EstablishmentKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the lines say about one establishment; a value that differs from an earlier line is an
 * error.
 */
final class RosterEstablishmentBuilder {

  private static final Set<RosterColumn> ESTABLISHMENT_COLUMNS =
      EnumSet.of(
          RosterColumn.ESTABLISHMENT,
          RosterColumn.KIND,
          RosterColumn.TOWN,
          RosterColumn.DEPARTMENT,
          RosterColumn.ZONE,
          RosterColumn.LATITUDE,
          RosterColumn.LONGITUDE,
          RosterColumn.NETWORK_ZONE);

  final String code;
  final int line;
  final Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
  final Map<RosterColumn, Integer> lines = new EnumMap<>(RosterColumn.class);
  boolean hadErrors;

  RosterEstablishmentBuilder(String code, int line) {
    this.code = code;
    this.line = line;
  }

  /** Reads the establishment columns of a line of this establishment. */
  void read(RosterLine row) {
    merge(
        row,
        RosterColumn.ESTABLISHMENT,
        row.text(RosterColumn.ESTABLISHMENT, RosterCsvParser.MAX_ESTABLISHMENT_NAME));
    merge(
        row,
        RosterColumn.KIND,
        row.coded(
            RosterColumn.KIND,
            RosterVocabulary::kind,
            "type d'établissement inconnu « %s » ; attendu college, lycee, lycee_pro, cite_scolaire, "
                + "ecole_maternelle, ecole_elementaire ou ecole_primaire."));
    merge(row, RosterColumn.TOWN, row.text(RosterColumn.TOWN, RosterCsvParser.MAX_NAME));
    merge(row, RosterColumn.DEPARTMENT, row.department());
    merge(
        row,
        RosterColumn.ZONE,
        row.coded(
            RosterColumn.ZONE,
            RosterVocabulary::zone,
            "zone de vacances inconnue « %s » ; attendu A, B, C, Corse ou le nom d'une zone d'outre-mer (Guadeloupe, Martinique, Guyane, Réunion, Mayotte, Nouvelle Calédonie, Polynésie, Saint Pierre et Miquelon, Wallis et Futuna)."));
    merge(
        row,
        RosterColumn.NETWORK_ZONE,
        row.text(RosterColumn.NETWORK_ZONE, RosterCsvParser.MAX_ZONE_NAME));
    Double latitude = row.coordinate(RosterColumn.LATITUDE, 90);
    Double longitude = row.coordinate(RosterColumn.LONGITUDE, 180);
    if ((latitude == null) != (longitude == null)
        && !row.isBad(RosterColumn.LATITUDE)
        && !row.isBad(RosterColumn.LONGITUDE)) {
      RosterColumn missing = latitude == null ? RosterColumn.LATITUDE : RosterColumn.LONGITUDE;
      row.error(missing, "latitude et longitude vont ensemble : indiquez les deux ou aucune.");
    } else {
      merge(row, RosterColumn.LATITUDE, latitude);
      merge(row, RosterColumn.LONGITUDE, longitude);
    }
    markBad(row);
  }

  private void merge(RosterLine row, RosterColumn column, Object value) {
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

  private void markBad(RosterLine row) {
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
        hadErrors,
        (String) values.get(RosterColumn.NETWORK_ZONE));
  }
}
