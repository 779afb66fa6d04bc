package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes the visits of a campaign: among the proposals with the most visits, one with the lowest
 * total cost.
 *
 * <p>Cost of a visit {@code visitor → host}, in km: {@code distanceKm − kmPerCoveredNeed × |visitor
 * needs ∩ host strengths| − kmForPpcr × (number of the two preparing a PPCR)}, where {@code
 * distanceKm} is the great-circle distance rounded to 0.1 km.
 *
 * <p>Zones and degrees (issue 19): a campaign may prefer same-zone visits ({@code − kmForSameZone}
 * in the cost), require or avoid them (hard rules), and open visits across degrees (otherwise a
 * primary school and a secondary one are never paired); see {@link ZonePolicy}.
 *
 * <p>Hard rules: nobody is paired with themselves or with someone of the same establishment; each
 * volunteer visits at most once and hosts at most once, only in the roles offered; pairs of earlier
 * years and pairs excluded by the coordination are never proposed; pairs imposed by the
 * coordination always are (they win over earlier years).
 *
 * <p>Method: the forced pairs are set aside, then the visits are chosen among the free visitor and
 * host roles (a volunteer offering both roles has one node on each side) by {@link
 * PairingMatching}: an exact minimum-cost assignment on a sparse graph of admissible pairs, with an
 * "unmatched" option of cost {@code M} large enough that one more visit always wins, proven optimal
 * on all pairs by its dual values. Costs are integers in thousandths of km: exact arithmetic
 * throughout. Memory grows with the candidate edges (about 16 per volunteer), not n².
 *
 * <p>Deterministic: volunteers are sorted by user id and the graph is built in that order, so the
 * same request (whatever the order of its lists and sets) always gives the same proposal; among
 * equally good proposals, the one found first on that ordered graph is kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class PairingAlgorithm {

  private final PairingMatcher matcher;
  private final PracticeMatches practices;

  public PairingAlgorithm() {
    this(new PairingMatching());
  }

  /**
   * With what the map of practices and the declarations add: published practices, welcoming
   * periods, public and constraints ({@link PracticeMatches}).
   */
  public PairingAlgorithm(PracticeMatches practices) {
    this(new PairingMatching(), practices);
  }

  /** With another matcher: the reference solver of the tests and the benchmark. */
  PairingAlgorithm(PairingMatcher matcher) {
    this(matcher, PracticeMatches.none());
  }

  PairingAlgorithm(PairingMatcher matcher, PracticeMatches practices) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.practices = Objects.requireNonNull(practices, "practices");
  }

  public PairingProposal propose(PairingRequest request) {
    Objects.requireNonNull(request, "request");
    PairingProposal proposal = new Run(practices.adjust(request), matcher).propose();
    return practices.explain(request, proposal);
  }

  /** The state of one call to {@link #propose(PairingRequest)}. */
  private static final class Run {

    private final List<Volunteer> volunteers;
    private final Map<String, Volunteer> byId = new LinkedHashMap<>();
    private final List<PairKey> requestedForcedPairs;
    private final PairingRules rules;
    private final PairingCosts costs;
    private final PairingMatcher matcher;

    Run(PairingRequest request, PairingMatcher matcher) {
      this.matcher = matcher;
      this.volunteers =
          request.volunteers().stream()
              .sorted(
                  Comparator.comparing(
                      Volunteer::userId, Comparator.nullsFirst(Comparator.naturalOrder())))
              .toList();
      for (Volunteer v : volunteers) {
        if (v.userId() == null || v.userId().isBlank()) {
          throw new IllegalArgumentException("Volontaire sans identifiant : " + v);
        }
        if (!Double.isFinite(v.latitude())
            || !Double.isFinite(v.longitude())
            || Math.abs(v.latitude()) > 90
            || Math.abs(v.longitude()) > 180) {
          throw new IllegalArgumentException(
              "Coordonnées invalides pour l'établissement de "
                  + PairingExplanations.describe(v)
                  + " : "
                  + v.latitude()
                  + ", "
                  + v.longitude());
        }
        if (byId.putIfAbsent(v.userId(), v) != null) {
          throw new IllegalArgumentException("Volontaire en double : " + v.userId());
        }
      }
      this.requestedForcedPairs = request.forcedPairs();
      this.rules =
          new PairingRules(
              request.earlierPairs(),
              request.forbiddenPairs(),
              request.zonePolicy(),
              request.interDegree());
      this.costs = new PairingCosts(request.weights(), request.zonePolicy());
    }

    PairingProposal propose() {
      List<PairingCandidate> forced =
          new ForcedPairs(byId, rules, costs).visits(requestedForcedPairs);
      Set<String> forcedVisitors = new LinkedHashSet<>();
      Set<String> forcedHosts = new LinkedHashSet<>();
      for (PairingCandidate c : forced) {
        forcedVisitors.add(c.visitor().userId());
        forcedHosts.add(c.host().userId());
      }

      List<Volunteer> freeVisitors =
          volunteers.stream()
              .filter(v -> v.canVisit() && !forcedVisitors.contains(v.userId()))
              .toList();
      List<Volunteer> freeHosts =
          volunteers.stream()
              .filter(v -> v.canHost() && !forcedHosts.contains(v.userId()))
              .toList();

      List<ProposedVisit> visits = new ArrayList<>();
      for (PairingCandidate c : forced) {
        visits.add(PairingExplanations.toVisit(c, true, rules));
      }
      for (PairingCandidate c : matcher.optimalMatching(freeVisitors, freeHosts, rules, costs)) {
        visits.add(PairingExplanations.toVisit(c, false, rules));
      }
      visits.sort(Comparator.comparing(ProposedVisit::visitor).thenComparing(ProposedVisit::host));

      Set<String> paired = new LinkedHashSet<>();
      for (ProposedVisit visit : visits) {
        paired.add(visit.visitor());
        paired.add(visit.host());
      }
      List<UnpairedVolunteer> unpaired = new ArrayList<>();
      for (Volunteer v : volunteers) {
        if (!paired.contains(v.userId())) {
          unpaired.add(
              new UnpairedVolunteer(
                  v.userId(),
                  PairingExplanations.nameOf(v),
                  PairingExplanations.unpairedReason(v, volunteers, rules)));
        }
      }
      return new PairingProposal(visits, unpaired);
    }
  }
}
