package fr.reseau.ecoles.pairing;

import java.util.List;
import java.util.Set;

/**
 * Everything the pairing algorithm needs. {@code null} collections are read as empty and {@code
 * null} weights as {@link PairingWeights#defaults()}.
 *
 * @param volunteers the volunteers of the campaign (order does not matter)
 * @param earlierPairs (visitor, host) pairs made in earlier school years: never proposed again,
 *     unless forced
 * @param forbiddenPairs pairs excluded by the coordination: never proposed
 * @param forcedPairs pairs imposed by the coordination: always in the proposal
 * @param weights the cost weights
 */
public record PairingRequest(
    List<Volunteer> volunteers,
    Set<PairKey> earlierPairs,
    Set<PairKey> forbiddenPairs,
    List<PairKey> forcedPairs,
    PairingWeights weights) {

  public PairingRequest {
    volunteers = volunteers == null ? List.of() : List.copyOf(volunteers);
    earlierPairs = earlierPairs == null ? Set.of() : Set.copyOf(earlierPairs);
    forbiddenPairs = forbiddenPairs == null ? Set.of() : Set.copyOf(forbiddenPairs);
    forcedPairs = forcedPairs == null ? List.of() : List.copyOf(forcedPairs);
    weights = weights == null ? PairingWeights.defaults() : weights;
  }
}
