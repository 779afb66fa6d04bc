package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CampaignRequest;
import fr.reseau.ecoles.network.EstablishmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Zones and degrees in the pairing (issue 19), on réseau Sainte Victoire's territory: same-zone
 * preference, required and avoided zones, inter-degree visits; then the sparse solver against the
 * JGraphT reference with random zones, kinds and policies.
 */
class ZonePairingTest {

  // Real towns of the network (establishments fictional).
  private static final double[] AIX = {43.5297, 5.4474};
  private static final double[] AIX_SCHOOL = {43.5263, 5.4454};
  private static final double[] AIX_LYCEE = {43.5200, 5.4380};
  private static final double[] GARDANNE = {43.4547, 5.4692};
  private static final double[] TRETS = {43.4478, 5.6844};
  private static final double[] PERTUIS = {43.6942, 5.5019};

  private final PairingAlgorithm algorithm = new PairingAlgorithm();

  private static Volunteer volunteer(
      String id,
      double[] where,
      boolean visits,
      boolean hosts,
      String zone,
      EstablishmentKind kind) {
    return new Volunteer(
        id,
        "Nom " + id,
        "UAI-" + id,
        kind.label() + " " + id,
        where[0],
        where[1],
        visits,
        hosts,
        Set.of(),
        Set.of(),
        false,
        zone,
        zone == null ? null : zone.substring(0, 1).toUpperCase() + zone.substring(1),
        kind);
  }

  private PairingProposal propose(ZonePolicy policy, boolean interDegree, Volunteer... people) {
    return algorithm.propose(
        new PairingRequest(
            List.of(people),
            Set.of(),
            Set.of(),
            List.of(),
            PairingWeights.defaults(),
            policy,
            interDegree));
  }

  private static String hostOf(PairingProposal proposal, String visitor) {
    return proposal.visits().stream()
        .filter(v -> v.visitor().equals(visitor))
        .map(ProposedVisit::host)
        .findFirst()
        .orElse(null);
  }

  @Test
  void preferringZonesPicksTheFartherHostOfTheSameZone() {
    Volunteer visitor =
        volunteer("v", GARDANNE, true, false, "gardanne", EstablishmentKind.LYCEE_PRO);
    // Aix is 8.5 km away, Trets (zone Gardanne) 17.4 km: 17.4 − 10 km for the zone < 8.5.
    Volunteer aix = volunteer("h-aix", AIX, false, true, "aix", EstablishmentKind.COLLEGE);
    Volunteer trets =
        volunteer("h-trets", TRETS, false, true, "gardanne", EstablishmentKind.COLLEGE);

    assertThat(hostOf(propose(ZonePolicy.IGNORE, false, visitor, aix, trets), "v"))
        .isEqualTo("h-aix");
    PairingProposal preferred = propose(ZonePolicy.PREFER, false, visitor, aix, trets);
    assertThat(hostOf(preferred, "v")).isEqualTo("h-trets");
    assertThat(preferred.visits().get(0).reasons()).contains("même zone : Gardanne");
    assertThat(preferred.visits().get(0).score()).isEqualTo(7.4);
    // Ignored zones say nothing of them.
    assertThat(propose(ZonePolicy.IGNORE, false, visitor, aix, trets).visits().get(0).reasons())
        .doesNotContain("zone");
  }

  @Test
  void requiredZonesLeaveAVolunteerWithoutHostInTheirZoneUnpaired() {
    Volunteer visitor =
        volunteer("v", GARDANNE, true, false, "gardanne", EstablishmentKind.LYCEE_PRO);
    Volunteer aix = volunteer("h-aix", AIX, false, true, "aix", EstablishmentKind.COLLEGE);

    PairingProposal proposal = propose(ZonePolicy.REQUIRE, false, visitor, aix);

    assertThat(proposal.visits()).isEmpty();
    assertThat(proposal.unpaired())
        .extracting(UnpairedVolunteer::reason)
        .allSatisfy(reason -> assertThat(reason).contains("d'une autre zone"));
    Volunteer trets =
        volunteer("h-trets", TRETS, false, true, "gardanne", EstablishmentKind.COLLEGE);
    assertThat(hostOf(propose(ZonePolicy.REQUIRE, false, visitor, aix, trets), "v"))
        .isEqualTo("h-trets");
  }

