package fr.reseau.ecoles.showcase;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Small text helpers of the showcase: French sorting and OAI-PMH set names. */
final class ShowcaseText {

  static final Comparator<String> FRENCH;

  static {
    Collator collator = Collator.getInstance(Locale.FRENCH);
    collator.setStrength(Collator.SECONDARY);
    FRENCH = collator::compare;
  }

  private ShowcaseText() {}

  /**
   * « Aix-Marseille » → {@code aix-marseille}: lower case ASCII letters, digits and dashes, as an
   * OAI-PMH setSpec allows.
   */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "sans-nom" : slug;
  }
}
