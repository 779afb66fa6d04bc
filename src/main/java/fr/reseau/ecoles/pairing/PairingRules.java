package fr.reseau.ecoles.pairing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard rules between a visitor and a host besides roles and self: not the same establishment,
 * not a pair of earlier years, not a pair the coordination excluded.
 */
final class PairingRules {

  /** Why a (visitor, host) pair is impossible, in the order reasons are reported. */
  enum Block {
    SAME_ESTABLISHMENT("du même établissement"),
    EARLIER("déjà rencontrés les années précédentes"),
    FORBIDDEN("exclus par la coordination");

    final String text;

    Block(String text) {
      this.text = text;
    }
  }

  private final Set<PairKey> earlierPairs;
  private final Set<PairKey> forbiddenPairs;
  private Map<String, Set<String>> constrainedPartners;

  PairingRules(Set<PairKey> earlierPairs, Set<PairKey> forbiddenPairs) {
    this.earlierPairs = earlierPairs;
    this.forbiddenPairs = forbiddenPairs;
  }

  Set<PairKey> earlierPairs() {
    return earlierPairs;
  }

  Set<PairKey> forbiddenPairs() {
    return forbiddenPairs;
  }

  /**
   * The volunteers with whom {@code userId} shares an earlier or forbidden pair, in either
   * direction: with anyone else, only the establishment can block a pair.
   */
  Set<String> constrainedPartners(String userId) {
    if (constrainedPartners == null) {
      Map<String, Set<String>> index = new HashMap<>();
      for (Set<PairKey> pairs : List.of(earlierPairs, forbiddenPairs)) {
        for (PairKey pair : pairs) {
          index.computeIfAbsent(pair.visitor(), k -> new HashSet<>()).add(pair.host());
          index.computeIfAbsent(pair.host(), k -> new HashSet<>()).add(pair.visitor());
        }
      }
      constrainedPartners = index;
    }
    return constrainedPartners.getOrDefault(userId, Set.of());
  }

  boolean isEarlier(PairKey pair) {
    return earlierPairs.contains(pair);
  }

  boolean isForbidden(PairKey pair) {
    return forbiddenPairs.contains(pair);
  }

  /**
   * Why {@code visitor → host} cannot be proposed (roles and self excepted), or {@code null} if it
   * can. Forced pairs are checked separately: they win over earlier years.
   */
  Block block(Volunteer visitor, Volunteer host) {
    if (sameEstablishment(visitor, host)) {
      return Block.SAME_ESTABLISHMENT;
    }
    PairKey key = new PairKey(visitor.userId(), host.userId());
    if (earlierPairs.contains(key)) {
      return Block.EARLIER;
    }
    if (forbiddenPairs.contains(key)) {
      return Block.FORBIDDEN;
    }
    return null;
  }

  static boolean sameEstablishment(Volunteer a, Volunteer b) {
    String code = a.establishmentCode();
    return code != null && !code.isBlank() && code.equals(b.establishmentCode());
  }
}
