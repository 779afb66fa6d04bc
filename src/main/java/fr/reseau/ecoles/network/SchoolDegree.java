package fr.reseau.ecoles.network;

/** Primary (premier degré: écoles) or secondary (second degré: collèges, lycées) education. */
public enum SchoolDegree {
  PRIMAIRE("primaire", "Premier degré"),
  SECONDAIRE("secondaire", "Second degré");

  private final String code;
  private final String label;

  SchoolDegree(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value written in JSON and CSV: {@code primaire} or {@code secondaire}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
