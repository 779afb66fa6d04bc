package fr.reseau.ecoles.showcase;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScoLOMFR vocabulary concepts the export uses (docs/showcase.md, "Vocabularies"). Every URI
 * here appears in the official ScoLOMFR 3.x material (the reference manual's example record, the
 * schemas' value lists or the published VDEX files): none is made up. A discipline or level with no
 * concept below is exported by its label alone (a taxon without id), which harvesters read as free
 * text.
 */
final class ScolomfrVocabulary {

  static final String CONCEPT = "http://data.education.fr/voc/scolomfr/concept/";
  static final String SOURCE = "SCOLOMFRv3.2";
  static final String FRENCH = "http://id.loc.gov/vocabulary/iso639-2/fre";

  /** A (label, value) pair of a ScoLOMFR vocabulary. */
  record Concept(String label, String uri) {}

  // 2.2 status (voc-002), 2.3.1 role (voc-003), 3.2.1 role (voc-013)
  static final Concept STATUS_FINAL = new Concept("final", CONCEPT + "final");
  static final Concept ROLE_AUTHOR = new Concept("auteur", CONCEPT + "author");
  static final Concept ROLE_CREATOR = new Concept("créateur", CONCEPT + "creator");
  // 1.9 document type (voc-004: the DCMI Type Vocabulary)
  static final Concept DOCUMENT_TEXT = new Concept("texte", "http://purl.org/dc/dcmitype/Text");
  // 4.1 format (voc-006: media types)
  static final String FORMAT_HTML = "http://purl.org/NET/mediatypes/text/html";
  // 5.2 learning resource type (voc-010): the 3.2 schemas take concept URIs only, not labels
  static final Concept SCENARIO =
      new Concept("scénario pédagogique", CONCEPT + "scolomfr-voc-010-num-020");
  // 5.5 intended end user role (voc-011)
  static final Concept TEACHER = new Concept("enseignant", CONCEPT + "teacher");
  // 5.6 context (voc-012)
  static final Concept SECONDARY =
      new Concept("enseignement secondaire", CONCEPT + "scolomfr-voc-012-num-003");
  static final Concept SCHOOL = new Concept("enseignement scolaire", CONCEPT + "school");
  // 6.1 cost (voc-026), 6.2 copyright (voc-027)
  static final Concept FREE = new Concept("gratuit", CONCEPT + "no");
  static final Concept COPYRIGHT_YES = new Concept("oui", CONCEPT + "yes_2");
  // 7.1 kind of relation (voc-009: Dublin Core relations)
  static final Concept REFERENCES =
      new Concept("fait référence à", "http://purl.org/dc/terms/references");
  // 9.1 purposes (voc-028)
  static final Concept PURPOSE_DOMAIN =
      new Concept("domaine d'enseignement", CONCEPT + "scolomfr-voc-028-num-003");
  static final Concept PURPOSE_LEVEL =
      new Concept("niveau éducatif détaillé", CONCEPT + "educational_level");
  static final String DOMAIN_SOURCE = SOURCE + " ; scolomfr-voc-015 ; Domaine d'enseignement";
  static final String LEVEL_SOURCE = SOURCE + " ; scolomfr-voc-022 ; Niveau éducatif détaillé";

  /** Levels (voc-022) recognised in a production's level, most precise first. */
  private static final List<Mapping> LEVELS =
      List.of(
          new Mapping("\\b3e\\b|troisieme", "3e", "scolomfr-voc-022-num-023"),
          new Mapping("cycle ?1\\b", "cycle 1 (2016)", "scolomfr-voc-022-num-617"),
          new Mapping("cycle ?2\\b", "cycle 2 (2016)", "scolomfr-voc-022-num-619"),
          new Mapping("cycle ?3\\b", "cycle 3 (2016)", "scolomfr-voc-022-num-620"),
          new Mapping("cycle ?4\\b", "cycle 4 (2016)", "scolomfr-voc-022-num-621"),
          new Mapping("college", "collège", "scolomfr-voc-022-num-016"));

  /** Disciplines (voc-015) recognised in a production's discipline. */
  private static final List<Mapping> DISCIPLINES =
      List.of(
          new Mapping(
              "histoire.{0,5}geographie",
              "histoire et géographie (discipline)",
              "scolomfr-voc-015-num-980"));

  private static final Pattern PRIMARY =
      Pattern.compile("\\b(cp|ce1|ce2|cm1|cm2|maternelle|elementaire|primaire|cycle ?[12])\\b");
  private static final Pattern SECONDARY_LEVEL =
      Pattern.compile(
          "\\b(6e|5e|4e|3e|seconde|2de|premiere|1re|terminale|college|lycee|cycle ?4)\\b");

  private record Mapping(String pattern, String label, String number) {
    boolean matches(String text) {
      return Pattern.compile(pattern).matcher(text).find();
    }

    Concept concept() {
      return new Concept(label, CONCEPT + number);
    }
  }

  private ScolomfrVocabulary() {}

  static Optional<Concept> level(String level) {
    return find(LEVELS, level);
  }

  static Optional<Concept> discipline(String discipline) {
    return find(DISCIPLINES, discipline);
  }

  /** 5.6 context: secondary for collège and lycée levels, school for the others it knows. */
  static Optional<Concept> context(String level) {
    String text = plain(level);
    if (SECONDARY_LEVEL.matcher(text).find()) {
      return Optional.of(SECONDARY);
    }
    return PRIMARY.matcher(text).find() ? Optional.of(SCHOOL) : Optional.empty();
  }

  /** « CC BY-SA 4.0 » → its deed; empty for a licence it does not know. */
  static Optional<String> licenceUrl(String licence) {
    Matcher cc =
        Pattern.compile("cc[ -]?(by(?:[ -](?:nc[ -]sa|nc[ -]nd|sa|nd|nc))?)[ -]?([0-9.]+)?")
            .matcher(plain(licence));
    if (!cc.find()) {
      return Optional.empty();
    }
    String kind = cc.group(1).replaceAll("[ ]", "-");
    String version = cc.group(2) == null ? "4.0" : cc.group(2);
    return Optional.of("https://creativecommons.org/licenses/" + kind + "/" + version + "/");
  }

  /**
   * « 2 h », « 1 h 30 », « 90 min », « PT2H » → ISO 8601 duration; empty when the text says
   * something else (« 3 séances »).
   */
  static Optional<String> isoDuration(String duration) {
    String text = plain(duration).replace(" ", "");
    if (text.matches("pt(\\d+h)?(\\d+m)?") && text.length() > 2) {
      return Optional.of(text.toUpperCase(Locale.ROOT));
    }
    Matcher hours = Pattern.compile("^(\\d+)h(\\d+)?(min)?$").matcher(text);
    if (hours.matches()) {
      return Optional.of(
          "PT" + hours.group(1) + "H" + (hours.group(2) == null ? "" : hours.group(2) + "M"));
    }
    Matcher minutes = Pattern.compile("^(\\d+)(min|minutes)$").matcher(text);
    return minutes.matches() ? Optional.of("PT" + minutes.group(1) + "M") : Optional.empty();
  }

  private static Optional<Concept> find(List<Mapping> mappings, String text) {
    String plain = plain(text);
    return mappings.stream().filter(m -> m.matches(plain)).findFirst().map(Mapping::concept);
  }

  /** Lower case, without accents: « Collège » → « college ». */
  static String plain(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
