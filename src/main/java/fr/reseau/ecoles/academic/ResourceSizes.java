package fr.reseau.ecoles.academic;

import java.util.Locale;

/** A file's size as the French pages show it (« 12 ko », « 1,5 Mo »). */
public final class ResourceSizes {

  private ResourceSizes() {}

  public static String french(long bytes) {
    if (bytes < 1024) {
      return bytes + " o";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " ko";
    }
    return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
  }
}
