package fr.reseau.ecoles.network;

/** Kind of a school, as teachers name it, and the degree it belongs to. */
public enum EstablishmentKind {
  COLLEGE("Collège", SchoolDegree.SECONDAIRE),
  LYCEE("Lycée", SchoolDegree.SECONDAIRE),
  LYCEE_PRO("Lycée professionnel", SchoolDegree.SECONDAIRE),
  CITE_SCOLAIRE("Cité scolaire", SchoolDegree.SECONDAIRE),
  ECOLE_MATERNELLE("École maternelle", SchoolDegree.PRIMAIRE),
  ECOLE_ELEMENTAIRE("École élémentaire", SchoolDegree.PRIMAIRE),
  ECOLE_PRIMAIRE("École primaire", SchoolDegree.PRIMAIRE);

  private final String label;
  private final SchoolDegree degree;

  EstablishmentKind(String label, SchoolDegree degree) {
    this.label = label;
    this.degree = degree;
  }

  public String label() {
    return label;
  }

  public SchoolDegree degree() {
    return degree;
  }
}
