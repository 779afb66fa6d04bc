package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sparse solver ({@link PairingMatching}) against the old JGraphT one ({@link
 * JGraphTPairingMatching}, test scope) and the dense Hungarian reference: same number of visits and
 * same total cost (in thousandths of km, exact) on many random networks.
 */
class PairingReferenceTest {

  private final PairingAlgorithm jgrapht = new PairingAlgorithm(new JGraphTPairingMatching());
  private final PairingAlgorithm dense = new PairingAlgorithm(new DenseHungarianMatching());

  @Test
  void sameOptimumAsTheOldSolverOnSmallRandomNetworks() {
    Random random = new Random(170017L);
    PairingAlgorithm sparse = new PairingAlgorithm();
    int withVisits = 0;
    for (int i = 0; i < 300; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 30);
      withVisits += assertSameOptimum("small network " + i, request, sparse, jgrapht) > 0 ? 1 : 0;
    }
    assertThat(withVisits).isGreaterThan(200);
  }

  @Test
  void sameOptimumOnRealisticCampaigns() {
    PairingAlgorithm sparse = new PairingAlgorithm();
    for (long seed = 1; seed <= 4; seed++) {
      int size = 40 + (int) (seed * 30);
      PairingRequest request = FrenchNetworks.campaign(size, seed);
      assertThat(assertSameOptimum("campaign " + seed, request, sparse, jgrapht))
          .isGreaterThan(size / 3);
    }
  }

  /**
   * With one candidate per row and none per column, the first graph is far from enough: the optimum
   * then rests on the certificate, which must add edges over several rounds.
   */
  @Test
  void theCertificateFindsTheOptimumFromATinyGraph() {
    List<PairingMatching.Stats> runs = new ArrayList<>();
    PairingAlgorithm tiny = new PairingAlgorithm(new PairingMatching(1, 0, runs::add));
    Random random = new Random(99L);
    for (int i = 0; i < 150; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 30);
      assertSameOptimum("small network " + i, request, tiny, dense);
    }
    for (long seed = 1; seed <= 3; seed++) {
      assertSameOptimum("campaign " + seed, FrenchNetworks.campaign(250, seed), tiny, dense);
    }
    assertThat(runs.stream().filter(s -> s.rounds() >= 3).count()).isGreaterThan(3);
    assertThat(runs.stream().filter(s -> s.finalEdges() > s.initialEdges()).count())
        .isGreaterThan(50);
  }

  @Test
  void distanceRoundingEqualsTheDecimalRounding() {
    Random random = new Random(5L);
    for (int i = 0; i < 200_000; i++) {
      double km =
          switch (i % 3) {
            case 0 -> random.nextDouble() * 1200;
            case 1 -> (random.nextInt(2_000_000) + 0.5) / 10.0; // ties, as decimals
            default ->
                Math.nextAfter((random.nextInt(20_000) + 0.05), random.nextBoolean() ? 0 : 1e9);
          };
      long expected =
          BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
      assertThat(PairingCosts.distanceTenths(km)).as("%s km", km).isEqualTo(expected);
    }
  }

  /** Asserts the same number of visits and total cost; returns the number of visits. */
  private static int assertSameOptimum(
      String what, PairingRequest request, PairingAlgorithm tested, PairingAlgorithm reference) {
    PairingProposal got = tested.propose(request);
    PairingProposal expected = reference.propose(request);
    RandomNetworks.assertHardRules(request, got);
    assertThat(got.visits()).as("%s: number of visits", what).hasSize(expected.visits().size());
    assertThat(totalCostMilli(request, got))
        .as("%s: total cost", what)
        .isEqualTo(totalCostMilli(request, expected));
    return got.visits().size();
  }

  private static long totalCostMilli(PairingRequest request, PairingProposal proposal) {
    PairingCosts costs = new PairingCosts(request.weights());
    Map<String, Volunteer> byId = RandomNetworks.byId(request);
    long total = 0;
    for (ProposedVisit visit : proposal.visits()) {
      total += costs.candidate(byId.get(visit.visitor()), byId.get(visit.host())).costMilli();
    }
    return total;
  }
}
