package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The pairs the coordination imposes, checked: each must be possible and not contradict another; a
 * forced pair wins over the pairs of earlier years. A wrong one is refused with a French reason.
 */
final class ForcedPairs {

  private final Map<String, Volunteer> byId;
  private final PairingRules rules;
  private final PairingCosts costs;

  ForcedPairs(Map<String, Volunteer> byId, PairingRules rules, PairingCosts costs) {
    this.byId = byId;
    this.rules = rules;
    this.costs = costs;
  }

  List<PairingCandidate> visits(List<PairKey> requestedForcedPairs) {
    Map<String, PairKey> byVisitor = new HashMap<>();
    Map<String, PairKey> byHost = new HashMap<>();
    List<PairingCandidate> forced = new ArrayList<>();
    for (PairKey pair : new LinkedHashSet<>(requestedForcedPairs)) {
      if (pair.visitor() == null || pair.host() == null) {
        throw new IllegalArgumentException("Binôme imposé incomplet : " + arrow(pair));
      }
      Volunteer visitor = byId.get(pair.visitor());
      Volunteer host = byId.get(pair.host());
      if (visitor == null) {
        throw impossible(pair, "« " + pair.visitor() + " » n'est pas parmi les volontaires");
      }
      if (host == null) {
        throw impossible(pair, "« " + pair.host() + " » n'est pas parmi les volontaires");
      }
      if (visitor.userId().equals(host.userId())) {
        throw impossible(pair, "un·e volontaire ne peut pas se rendre visite à soi-même");
      }
      if (!visitor.canVisit()) {
        throw impossible(
            pair, PairingExplanations.nameOf(visitor) + " ne s'est pas proposé·e pour visiter");
      }
      if (!host.canHost()) {
        throw impossible(
            pair, PairingExplanations.nameOf(host) + " ne s'est pas proposé·e pour accueillir");
      }
      if (PairingRules.sameEstablishment(visitor, host)) {
        throw impossible(
            pair,
            "les deux volontaires sont du même établissement ("
                + PairingExplanations.establishmentLabel(visitor)
                + ")");
      }
      if (rules.isForbidden(pair)) {
        throw impossible(pair, "ce binôme est aussi exclu par la coordination");
      }
      PairKey otherVisit = byVisitor.putIfAbsent(pair.visitor(), pair);
      if (otherVisit != null) {
        throw impossible(
            pair,
            PairingExplanations.nameOf(visitor)
                + " a déjà une visite imposée ("
                + arrow(otherVisit)
                + ") et ne visite qu'une fois");
      }
      PairKey otherHosting = byHost.putIfAbsent(pair.host(), pair);
      if (otherHosting != null) {
        throw impossible(
            pair,
            PairingExplanations.nameOf(host)
                + " accueille déjà dans un binôme imposé ("
                + arrow(otherHosting)
                + ") et n'accueille qu'une fois");
      }
      forced.add(costs.candidate(visitor, host));
    }
    return forced;
  }

  private IllegalArgumentException impossible(PairKey pair, String why) {
    return new IllegalArgumentException("Binôme imposé impossible : " + arrow(pair) + " : " + why);
  }

  private String arrow(PairKey pair) {
    return who(pair.visitor()) + " → " + who(pair.host());
  }

  private String who(String userId) {
    Volunteer v = userId == null ? null : byId.get(userId);
    return v == null ? String.valueOf(userId) : PairingExplanations.describe(v);
  }
}
