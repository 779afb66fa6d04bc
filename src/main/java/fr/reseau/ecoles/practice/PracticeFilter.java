package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.volunteering.PublicServed;

/**
 * The search of the map and of {@code GET /api/networks/{id}/practices}: a theme code, a public
 * code, welcomes visitors; {@code null} (or empty) means any.
 */
public record PracticeFilter(String theme, String publicServed, Boolean welcomesVisitors) {

  public static final String THEME = "theme";
  public static final String PUBLIC = "public";
  public static final String WELCOMES_VISITORS = "welcomesVisitors";

  public PracticeFilter {
    theme = theme == null || theme.isBlank() ? null : theme.strip();
    publicServed = publicServed == null || publicServed.isBlank() ? null : publicServed.strip();
    if (theme != null && Theme.fromCode(theme).isEmpty()) {
      throw new InvalidInputException(
          THEME, "thème inconnu ; valeurs possibles : " + Theme.codes() + ".");
    }
    if (publicServed != null && !PublicServed.codes().contains(publicServed)) {
      throw new InvalidInputException(
          PUBLIC, "public inconnu ; valeurs possibles : " + PublicServed.codes() + ".");
    }
  }

  public static PracticeFilter none() {
    return new PracticeFilter(null, null, null);
  }

  /** Reads {@code welcomesVisitors=true|false} (empty: any). */
  public static Boolean welcomes(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidInputException(WELCOMES_VISITORS, "« true » ou « false » attendu.");
    };
  }

  boolean accepts(Practice practice) {
    return (theme == null || practice.getThemes().contains(theme))
        && (publicServed == null || publicServed.equals(practice.getPublicServed()))
        && (welcomesVisitors == null || welcomesVisitors == practice.isWelcomesVisitors());
  }

  boolean isEmpty() {
    return theme == null && publicServed == null && welcomesVisitors == null;
  }
}
