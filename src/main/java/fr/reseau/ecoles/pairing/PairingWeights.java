package fr.reseau.ecoles.pairing;

/**
 * How many kilometres a pairing advantage is worth in the cost of a visit.
 *
 * @param kmPerCoveredNeed subtracted from the distance for each need of the visitor that is a
 *     strength of the host
 * @param kmForPpcr subtracted from the distance for each of the two volunteers preparing a career
 *     appraisal (PPCR)
 */
public record PairingWeights(double kmPerCoveredNeed, double kmForPpcr) {

  /** The weights of the {@code cdi-tour} process: 15 km per covered need, 20 km per PPCR. */
  public static PairingWeights defaults() {
    return new PairingWeights(15, 20);
  }
}