  @Test
  void avoidedZonesSendTheVisitorOutOfTheirZone() {
    Volunteer visitor = volunteer("v", AIX, true, false, "aix", EstablishmentKind.COLLEGE);
    Volunteer lycee = volunteer("h-lycee", AIX_LYCEE, false, true, "aix", EstablishmentKind.LYCEE);
    Volunteer gardanne =
        volunteer("h-gardanne", GARDANNE, false, true, "gardanne", EstablishmentKind.LYCEE_PRO);

    assertThat(hostOf(propose(ZonePolicy.IGNORE, false, visitor, lycee, gardanne), "v"))
        .isEqualTo("h-lycee");
    assertThat(hostOf(propose(ZonePolicy.AVOID, false, visitor, lycee, gardanne), "v"))
        .isEqualTo("h-gardanne");
    assertThat(propose(ZonePolicy.AVOID, false, visitor, lycee).unpaired())
        .extracting(UnpairedVolunteer::reason)
        .allSatisfy(reason -> assertThat(reason).contains("de la même zone"));
  }

  @Test
  void aCollegeDocumentalisteVisitsThePrimarySchoolOfItsSectorOnlyWhenTheCampaignOpensIt() {
    Volunteer college = volunteer("v", AIX, true, false, "aix", EstablishmentKind.COLLEGE);
    Volunteer school =
        volunteer("h-ecole", AIX_SCHOOL, false, true, "aix", EstablishmentKind.ECOLE_ELEMENTAIRE);
    Volunteer lycee =
        volunteer("h-lycee", PERTUIS, false, true, "pertuis", EstablishmentKind.LYCEE);

    assertThat(hostOf(propose(ZonePolicy.IGNORE, false, college, school, lycee), "v"))
        .isEqualTo("h-lycee");
    PairingProposal closed = propose(ZonePolicy.IGNORE, false, college, school);
    assertThat(closed.visits()).isEmpty();
    assertThat(closed.unpaired())
        .extracting(UnpairedVolunteer::reason)
        .allSatisfy(reason -> assertThat(reason).contains("d'un autre degré"));

    PairingProposal open = propose(ZonePolicy.PREFER, true, college, school, lycee);
    assertThat(hostOf(open, "v")).isEqualTo("h-ecole");
    assertThat(open.visits().get(0).reasons())
        .contains("même zone : Aix")
        .contains("liaison CM2–6e");
    // A lycée with an école maternelle is inter-degree, not the CM2–6e link.
    Volunteer maternelle =
        volunteer("h-mat", AIX_SCHOOL, false, true, "aix", EstablishmentKind.ECOLE_MATERNELLE);
    Volunteer fromLycee = volunteer("v2", AIX_LYCEE, true, false, "aix", EstablishmentKind.LYCEE);
    assertThat(propose(ZonePolicy.IGNORE, true, fromLycee, maternelle).visits())
        .singleElement()
        .satisfies(v -> assertThat(v.reasons()).contains("inter-degré").doesNotContain("CM2–6e"));
  }

  @Test
  void volunteersOfUnknownKindAndTheOldConstructorsKeepTheirFormerPairing() {
    Volunteer a =
        new Volunteer("a", "A", "E1", "E1", AIX[0], AIX[1], true, false, Set.of(), Set.of(), false);
    Volunteer b =
        new Volunteer(
            "b", "B", "E2", "E2", GARDANNE[0], GARDANNE[1], false, true, Set.of(), Set.of(), false);
    PairingProposal proposal =
        algorithm.propose(new PairingRequest(List.of(a, b), Set.of(), Set.of(), List.of(), null));
    assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("b");
    assertThat(new PairingWeights(15, 20)).isEqualTo(PairingWeights.defaults());
  }

