package fr.reseau.ecoles.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a roster file. A header cell is recognised by its {@link RosterCsvParser#key key}
 * (lower case, no accents, words joined by "_"), so « Prénom », « PRENOM » and « prénom » are the
 * same column; a few common names are accepted too (« courriel », « UAI »...).
 */
enum RosterColumn {
  LAST_NAME("nom", true, "nom_de_famille"),
  FIRST_NAME("prenom", true),
  EMAIL("email", true, "e_mail", "mail", "courriel", "adresse_email", "adresse_mail"),
  ESTABLISHMENT_CODE("code_etablissement", true, "uai", "code_uai", "rne", "code_rne"),
  ROLE("role", true, "fonction"),
  USER_ID("identifiant", false, "login", "identifiant_camunda"),
  ESTABLISHMENT("etablissement", false, "nom_etablissement", "nom_de_l_etablissement"),
  KIND("type", false, "type_etablissement", "type_d_etablissement"),
  TOWN("commune", false, "ville"),
  DEPARTMENT("departement", false),
  ZONE("zone", false, "zone_de_vacances", "zone_vacances"),
  LATITUDE("latitude", false, "lat"),
  LONGITUDE("longitude", false, "lon", "lng"),
  /**
   * The network's operational zone (issue 19: Aix, Pertuis, Gardanne), by code or name. Not {@code
   * zone}, which has always been the school holiday zone (A, B, C) in existing files.
   */
  NETWORK_ZONE(
      "zone_reseau",
      false,
      "zone_du_reseau",
      "zone_territoriale",
      "zone_operationnelle",
      "secteur"),
  /**
   * An inspector's degree (issue 19): {@code primaire} for an IEN premier degré, {@code secondaire}
   * for an IA-IPR or IEN ET; it decides their seat in a zone's trio.
   */
  DEGREE("degre", false, "degre_d_inspection", "degre_inspecteur");

  private final String header;
  private final boolean required;
  private final Set<String> keys;

  RosterColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.keys = Set.of(aliasesWith(header, aliases));
  }

  private static String[] aliasesWith(String header, String[] aliases) {
    String[] all = Arrays.copyOf(aliases, aliases.length + 1);
    all[aliases.length] = header;
    return all;
  }

  /** The name used in the documentation and in error messages. */
  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  static Optional<RosterColumn> fromKey(String key) {
    return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
  }

  static List<String> requiredHeaders() {
    return Arrays.stream(values())
        .filter(RosterColumn::required)
        .map(RosterColumn::header)
        .toList();
  }
}
