package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.HolidayZones;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.SchoolDegree;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a roster file may use for a role, an establishment kind and a holiday zone, compared by
 * their {@link #key}: accents, case and punctuation do not matter.
 */
final class RosterVocabulary {

  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

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
          Map.entry("equipe_projet", MemberRole.PROJECT_TEAM),
          Map.entry("professeur_des_ecoles", MemberRole.TEACHER),
          Map.entry("professeure_des_ecoles", MemberRole.TEACHER),
          Map.entry("inspecteur", MemberRole.INSPECTOR),
          Map.entry("inspectrice", MemberRole.INSPECTOR),
          Map.entry("ien", MemberRole.INSPECTOR),
          Map.entry("ien_et", MemberRole.INSPECTOR),
          Map.entry("ia_ipr", MemberRole.INSPECTOR),
          Map.entry("ipr", MemberRole.INSPECTOR),
          Map.entry("ien_premier_degre", MemberRole.INSPECTOR),
          Map.entry("ien_1er_degre", MemberRole.INSPECTOR),
          Map.entry("ien_1d", MemberRole.INSPECTOR));

  /** The degree an inspector's role word tells (« IEN » alone may be either). */
  private static final Map<String, SchoolDegree> ROLE_DEGREES =
      Map.of(
          "ia_ipr", SchoolDegree.SECONDAIRE,
          "ipr", SchoolDegree.SECONDAIRE,
          "ien_et", SchoolDegree.SECONDAIRE,
          "ien_premier_degre", SchoolDegree.PRIMAIRE,
          "ien_1er_degre", SchoolDegree.PRIMAIRE,
          "ien_1d", SchoolDegree.PRIMAIRE);

  private static final Map<String, SchoolDegree> DEGREES =
      Map.ofEntries(
          Map.entry("primaire", SchoolDegree.PRIMAIRE),
          Map.entry("premier_degre", SchoolDegree.PRIMAIRE),
          Map.entry("1er_degre", SchoolDegree.PRIMAIRE),
          Map.entry("1d", SchoolDegree.PRIMAIRE),
          Map.entry("secondaire", SchoolDegree.SECONDAIRE),
          Map.entry("second_degre", SchoolDegree.SECONDAIRE),
          Map.entry("2nd_degre", SchoolDegree.SECONDAIRE),
          Map.entry("2d", SchoolDegree.SECONDAIRE));

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
    kinds.put("maternelle", EstablishmentKind.ECOLE_MATERNELLE);
    kinds.put("elementaire", EstablishmentKind.ECOLE_ELEMENTAIRE);
    kinds.put("primaire", EstablishmentKind.ECOLE_PRIMAIRE);
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

  /** The role a coded value names, or null. */
  static MemberRole role(String key) {
    return ROLES.get(key);
  }

  /** The degree an inspector's role word tells ({@code ia_ipr} → secondaire), or null. */
  static SchoolDegree roleDegree(String key) {
    return ROLE_DEGREES.get(key);
  }

  /** The degree a {@code degre} cell names ({@code primaire}, {@code second_degre}…), or null. */
  static SchoolDegree degree(String key) {
    return DEGREES.get(key);
  }

  /** The establishment kind a coded value names, or null. */
  static EstablishmentKind kind(String key) {
    return KINDS.get(key);
  }

  /**
   * "zone_b" or "b" → "B"; "corse", "la_reunion", "nouvelle_caledonie"… → the zone as the
   * ministry's calendar names it ({@link HolidayZones}); null for anything else.
   */
  static String zone(String key) {
    String name = key.startsWith("zone_") ? key.substring(5) : key;
    if (name.matches("[abc]")) {
      return name.toUpperCase(Locale.ROOT);
    }
    return name.length() < 2 ? null : HolidayZones.known(name.replace('_', ' ')).orElse(null);
  }

  /** The word an export writes for a role, read back by {@link #role}. */
  static String roleWord(MemberRole role) {
    return switch (role) {
      case DOCUMENTALISTE -> "documentaliste";
      case COORDINATOR -> "coordinateur";
      case PRINCIPAL -> "chef_etablissement";
      case TEACHER -> "enseignant";
      case PROJECT_TEAM -> "equipe_projet";
      case INSPECTOR -> "inspecteur";
    };
  }

  /** The word an export writes for a kind ({@code college}, {@code ecole_elementaire}...). */
  static String kindWord(EstablishmentKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private RosterVocabulary() {}
}