  @Test
  void theStartFormOffersExactlyThePolicies() {
    assertThat(CampaignRequest.ZONE_POLICIES).containsExactlyElementsOf(ZonePolicy.codes());
    assertThat(CampaignRequest.ZONE_POLICIES.get(0)).isEqualTo(ZonePolicy.IGNORE.code());
  }

  @Test
  void weightsReadTheSameZoneOutput() {
    assertThat(PairingWeights.fromOutputs(Map.of(PairingWeights.KM_FOR_SAME_ZONE, 25.0)))
        .isEqualTo(new PairingWeights(15, 20, 25));
  }

  /** With zones, kinds and policies at random: same optimum as JGraphT, territory rules kept. */
  @Test
  void sameOptimumAsTheReferenceWithRandomZonesAndDegrees() {
    Random random = new Random(190019L);
    PairingAlgorithm jgrapht = new PairingAlgorithm(new JGraphTPairingMatching());
    PairingAlgorithm tiny = new PairingAlgorithm(new PairingMatching(1, 0, stats -> {}));
    List<String> zones = java.util.Arrays.asList(null, "aix", "pertuis", "gardanne");
    List<EstablishmentKind> kinds =
        java.util.Arrays.asList(
            null,
            EstablishmentKind.COLLEGE,
            EstablishmentKind.LYCEE,
            EstablishmentKind.ECOLE_ELEMENTAIRE,
            EstablishmentKind.ECOLE_MATERNELLE);
    int withVisits = 0;
    for (int i = 0; i < 300; i++) {
      PairingRequest base = RandomNetworks.randomRequest(random, 2, 30);
      List<Volunteer> placed = new ArrayList<>();
      for (Volunteer v : base.volunteers()) {
        placed.add(
            v.inTerritory(
                zones.get(random.nextInt(zones.size())),
                null,
                kinds.get(random.nextInt(kinds.size()))));
      }
      ZonePolicy policy = ZonePolicy.values()[random.nextInt(ZonePolicy.values().length)];
      PairingRequest request =
          new PairingRequest(
              placed,
              base.earlierPairs(),
              base.forbiddenPairs(),
              base.forcedPairs(),
              base.weights(),
              policy,
              random.nextBoolean());
      PairingProposal expected = jgrapht.propose(request);
      for (PairingAlgorithm tested : List.of(algorithm, tiny)) {
        PairingProposal got = tested.propose(request);
        assertThat(got.visits()).as("network %d: visits", i).hasSize(expected.visits().size());
        assertThat(totalCost(request, got))
            .as("network %d: cost", i)
            .isEqualTo(totalCost(request, expected));
        assertTerritoryRules(request, got);
      }
      withVisits += expected.visits().isEmpty() ? 0 : 1;
    }
    assertThat(withVisits).isGreaterThan(100);
  }

  private static long totalCost(PairingRequest request, PairingProposal proposal) {
    PairingCosts costs = new PairingCosts(request.weights(), request.zonePolicy());
    Map<String, Volunteer> byId = RandomNetworks.byId(request);
    long total = 0;
    for (ProposedVisit visit : proposal.visits()) {
      total += costs.candidate(byId.get(visit.visitor()), byId.get(visit.host())).costMilli();
    }
    return total;
  }

  private static void assertTerritoryRules(PairingRequest request, PairingProposal proposal) {
    PairingRules rules =
        new PairingRules(
            request.earlierPairs(),
            request.forbiddenPairs(),
            request.zonePolicy(),
            request.interDegree());
    Map<String, Volunteer> byId = RandomNetworks.byId(request);
    for (ProposedVisit visit : proposal.visits()) {
      if (request.forcedPairs().contains(new PairKey(visit.visitor(), visit.host()))) {
        continue; // the coordination's choice wins
      }
      assertThat(rules.structural(byId.get(visit.visitor()), byId.get(visit.host())))
          .as("%s → %s", visit.visitor(), visit.host())
          .isNull();
    }
  }
}
