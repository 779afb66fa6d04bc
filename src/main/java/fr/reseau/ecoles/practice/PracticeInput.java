package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.volunteering.PublicServed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A practice as a member submits it (REST body or page form), checked: every refusal names the
 * field in French ({@link InvalidInputException}, HTTP 400). Text is stripped; empty optional text
 * becomes {@code null}.
 */
public record PracticeInput(
    String title,
    String description,
    Set<String> themes,
    String publicServed,
    String level,
    String establishmentCode,
    List<String> links,
    boolean welcomesVisitors,
    List<VisitPeriod> periods,
    String conditions) {

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String THEMES = "themes";
  public static final String PUBLIC_SERVED = "publicServed";
  public static final String LEVEL = "level";
  public static final String ESTABLISHMENT = "establishmentCode";
  public static final String LINKS = "links";
  public static final String WELCOMES_VISITORS = "welcomesVisitors";
  public static final String PERIODS = "periods";
  public static final String CONDITIONS = "conditions";

  static final int MAX_LINKS = 5;
  static final int MAX_PERIODS = 6;

  /** Checks every field; {@code establishmentCode} may be null (the author's establishment). */
  public PracticeInput {
    title = required(TITLE, title, 200, "titre obligatoire (200 caractères au plus).");
    description =
        required(
            DESCRIPTION, description, 4000, "description obligatoire (4000 caractères au plus).");
    themes = checkThemes(themes);
    publicServed = optional(PUBLIC_SERVED, publicServed, 20);
    if (publicServed != null && !PublicServed.codes().contains(publicServed)) {
      throw new InvalidInputException(
          PUBLIC_SERVED, "public inconnu ; valeurs possibles : " + PublicServed.codes() + ".");
    }
    level = optional(LEVEL, level, 100);
    establishmentCode = optional(ESTABLISHMENT, establishmentCode, 20);
    links = checkLinks(links);
    conditions = optional(CONDITIONS, conditions, 1000);
    periods = checkPeriods(periods == null ? List.of() : periods);
    if (!welcomesVisitors && !periods.isEmpty()) {
      throw new InvalidInputException(
          PERIODS, "des périodes d'accueil ne vont qu'avec « accueille des visiteurs ».");
    }
  }

  private static Set<String> checkThemes(Set<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new InvalidInputException(THEMES, "choisissez au moins un thème.");
    }
    for (String code : codes) {
      if (code == null || Theme.fromCode(code).isEmpty()) {
        throw new InvalidInputException(
            THEMES, "thème inconnu « " + code + " » ; valeurs possibles : " + Theme.codes() + ".");
      }
    }
    return new LinkedHashSet<>(codes);
  }

  private static List<String> checkLinks(List<String> links) {
    List<String> result = new ArrayList<>();
    for (String link : links == null ? List.<String>of() : links) {
      String text = optional(LINKS, link, 300);
      if (text == null) {
        continue;
      }
      if (!isWebAddress(text)) {
        throw new InvalidInputException(
            LINKS, "« " + text + " » n'est pas une adresse web (http:// ou https://).");
      }
      result.add(text);
    }
    if (result.size() > MAX_LINKS) {
      throw new InvalidInputException(LINKS, MAX_LINKS + " liens au plus.");
    }
    return List.copyOf(result);
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static List<VisitPeriod> checkPeriods(List<VisitPeriod> periods) {
    if (periods.size() > MAX_PERIODS) {
      throw new InvalidInputException(PERIODS, MAX_PERIODS + " périodes au plus.");
    }
    for (VisitPeriod period : periods) {
      if (period.getStartsOn() == null || period.getEndsOn() == null) {
        throw new InvalidInputException(PERIODS, "chaque période a une date de début et de fin.");
      }
      if (period.getEndsOn().isBefore(period.getStartsOn())) {
        throw new InvalidInputException(
            PERIODS, "la période finit avant de commencer (" + period.getStartsOn() + ").");
      }
      if (period.getStartsOn().plusYears(1).isBefore(period.getEndsOn())) {
        throw new InvalidInputException(PERIODS, "une période dure au plus un an.");
      }
      optional(PERIODS, period.getHalfDays(), 100);
    }
    return List.copyOf(periods);
  }

  static String required(String field, String value, int max, String message) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidInputException(field, message);
    }
    return text;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, max + " caractères au plus.");
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      throw new InvalidInputException(field, "caractère de contrôle interdit.");
    }
    return text;
  }

  /** A date of the form aaaa-mm-jj, or a refusal naming the field. */
  static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (RuntimeException e) {
      throw new InvalidInputException(field, "date de la forme aaaa-mm-jj attendue.");
    }
  }
}
