package fr.reseau.ecoles.pairing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard rules between a visitor and a host besides roles and self: not the same establishment,
 * the campaign's territory rules (zones required or avoided, one degree unless inter-degree visits
 * are open), not a pair of earlier years, not a pair the coordination excluded.
 */
final class PairingRules {

  /** Why a (visitor, host) pair is impossible, in the order reasons are reported. */
  enum Block {
    SAME_ESTABLISHMENT("du même établissement"),
    EARLIER("déjà rencontrés les années précédentes"),
    FORBIDDEN("exclus par la coordination"),
    OTHER_ZONE("d'une autre zone (la campagne exige des visites dans la zone)"),
    SAME_ZONE("de la même zone (la campagne demande des visites hors de la zone)"),
    OTHER_DEGREE("d'un autre degré (visites inter-degré non ouvertes)");

    final String text;

    Block(String text) {
      this.text = text;
    }
  }

  private final Set<PairKey> earlierPairs;
  private final Set<PairKey> forbiddenPairs;
  private final ZonePolicy zonePolicy;
  private final boolean interDegree;
  private Map<String, Set<String>> constrainedPartners;

  /** Zones ignored, no degree rule. */
  PairingRules(Set<PairKey> earlierPairs, Set<PairKey> forbiddenPairs) {
    this(earlierPairs, forbiddenPairs, ZonePolicy.IGNORE, true);
  }

  PairingRules(
      Set<PairKey> earlierPairs,
      Set<PairKey> forbiddenPairs,
      ZonePolicy zonePolicy,
      boolean interDegree) {
    this.earlierPairs = earlierPairs;
    this.forbiddenPairs = forbiddenPairs;
    this.zonePolicy = zonePolicy;
    this.interDegree = interDegree;
  }

  ZonePolicy zonePolicy() {
    return zonePolicy;
  }

  boolean interDegree() {
    return interDegree;
  }

  Set<PairKey> earlierPairs() {
    return earlierPairs;
  }

  Set<PairKey> forbiddenPairs() {
    return forbiddenPairs;
  }

  /**
   * The volunteers with whom {@code userId} shares an earlier or forbidden pair, in either
   * direction: with anyone else, only {@link #structural} rules can block a pair.
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
    Block structural = structural(visitor, host);
    if (structural != null) {
      return structural;
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

  /**
   * What blocks a pair in both directions whatever the history: the same establishment, then the
   * territory rules; null if nothing.
   */
  Block structural(Volunteer a, Volunteer b) {
    if (sameEstablishment(a, b)) {
      return Block.SAME_ESTABLISHMENT;
    }
    if (!interDegree && a.degree() != null && b.degree() != null && a.degree() != b.degree()) {
      return Block.OTHER_DEGREE;
    }
    return switch (zonePolicy) {
      case REQUIRE -> sameZone(a, b) ? null : Block.OTHER_ZONE;
      case AVOID -> sameZone(a, b) ? Block.SAME_ZONE : null;
      default -> null;
    };
  }

  static boolean sameZone(Volunteer a, Volunteer b) {
    String zone = a.zoneCode();
    return zone != null && !zone.isBlank() && zone.equals(b.zoneCode());
  }

  static boolean sameEstablishment(Volunteer a, Volunteer b) {
    String code = a.establishmentCode();
    return code != null && !code.isBlank() && code.equals(b.establishmentCode());
  }
}
