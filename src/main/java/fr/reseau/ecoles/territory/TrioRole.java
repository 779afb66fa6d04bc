package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.network.SchoolDegree;
import java.util.Arrays;
import java.util.Optional;

/** The three seats of a zone's steering trio (« trinôme »), with their codes in the REST API. */
public enum TrioRole {
  HEAD_OF_SCHOOL("head-of-school", "Personnel de direction", null),
  SECONDARY_INSPECTOR("secondary-inspector", "IA-IPR / IEN ET", SchoolDegree.SECONDAIRE),
  PRIMARY_INSPECTOR("primary-inspector", "IEN premier degré", SchoolDegree.PRIMAIRE);

  private final String code;
  private final String label;
  private final SchoolDegree degree;

  TrioRole(String code, String label, SchoolDegree degree) {
    this.code = code;
    this.label = label;
    this.degree = degree;
  }

  /** The degree of the inspector the seat takes; null for the head of school's seat. */
  public SchoolDegree degree() {
    return degree;
  }

  /** As written in the REST API, « head-of-school ». */
  public String code() {
    return code;
  }

  /** In French, for pages and forms. */
  public String label() {
    return label;
  }

  public static Optional<TrioRole> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  /** The codes, for an error message: « head-of-school », « secondary-inspector »… */
  public static String codes() {
    return String.join(
        ", ", Arrays.stream(values()).map(r -> "« " + r.code + " » (" + r.label + ")").toList());
  }
}
