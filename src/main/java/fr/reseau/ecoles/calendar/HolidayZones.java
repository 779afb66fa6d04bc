package fr.reseau.ecoles.calendar;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
          Map.entry("corse", "Corse"));

  private HolidayZones() {}

  /** "Zone A", "zone a", "A" → "A"; "Corse", "Guadeloupe"… kept as written, trimmed. */
  public static String normalise(String zone) {
    String trimmed = zone == null ? "" : zone.trim();
    String lower = trimmed.toLowerCase(Locale.FRENCH);
    if (lower.startsWith("zone ")) {
      trimmed = trimmed.substring(5).trim();
    }
    return trimmed.length() == 1 ? trimmed.toUpperCase(Locale.ROOT) : trimmed;
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
