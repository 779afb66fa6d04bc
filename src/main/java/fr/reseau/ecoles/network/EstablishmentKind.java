package fr.reseau.ecoles.network;

/** Kind of a secondary school, as documentalistes name their public. */
public enum EstablishmentKind {
  COLLEGE("Collège"),
  LYCEE("Lycée"),
  LYCEE_PRO("Lycée professionnel"),
  CITE_SCOLAIRE("Cité scolaire");

  private final String label;

  EstablishmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
