package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of {@link PairingAlgorithm} on seeded random networks. */
class PairingPropertiesTest {

  private final PairingAlgorithm algorithm = new PairingAlgorithm();

  @Test
  void hardRulesHoldOnRandomNetworks() {
    Random random = new Random(20260901L);
    int withForcedPairs = 0;
    int withEarlierForcedPairs = 0;
    int visits = 0;
    int unpaired = 0;
    for (int i = 0; i < 300; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 14);
      PairingProposal proposal = algorithm.propose(request);

      RandomNetworks.assertHardRules(request, proposal);

      withForcedPairs += request.forcedPairs().isEmpty() ? 0 : 1;
      withEarlierForcedPairs +=
          request.forcedPairs().stream().anyMatch(request.earlierPairs()::contains) ? 1 : 0;
      visits += proposal.visits().size();
      unpaired += proposal.unpaired().size();
    }
    // The generator really exercises the interesting cases.
    assertThat(withForcedPairs).isGreaterThan(50);
    assertThat(withEarlierForcedPairs).isPositive();
    assertThat(visits).isGreaterThan(300);
    assertThat(unpaired).isGreaterThan(50);
  }

  @Test
  void numberOfVisitsAndTotalCostAreOptimal() {
    Random random = new Random(4242L);
    int nonTrivial = 0;
    for (int i = 0; i < 300; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 7);
      PairingProposal proposal = algorithm.propose(request);
      RandomNetworks.Optimum optimum = RandomNetworks.bruteForce(request);

      assertThat(proposal.visits()).as("network %d: number of visits", i).hasSize(optimum.visits());
      assertThat(RandomNetworks.totalCost(request, proposal))
          .as("network %d: total cost", i)
          .isCloseTo(optimum.cost(), within(1e-6));
      nonTrivial += optimum.visits() >= 2 ? 1 : 0;
    }
    assertThat(nonTrivial).isGreaterThan(100);
  }

  @Test
  void moreVisitsWinOverShorterDistancesEvenWithHugeWeights() {
    // Large weights widen the cost range: the big constant must still favour cardinality.
    Random random = new Random(77L);
    for (int i = 0; i < 100; i++) {
      PairingRequest base = RandomNetworks.randomRequest(random, 2, 7);
      PairingRequest request =
          new PairingRequest(
              base.volunteers(),
              base.earlierPairs(),
              base.forbiddenPairs(),
              base.forcedPairs(),
              new PairingWeights(random.nextInt(5000), random.nextInt(5000)));
      PairingProposal proposal = algorithm.propose(request);
      RandomNetworks.Optimum optimum = RandomNetworks.bruteForce(request);

      RandomNetworks.assertHardRules(request, proposal);
      assertThat(proposal.visits()).hasSize(optimum.visits());
      assertThat(RandomNetworks.totalCost(request, proposal))
          .isCloseTo(optimum.cost(), within(1e-6));
    }
  }

  @Test
  void sameRequestGivesTheSameProposal() {
    Random random = new Random(99L);
    for (int i = 0; i < 100; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 14);

      PairingProposal first = algorithm.propose(request);
      PairingProposal second = new PairingAlgorithm().propose(request);

      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void orderOfTheInputDoesNotMatter() {
    Random random = new Random(123L);
    int withTies = 0;
    for (int i = 0; i < 100; i++) {
      PairingRequest request = RandomNetworks.randomRequest(random, 2, 14);
      // Volunteers of the same establishment share coordinates, so ties are frequent: a
      // determinism bug would show.
      withTies += request.volunteers().size() > 8 ? 1 : 0;

      List<Volunteer> volunteers = new ArrayList<>(request.volunteers());
      Collections.shuffle(volunteers, random);
      List<PairKey> forced = new ArrayList<>(request.forcedPairs());
      Collections.shuffle(forced, random);
      PairingRequest shuffled =
          new PairingRequest(
              volunteers,
              shuffledSet(request.earlierPairs(), random),
              shuffledSet(request.forbiddenPairs(), random),
              forced,
              request.weights());

      assertThat(algorithm.propose(shuffled)).isEqualTo(algorithm.propose(request));
    }
    assertThat(withTies).isPositive();
  }

  @Test
  void largeNetworkIsPairedCompletely() {
    Random random = new Random(5L);
    List<Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int establishment = i / 2;
      volunteers.add(
          new Volunteer(
              String.format("u%03d", i),
              "Documentaliste " + i,
              "E" + establishment,
              "Établissement " + establishment,
              43.9 + (establishment % 8) * 0.09,
              4.8 + (establishment / 8) * 0.06,
              true,
              true,
              random.nextBoolean() ? Set.of("digital") : Set.of("guidance", "info-literacy"),
              random.nextBoolean() ? Set.of("info-literacy") : Set.of("digital", "guidance"),
              random.nextInt(4) == 0));
    }
    PairingRequest request = new PairingRequest(volunteers, Set.of(), Set.of(), List.of(), null);

    PairingProposal proposal = algorithm.propose(request);

    RandomNetworks.assertHardRules(request, proposal);
    // Everybody offers both roles and has partners in 59 other establishments: all are paired
    // twice.
    assertThat(proposal.visits()).hasSize(120);
    assertThat(proposal.unpaired()).isEmpty();
  }

  private static <T> Set<T> shuffledSet(Set<T> set, Random random) {
    List<T> list = new ArrayList<>(set);
    Collections.shuffle(list, random);
    return random.nextBoolean() ? new LinkedHashSet<>(list) : new HashSet<>(list);
  }
}
