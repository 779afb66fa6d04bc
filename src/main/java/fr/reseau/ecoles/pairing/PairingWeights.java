package fr.reseau.ecoles.pairing;

import java.util.Map;

/**
 * How many kilometres a pairing advantage is worth in the cost of a visit. The {@code cdi-tour}
 * process reads them from the DMN table {@value #DECISION} ({@code processes/pairing-weights.dmn}),
 * one output per weight, named like the component ({@link #fromOutputs}).
 *
 * @param kmPerCoveredNeed subtracted from the distance for each need of the visitor that is a
 *     strength of the host
 * @param kmForPpcr subtracted from the distance for each of the two volunteers preparing a career
 *     appraisal (PPCR)
 * @param kmForSameZone subtracted from the distance of a visit within one zone of the network, when
 *     the campaign prefers same-zone visits ({@link ZonePolicy#PREFER})
 */
public record PairingWeights(double kmPerCoveredNeed, double kmForPpcr, double kmForSameZone) {

  /** Without a zone weight: {@link #kmForSameZone()} takes its default. */
  public PairingWeights(double kmPerCoveredNeed, double kmForPpcr) {
    this(kmPerCoveredNeed, kmForPpcr, DEFAULT_KM_FOR_SAME_ZONE);
  }

  static final double DEFAULT_KM_FOR_SAME_ZONE = 10;

  /** The decision (DMN) that holds the weights; its input is {@code networkId}. */
  public static final String DECISION = "Decision_PairingWeights";

  /** Output of {@value #DECISION}: {@link #kmPerCoveredNeed()}. */
  public static final String KM_PER_COVERED_NEED = "kmPerCoveredNeed";

  /** Output of {@value #DECISION}: {@link #kmForPpcr()}. */
  public static final String KM_FOR_PPCR = "kmForPpcr";

  /** Output of {@value #DECISION}: {@link #kmForSameZone()}. */
  public static final String KM_FOR_SAME_ZONE = "kmForSameZone";

  /**
   * The weights of the {@code cdi-tour} process: 15 km per covered need, 20 km per PPCR, 10 km for
   * a visit within one zone.
   */
  public static PairingWeights defaults() {
    return new PairingWeights(15, 20, DEFAULT_KM_FOR_SAME_ZONE);
  }

  /**
   * The weights from the outputs of {@value #DECISION}, by output name; an output the table does
   * not have (or leaves empty) keeps its default, so a new weight is a new output column plus one
   * line here.
   */
  public static PairingWeights fromOutputs(Map<String, Object> outputs) {
    PairingWeights d = defaults();
    return new PairingWeights(
        km(outputs, KM_PER_COVERED_NEED, d.kmPerCoveredNeed()),
        km(outputs, KM_FOR_PPCR, d.kmForPpcr()),
        km(outputs, KM_FOR_SAME_ZONE, d.kmForSameZone()));
  }

  static double km(Map<String, Object> outputs, String name, double byDefault) {
    Object value = outputs.get(name);
    if (value == null) {
      return byDefault;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(value).strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Poids d'appariement invalide dans "
              + DECISION
              + " : "
              + name
              + " = « "
              + value
              + " » (un nombre de km est attendu)",
          e);
    }
  }
}
