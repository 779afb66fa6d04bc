package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coordinators' forbidden and forced pairs applied to a campaign's proposals. Each review adds
 * to them and the latest decision wins: forcing a pair lifts its ban and replaces an earlier forced
 * pair of the same visitor or host; forbidding a pair lifts its forcing.
 */
public record PairConstraints(Set<PairKey> forbidden, List<PairKey> forced) {

  public PairConstraints {
    forbidden = new LinkedHashSet<>(forbidden);
    forced = List.copyOf(new LinkedHashSet<>(forced));
  }

  /**
   * The constraints read from the items of the review form's lists ({@link PairingService#pairs}).
   */
  public static PairConstraints fromItems(
      List<Map<String, String>> forbiddenItems, List<Map<String, String>> forcedItems) {
    return new PairConstraints(
        new LinkedHashSet<>(PairingService.pairs(forbiddenItems)),
        PairingService.pairs(forcedItems));
  }

  public static PairConstraints none() {
    return new PairConstraints(Set.of(), List.of());
  }

  public PairConstraints with(Collection<PairKey> newForbidden, Collection<PairKey> newForced) {
    Set<PairKey> nextForbidden = new LinkedHashSet<>(forbidden);
    nextForbidden.removeAll(newForced);
    nextForbidden.addAll(newForbidden);
    List<PairKey> nextForced = new ArrayList<>();
    for (PairKey pair : forced) {
      boolean replaced =
          newForced.stream()
              .anyMatch(p -> p.visitor().equals(pair.visitor()) || p.host().equals(pair.host()));
      if (!replaced && !newForbidden.contains(pair)) {
        nextForced.add(pair);
      }
    }
    nextForced.addAll(newForced);
    return new PairConstraints(nextForbidden, nextForced);
  }
}
