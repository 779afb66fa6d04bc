package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The pairs of this campaign's volunteers that the anonymised pair history ({@code
 * visit.PairHistoryService}) knows from earlier years, in both directions: the history holds only
 * keyed hashes, so each pair of volunteers is hashed and looked up. That is n(n−1)/2 hashes, only
 * when the network has a history (a few milliseconds for a network of a hundred volunteers; see
 * docs/pairing.md for large campaigns).
 */
public final class PairHistoryPairs {

  private PairHistoryPairs() {}

  public static Set<PairKey> earlier(
      List<Volunteer> volunteers, Set<String> earlierHashes, BinaryOperator<String> hasher) {
    Set<PairKey> pairs = new LinkedHashSet<>();
    if (earlierHashes.isEmpty()) {
      return pairs;
    }
    List<String> ids = new ArrayList<>(volunteers.stream().map(Volunteer::userId).toList());
    ids.sort(Comparator.naturalOrder());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (earlierHashes.contains(hasher.apply(ids.get(i), ids.get(j)))) {
          pairs.add(new PairKey(ids.get(i), ids.get(j)));
          pairs.add(new PairKey(ids.get(j), ids.get(i)));
        }
      }
    }
    return pairs;
  }
}
