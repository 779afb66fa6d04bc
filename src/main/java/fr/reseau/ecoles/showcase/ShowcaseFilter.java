package fr.reseau.ecoles.showcase;

/**
 * The search of the showcase: each criterion is an exact value (as offered in the page's lists) or
 * null for any. Blank and over-long values count as none (nothing is refused on a public page).
 */
record ShowcaseFilter(String discipline, String level, String theme, String academie) {

  static final int MAX_LENGTH = 200;

  ShowcaseFilter {
    discipline = clean(discipline);
    level = clean(level);
    theme = clean(theme);
    academie = clean(academie);
  }

  static ShowcaseFilter none() {
    return new ShowcaseFilter(null, null, null, null);
  }

  boolean isEmpty() {
    return discipline == null && level == null && theme == null && academie == null;
  }

  private static String clean(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      return null;
    }
    return value.strip();
  }
}
