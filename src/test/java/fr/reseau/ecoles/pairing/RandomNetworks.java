package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.reseau.ecoles.network.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random networks of volunteers, an independent checker of the hard rules and a brute-force
 * optimum, for the property tests of {@link PairingAlgorithm}.
 */
final class RandomNetworks {

  private RandomNetworks() {}

  /** Builds a random request: establishments around Vaison-la-Romaine, random roles and pairs. */
  static PairingRequest randomRequest(Random random, int minVolunteers, int maxVolunteers) {
    int n = minVolunteers + random.nextInt(maxVolunteers - minVolunteers + 1);
    int establishments = 1 + random.nextInt(6);
    double[][] coordinates = new double[establishments][2];
    for (int e = 0; e < establishments; e++) {
      coordinates[e][0] = 43.9 + random.nextDouble() * 0.7;
      coordinates[e][1] = 4.8 + random.nextDouble() * 0.8;
    }
    List<Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int e = random.nextInt(establishments);
      int role = random.nextInt(20);
      boolean canVisit = role < 7 || role >= 13 && role < 19;
      boolean canHost = role >= 7 && role < 19;
      // role 19: offers nothing (a degenerate declaration the algorithm must survive)
      volunteers.add(
          new Volunteer(
              String.format("u%02d", i),
              "Documentaliste " + i,
              "E" + e,
              "Établissement " + e,
              coordinates[e][0],
              coordinates[e][1],
              canVisit,
              canHost,
              randomThemes(random),
              randomThemes(random),
              random.nextInt(5) == 0));
    }
    Set<PairKey> earlier = new HashSet<>();
    Set<PairKey> forbidden = new HashSet<>();
    for (Volunteer a : volunteers) {
      for (Volunteer b : volunteers) {
        if (a != b && random.nextInt(10) == 0) {
          earlier.add(new PairKey(a.userId(), b.userId()));
        }
        if (a != b && random.nextInt(16) == 0) {
          forbidden.add(new PairKey(a.userId(), b.userId()));
        }
      }
    }
    List<PairKey> forced = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      int wanted = 1 + random.nextInt(2);
      List<PairKey> valid = new ArrayList<>();
      for (Volunteer v : volunteers) {
        for (Volunteer h : volunteers) {
          PairKey key = new PairKey(v.userId(), h.userId());
          if (v != h
              && v.canVisit()
              && h.canHost()
              && !v.establishmentCode().equals(h.establishmentCode())
              && !forbidden.contains(key)) {
            valid.add(key);
          }
        }
      }
      while (forced.size() < wanted && !valid.isEmpty()) {
        PairKey pick = valid.remove(random.nextInt(valid.size()));
        boolean free =
            forced.stream()
                .noneMatch(f -> f.visitor().equals(pick.visitor()) || f.host().equals(pick.host()));
        if (free) {
          forced.add(pick);
        }
      }
    }
    PairingWeights weights =
        random.nextBoolean()
            ? PairingWeights.defaults()
            : new PairingWeights(random.nextInt(300) / 10.0, random.nextInt(400) / 10.0);
    return new PairingRequest(volunteers, earlier, forbidden, forced, weights);
  }

  private static Set<String> randomThemes(Random random) {
    Set<String> codes = new LinkedHashSet<>();
    for (Theme theme : Theme.values()) {
      if (random.nextInt(4) == 0) {
        codes.add(theme.code());
      }
    }
    return codes;
  }

  /** Whether the pair may be proposed by the optimisation (forced pairs aside). */
  static boolean allowed(PairingRequest request, Volunteer visitor, Volunteer host) {
    PairKey key = new PairKey(visitor.userId(), host.userId());
    return visitor.canVisit()
        && host.canHost()
        && !visitor.userId().equals(host.userId())
        && !visitor.establishmentCode().equals(host.establishmentCode())
        && !request.earlierPairs().contains(key)
        && !request.forbiddenPairs().contains(key);
  }

  /** Distance rounded to 0.1 km, computed here independently of the algorithm's rounding. */
  static double roundedDistance(Volunteer a, Volunteer b) {
    return Math.round(
            Distances.haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) * 10)
        / 10.0;
  }

  /** Cost of a visit, straight from the specification. */
  static double cost(PairingRequest request, Volunteer visitor, Volunteer host) {
    Set<String> covered = new HashSet<>(visitor.needs());
    covered.retainAll(host.strengths());
    return roundedDistance(visitor, host)
        - request.weights().kmPerCoveredNeed() * covered.size()
        - request.weights().kmForPpcr() * (visitor.ppcrPlanned() ? 1 : 0)
        - request.weights().kmForPpcr() * (host.ppcrPlanned() ? 1 : 0);
  }

  static Map<String, Volunteer> byId(PairingRequest request) {
    Map<String, Volunteer> byId = new HashMap<>();
    request.volunteers().forEach(v -> byId.put(v.userId(), v));
    return byId;
  }

  /** Total cost of a proposal, computed from the specification. */
  static double totalCost(PairingRequest request, PairingProposal proposal) {
    Map<String, Volunteer> byId = byId(request);
    return proposal.visits().stream()
        .mapToDouble(v -> cost(request, byId.get(v.visitor()), byId.get(v.host())))
        .sum();
  }

  /** Asserts every hard rule and the output conventions. */
  static void assertHardRules(PairingRequest request, PairingProposal proposal) {
    Map<String, Volunteer> byId = byId(request);
    Set<String> visitors = new HashSet<>();
    Set<String> hosts = new HashSet<>();
    Set<PairKey> pairs = new HashSet<>();
    for (ProposedVisit visit : proposal.visits()) {
      Volunteer visitor = byId.get(visit.visitor());
      Volunteer host = byId.get(visit.host());
      PairKey key = new PairKey(visit.visitor(), visit.host());
      boolean forced = request.forcedPairs().contains(key);
      assertThat(visitor).as("visitor of %s", key).isNotNull();
      assertThat(host).as("host of %s", key).isNotNull();
      assertThat(visit.visitor()).as("self visit").isNotEqualTo(visit.host());
      assertThat(visitor.establishmentCode())
          .as("same establishment %s", key)
          .isNotEqualTo(host.establishmentCode());
      assertThat(visitor.canVisit()).as("%s offered to visit", visit.visitor()).isTrue();
      assertThat(host.canHost()).as("%s offered to host", visit.host()).isTrue();
      assertThat(visitors.add(visit.visitor())).as("%s visits once", visit.visitor()).isTrue();
      assertThat(hosts.add(visit.host())).as("%s hosts once", visit.host()).isTrue();
      assertThat(request.forbiddenPairs()).as("forbidden pairs").doesNotContain(key);
      if (!forced) {
        assertThat(request.earlierPairs()).as("earlier pairs").doesNotContain(key);
      }
      pairs.add(key);

      assertThat(visit.visitorName()).isEqualTo(visitor.displayName());
      assertThat(visit.hostName()).isEqualTo(host.displayName());
      assertThat(visit.visitorEstablishment()).isEqualTo(visitor.establishmentCode());
      assertThat(visit.hostEstablishment()).isEqualTo(host.establishmentCode());
      assertThat(visit.visitorEstablishmentName()).isEqualTo(visitor.establishmentName());
      assertThat(visit.hostEstablishmentName()).isEqualTo(host.establishmentName());
      assertThat(visit.distanceKm()).isCloseTo(roundedDistance(visitor, host), within(1e-9));
      assertThat(visit.score()).isCloseTo(cost(request, visitor, host), within(0.05 + 1e-9));
      assertThat(visit.reasons()).contains(" km");
      assertThat(visit.reasons().startsWith("binôme imposé par la coordination")).isEqualTo(forced);
    }
    assertThat(pairs).as("forced pairs").containsAll(request.forcedPairs());

    // Maximality: no free visitor role could still visit a free host role.
    for (Volunteer v : request.volunteers()) {
      for (Volunteer h : request.volunteers()) {
        if (!visitors.contains(v.userId()) && !hosts.contains(h.userId())) {
          assertThat(allowed(request, v, h))
              .as("%s → %s could be added", v.userId(), h.userId())
              .isFalse();
        }
      }
    }

    // Unpaired: exactly the volunteers without any visit, sorted, with a reason.
    List<String> expectedUnpaired =
        request.volunteers().stream()
            .map(Volunteer::userId)
            .filter(id -> !visitors.contains(id) && !hosts.contains(id))
            .sorted()
            .toList();
    assertThat(proposal.unpaired())
        .extracting(UnpairedVolunteer::volunteer)
        .isEqualTo(expectedUnpaired);
    for (UnpairedVolunteer u : proposal.unpaired()) {
      assertThat(u.volunteerName()).isEqualTo(byId.get(u.volunteer()).displayName());
      assertThat(u.reason()).isNotBlank();
    }

    // Visits sorted by visitor then host.
    assertThat(proposal.visits())
        .isSortedAccordingTo(
            Comparator.comparing(ProposedVisit::visitor).thenComparing(ProposedVisit::host));
  }

  /** Number of visits and total cost of an optimal proposal, by exhaustive search. */
  record Optimum(int visits, double cost) {}

  static Optimum bruteForce(PairingRequest request) {
    Map<String, Volunteer> byId = byId(request);
    Set<String> forcedVisitors = new HashSet<>();
    Set<String> forcedHosts = new HashSet<>();
    double forcedCost = 0;
    for (PairKey f : request.forcedPairs()) {
      forcedVisitors.add(f.visitor());
      forcedHosts.add(f.host());
      forcedCost += cost(request, byId.get(f.visitor()), byId.get(f.host()));
    }
    List<Volunteer> visitors =
        request.volunteers().stream()
            .filter(v -> v.canVisit() && !forcedVisitors.contains(v.userId()))
            .toList();
    List<Volunteer> hosts =
        request.volunteers().stream()
            .filter(v -> v.canHost() && !forcedHosts.contains(v.userId()))
            .toList();
    double[] best = {-1, Double.POSITIVE_INFINITY};
    search(request, visitors, hosts, 0, new boolean[hosts.size()], 0, 0, best);
    return new Optimum(request.forcedPairs().size() + (int) best[0], forcedCost + best[1]);
  }

  private static void search(
      PairingRequest request,
      List<Volunteer> visitors,
      List<Volunteer> hosts,
      int index,
      boolean[] usedHosts,
      int count,
      double cost,
      double[] best) {
    if (index == visitors.size()) {
      if (count > best[0] || count == best[0] && cost < best[1] - 1e-9) {
        best[0] = count;
        best[1] = cost;
      }
      return;
    }
    Volunteer visitor = visitors.get(index);
    search(request, visitors, hosts, index + 1, usedHosts, count, cost, best);
    for (int h = 0; h < hosts.size(); h++) {
      if (!usedHosts[h] && allowed(request, visitor, hosts.get(h))) {
        usedHosts[h] = true;
        search(
            request,
            visitors,
            hosts,
            index + 1,
            usedHosts,
            count + 1,
            cost + cost(request, visitor, hosts.get(h)),
            best);
        usedHosts[h] = false;
      }
    }
  }
}
