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
 * @param zonePolicy how zones count ({@code null}: {@link ZonePolicy#IGNORE})
 * @param interDegree visits may join a primary school and a secondary one (otherwise volunteers
 *     whose degrees are both known and differ are never paired)
 */
public record PairingRequest(
    List<Volunteer> volunteers,
    Set<PairKey> earlierPairs,
    Set<PairKey> forbiddenPairs,
    List<PairKey> forcedPairs,
    PairingWeights weights,
    ZonePolicy zonePolicy,
    boolean interDegree) {

  /** Zones ignored, visits within one degree: as before issue 19. */
  public PairingRequest(
      List<Volunteer> volunteers,
      Set<PairKey> earlierPairs,
      Set<PairKey> forbiddenPairs,
      List<PairKey> forcedPairs,
      PairingWeights weights) {
    this(volunteers, earlierPairs, forbiddenPairs, forcedPairs, weights, ZonePolicy.IGNORE, false);
  }

  /** The same request with other volunteers. */
  public PairingRequest withVolunteers(List<Volunteer> others) {
    return new PairingRequest(
        others, earlierPairs, forbiddenPairs, forcedPairs, weights, zonePolicy, interDegree);
  }

  public PairingRequest {
    zonePolicy = zonePolicy == null ? ZonePolicy.IGNORE : zonePolicy;
    volunteers = volunteers == null ? List.of() : List.copyOf(volunteers);
    earlierPairs = earlierPairs == null ? Set.of() : Set.copyOf(earlierPairs);
    forbiddenPairs = forbiddenPairs == null ? Set.of() : Set.copyOf(forbiddenPairs);
    forcedPairs = forcedPairs == null ? List.of() : List.copyOf(forcedPairs);
    weights = weights == null ? PairingWeights.defaults() : weights;
  }
}
