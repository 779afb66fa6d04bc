package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.visit.PseudonymPair;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The pairs of this campaign's volunteers that the anonymised pair history ({@code
 * visit.PairHistoryService}) knows from earlier years, in both directions. The history holds keyed
 * pseudonyms of people, so each volunteer is pseudonymised once and each history row looked up: n
 * HMACs + one pass over the rows, linear (docs/pairing.md for the figures).
 */
public final class PairHistoryPairs {

  private PairHistoryPairs() {}

  /**
   * @param volunteers the campaign's volunteers
   * @param earlierRows the network's history rows of earlier school years
   * @param pseudonym member id → keyed pseudonym, as the rows were written
   */
  public static Set<PairKey> earlier(
      List<Volunteer> volunteers,
      List<PseudonymPair> earlierRows,
      UnaryOperator<String> pseudonym) {
    Set<PairKey> pairs = new LinkedHashSet<>();
    if (earlierRows.isEmpty()) {
      return pairs;
    }
    Map<String, String> memberByPseudonym = new HashMap<>(volunteers.size() * 2);
    for (Volunteer volunteer : volunteers) {
      memberByPseudonym.put(pseudonym.apply(volunteer.userId()), volunteer.userId());
    }
    for (PseudonymPair row : earlierRows) {
      String one = memberByPseudonym.get(row.low());
      String other = memberByPseudonym.get(row.high());
      if (one != null && other != null) {
        pairs.add(new PairKey(one, other));
        pairs.add(new PairKey(other, one));
      }
    }
    return pairs;
  }
}
