package fr.reseau.ecoles.calendar;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Holiday zones as the ministry names them: A, B, C (metropolitan France since 2016), Corse and the
 * overseas académies by name. Stored and compared in the short form read by {@link #normalise}.
 */
public final class HolidayZones {

  /** Académies of zones A, B and C (arrêté of 2016), by name without accents, lower case. */
  private static final Map<String, String> ACADEMY_ZONE =
      Map.ofEntries(
          Map.entry("besancon", "A"),
          Map.entry("bordeaux", "A"),
          Map.entry("clermont-ferrand", "A"),
          Map.entry("dijon", "A"),
          Map.entry("grenoble", "A"),
          Map.entry("limoges", "A"),
          Map.entry("lyon", "A"),
          Map.entry("poitiers", "A"),
          Map.entry("aix-marseille", "B"),
          Map.entry("amiens", "B"),
          Map.entry("normandie", "B"),
          Map.entry("caen", "B"),
          Map.entry("rouen", "B"),
          Map.entry("lille", "B"),
          Map.entry("nancy-metz", "B"),
          Map.entry("nantes", "B"),
          Map.entry("nice", "B"),
          Map.entry("orleans-tours", "B"),
          Map.entry("reims", "B"),
          Map.entry("rennes", "B"),
          Map.entry("strasbourg", "B"),
          Map.entry("creteil", "C"),
          Map.entry("montpellier", "C"),
          Map.entry("paris", "C"),
          Map.entry("toulouse", "C"),
          Map.entry("versailles", "C"),
          Map.entry("corse", "Corse"),
          Map.entry("guadeloupe", "Guadeloupe"),
          Map.entry("martinique", "Martinique"),
          Map.entry("guyane", "Guyane"),
          Map.entry("la-reunion", "Réunion"),
          Map.entry("reunion", "Réunion"),
          Map.entry("mayotte", "Mayotte"));

  /**
   * The zones other than A, B and C, as the ministry's dataset « fr-en-calendrier-scolaire » names
   * them in its {@code zones} column (the stored form).
   */
  public static final List<String> OTHER_ZONES =
      List.of(
          "Corse",
          "Guadeloupe",
          "Guyane",
          "Martinique",
          "Mayotte",
          "Nouvelle Calédonie",
          "Polynésie",
          "Réunion",
          "Saint Pierre et Miquelon",
          "Wallis et Futuna");

  /** Every zone the application knows, in the stored form. */
  public static final List<String> ALL =
      Stream.concat(Stream.of("A", "B", "C"), OTHER_ZONES.stream()).toList();

  /**
   * Other spellings of the zones (académies, collectivities' full names, hyphens), by {@link #key}.
   */
  private static final Map<String, String> ALIASES = aliases();

  private static Map<String, String> aliases() {
    Map<String, String> aliases = new HashMap<>();
    for (String zone : ALL) {
      aliases.put(key(zone), zone);
    }
    aliases.put("la reunion", "Réunion");
    aliases.put("ile de la reunion", "Réunion");
    aliases.put("nouvelle caledonie", "Nouvelle Calédonie");
    aliases.put("polynesie francaise", "Polynésie");
    aliases.put("st pierre et miquelon", "Saint Pierre et Miquelon");
    aliases.put("wallis and futuna", "Wallis et Futuna");
    aliases.put("iles wallis et futuna", "Wallis et Futuna");
    aliases.put("guyane francaise", "Guyane");
    return Map.copyOf(aliases);
  }

  private HolidayZones() {}

  /**
   * "Zone A", "zone a", "A" → "A"; "La Réunion", "Nouvelle-Calédonie", "CORSE" → the dataset's name
   * ("Réunion", "Nouvelle Calédonie", "Corse"); anything else kept as written, trimmed.
   */
  public static String normalise(String zone) {
    String trimmed = zone == null ? "" : zone.trim();
    String lower = trimmed.toLowerCase(Locale.FRENCH);
    if (lower.startsWith("zone ")) {
      trimmed = trimmed.substring(5).trim();
    }
    if (trimmed.length() == 1) {
      return trimmed.toUpperCase(Locale.ROOT);
    }
    return ALIASES.getOrDefault(key(trimmed), trimmed);
  }

  /** The stored form of a zone the application knows (A, B, C, Corse, overseas), else empty. */
  public static Optional<String> known(String zone) {
    String normalised = normalise(zone);
    return ALL.contains(normalised) ? Optional.of(normalised) : Optional.empty();
  }

  /** "Saint-Pierre-et-Miquelon" → "saint pierre et miquelon": accents, case, punctuation off. */
  private static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
  }

  /** The zone of an académie ("Aix-Marseille", "académie de Grenoble"), when it is known here. */
  public static Optional<String> ofAcademy(String academy) {
    if (academy == null) {
      return Optional.empty();
    }
    String key =
        Normalizer.normalize(academy, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^academie (de |d'|du )?", "")
            .replace(' ', '-')
            .trim();
    return Optional.ofNullable(ACADEMY_ZONE.get(key));
  }
}
