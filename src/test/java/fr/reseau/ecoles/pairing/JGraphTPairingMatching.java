package fr.reseau.ecoles.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The reference solver, kept in test scope: the production matcher up to issue 17, a maximum weight
 * matching (JGraphT's {@code MaximumWeightBipartiteMatching}) on the complete bipartite graph
 * "visitor roles × host roles" of admissible pairs with edge weight {@code M − cost}, {@code M}
 * large enough that one more visit always weighs more. Memory and time grow with n²: usable up to
 * about a thousand volunteers. The tests and the benchmark compare {@link PairingMatching} with it.
 */
final class JGraphTPairingMatching implements PairingMatcher {

  /** Largest integer such that every smaller integer is exactly representable as a double. */
  private static final long MAX_EXACT_DOUBLE_INTEGER = 1L << 53;

  /** A role node of the bipartite graph. */
  private record Node(String userId, boolean visitorSide) {}

  @Override
  public List<PairingCandidate> optimalMatching(
      List<Volunteer> freeVisitors,
      List<Volunteer> freeHosts,
      PairingRules rules,
      PairingCosts costs) {
    List<PairingCandidate> candidates = new ArrayList<>();
    for (Volunteer visitor : freeVisitors) {
      for (Volunteer host : freeHosts) {
        if (!visitor.userId().equals(host.userId()) && rules.block(visitor, host) == null) {
          candidates.add(costs.candidate(visitor, host));
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    long minCost = Long.MAX_VALUE;
    long maxCost = Long.MIN_VALUE;
    for (PairingCandidate c : candidates) {
      minCost = Math.min(minCost, c.costMilli());
      maxCost = Math.max(maxCost, c.costMilli());
    }
    // A matching has at most k edges. With M = maxCost + k (maxCost − minCost) + 1, every edge
    // weight M − cost is ≥ 1, and any matching of s + 1 ≤ k edges weighs at least
    // (s + 1)(M − maxCost) > s (M − minCost), the most s edges can weigh: more visits always win,
    // then, at equal number of visits, the lowest total cost.
    long k = Math.min(freeVisitors.size(), freeHosts.size());
    long big;
    try {
      big =
          Math.addExact(
              Math.addExact(maxCost, Math.multiplyExact(k, Math.subtractExact(maxCost, minCost))),
              1);
    } catch (ArithmeticException e) {
      throw PairingCosts.tooLarge();
    }
    if (big - minCost >= MAX_EXACT_DOUBLE_INTEGER) {
      throw PairingCosts.tooLarge();
    }

    Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Node> visitorSide = new LinkedHashSet<>();
    Set<Node> hostSide = new LinkedHashSet<>();
    for (Volunteer v : freeVisitors) {
      Node node = new Node(v.userId(), true);
      graph.addVertex(node);
      visitorSide.add(node);
    }
    for (Volunteer h : freeHosts) {
      Node node = new Node(h.userId(), false);
      graph.addVertex(node);
      hostSide.add(node);
    }
    Map<DefaultWeightedEdge, PairingCandidate> candidateOf = new HashMap<>();
    for (PairingCandidate c : candidates) {
      DefaultWeightedEdge edge =
          graph.addEdge(new Node(c.visitor().userId(), true), new Node(c.host().userId(), false));
      graph.setEdgeWeight(edge, (double) (big - c.costMilli()));
      candidateOf.put(edge, c);
    }
    MatchingAlgorithm.Matching<Node, DefaultWeightedEdge> matching =
        new MaximumWeightBipartiteMatching<>(graph, visitorSide, hostSide).getMatching();
    List<PairingCandidate> chosen = new ArrayList<>();
    for (DefaultWeightedEdge edge : matching.getEdges()) {
      chosen.add(candidateOf.get(edge));
    }
    return chosen;
  }
}
