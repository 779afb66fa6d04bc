package fr.reseau.ecoles.volunteering;

import java.util.Arrays;
import java.util.List;

/** The public a documentaliste's CDI serves, as declared (the network summary groups by it). */
public enum PublicServed {
  COLLEGE("college", "Collège"),
  LYCEE("lycee", "Lycée général et technologique"),
  LYCEE_PRO("lycee-pro", "Lycée professionnel"),
  CITE_SCOLAIRE("cite-scolaire", "Cité scolaire"),
  /** A primary school's teacher in an inter-degree campaign (issue 19). */
  ECOLE("ecole", "École (premier degré)"),
  OTHER("other", "Autre");

  private final String code;
  private final String label;

  PublicServed(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(PublicServed::code).toList();
  }

  public static String labelOf(String code) {
    return Arrays.stream(values())
        .filter(p -> p.code.equals(code))
        .map(PublicServed::label)
        .findFirst()
        .orElse(code);
  }
}
