package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.network.Theme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Proposes the visits of a campaign: among the proposals with the most visits, one with the lowest
 * total cost.
 *
 * <p>Cost of a visit {@code visitor → host}, in km: {@code distanceKm − kmPerCoveredNeed × |visitor
 * needs ∩ host strengths| − kmForPpcr × (number of the two preparing a PPCR)}, where {@code
 * distanceKm} is the great-circle distance rounded to 0.1 km.
 *
 * <p>Hard rules: nobody is paired with themselves or with someone of the same establishment; each
 * volunteer visits at most once and hosts at most once, only in the roles offered; pairs of earlier
 * years and pairs excluded by the coordination are never proposed; pairs imposed by the
 * coordination always are (they win over earlier years).
 *
 * <p>Method: the forced pairs are set aside, then a maximum weight matching is computed on the
 * bipartite graph "visitor roles × host roles" (a volunteer offering both roles has one node on
 * each side) with edge weight {@code M − cost}. Costs are integers in thousandths of km, so the
 * weights are exact in JGraphT's {@code BigDecimal} arithmetic, and {@code M} is large enough that
 * a matching with one more edge always weighs more: the maximum weight matching is a maximum
 * cardinality matching of minimum total cost.
 *
 * <p>Deterministic: volunteers are sorted by user id and the graph is built in that order, so the
 * same request (whatever the order of its lists and sets) always gives the same proposal; among
 * equally good proposals, the one found first by JGraphT on that ordered graph is kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class PairingAlgorithm {

  /** Costs are computed in thousandths of km. */
  private static final long MILLI_PER_KM = 1000;

  /** Largest integer such that every smaller integer is exactly representable as a double. */
  private static final long MAX_EXACT_DOUBLE_INTEGER = 1L << 53;

  static final String REASON_FORCED = "binôme imposé par la coordination";
  static final String REASON_FORCED_EARLIER =
      "binôme imposé par la coordination, déjà formé une année précédente";
  static final String REASON_VISITOR_PPCR = "visiteur·se prépare un rendez-vous de carrière";
  static final String REASON_HOST_PPCR = "accueillant·e prépare un rendez-vous de carrière";

  public PairingProposal propose(PairingRequest request) {
    Objects.requireNonNull(request, "request");
    return new Run(request).propose();
  }

  /** Why a (visitor, host) pair is impossible, in the order reasons are reported. */
  private enum Block {
    SAME_ESTABLISHMENT("du même établissement"),
    EARLIER("déjà rencontrés les années précédentes"),
    FORBIDDEN("exclus par la coordination");

    private final String text;

    Block(String text) {
      this.text = text;
    }
  }

  /** A role node of the bipartite graph. */
  private record Node(String userId, boolean visitorSide) {}

  /** A possible visit with its cost. */
  private record Candidate(
      Volunteer visitor,
      Volunteer host,
      long distanceTenths,
      List<String> coveredNeeds,
      long costMilli) {}

  /** The state of one call to {@link #propose(PairingRequest)}. */
  private static final class Run {

    private final List<Volunteer> volunteers;
    private final Map<String, Volunteer> byId = new LinkedHashMap<>();
    private final Set<PairKey> earlierPairs;
    private final Set<PairKey> forbiddenPairs;
    private final List<PairKey> requestedForcedPairs;
    private final long milliPerCoveredNeed;
    private final long milliForPpcr;

    Run(PairingRequest request) {
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
                  + describe(v)
                  + " : "
                  + v.latitude()
                  + ", "
                  + v.longitude());
        }
        if (byId.putIfAbsent(v.userId(), v) != null) {
          throw new IllegalArgumentException("Volontaire en double : " + v.userId());
        }
      }
      this.earlierPairs = request.earlierPairs();
      this.forbiddenPairs = request.forbiddenPairs();
      this.requestedForcedPairs = request.forcedPairs();
      PairingWeights weights = request.weights();
      this.milliPerCoveredNeed = toMilli(weights.kmPerCoveredNeed(), "kmPerCoveredNeed");
      this.milliForPpcr = toMilli(weights.kmForPpcr(), "kmForPpcr");
    }

    PairingProposal propose() {
      List<Candidate> forced = forcedVisits();
      Set<String> forcedVisitors = new LinkedHashSet<>();
      Set<String> forcedHosts = new LinkedHashSet<>();
      for (Candidate c : forced) {
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

      List<Candidate> candidates = new ArrayList<>();
      for (Volunteer visitor : freeVisitors) {
        for (Volunteer host : freeHosts) {
          if (!visitor.userId().equals(host.userId()) && block(visitor, host) == null) {
            candidates.add(candidate(visitor, host));
          }
        }
      }

      List<ProposedVisit> visits = new ArrayList<>();
      for (Candidate c : forced) {
        visits.add(toVisit(c, true));
      }
      for (Candidate c : optimalMatching(freeVisitors, freeHosts, candidates)) {
        visits.add(toVisit(c, false));
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
          unpaired.add(new UnpairedVolunteer(v.userId(), nameOf(v), unpairedReason(v)));
        }
      }
      return new PairingProposal(visits, unpaired);
    }

    // ---------------------------------------------------------------- forced pairs

    private List<Candidate> forcedVisits() {
      Map<String, PairKey> byVisitor = new HashMap<>();
      Map<String, PairKey> byHost = new HashMap<>();
      List<Candidate> forced = new ArrayList<>();
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
          throw impossible(pair, nameOf(visitor) + " ne s'est pas proposé·e pour visiter");
        }
        if (!host.canHost()) {
          throw impossible(pair, nameOf(host) + " ne s'est pas proposé·e pour accueillir");
        }
        if (sameEstablishment(visitor, host)) {
          throw impossible(
              pair,
              "les deux volontaires sont du même établissement ("
                  + establishmentLabel(visitor)
                  + ")");
        }
        if (forbiddenPairs.contains(pair)) {
          throw impossible(pair, "ce binôme est aussi exclu par la coordination");
        }
        PairKey otherVisit = byVisitor.putIfAbsent(pair.visitor(), pair);
        if (otherVisit != null) {
          throw impossible(
              pair,
              nameOf(visitor)
                  + " a déjà une visite imposée ("
                  + arrow(otherVisit)
                  + ") et ne visite qu'une fois");
        }
        PairKey otherHosting = byHost.putIfAbsent(pair.host(), pair);
        if (otherHosting != null) {
          throw impossible(
              pair,
              nameOf(host)
                  + " accueille déjà dans un binôme imposé ("
                  + arrow(otherHosting)
                  + ") et n'accueille qu'une fois");
        }
        forced.add(candidate(visitor, host));
      }
      return forced;
    }

    private IllegalArgumentException impossible(PairKey pair, String why) {
      return new IllegalArgumentException(
          "Binôme imposé impossible : " + arrow(pair) + " : " + why);
    }

    private String arrow(PairKey pair) {
      return who(pair.visitor()) + " → " + who(pair.host());
    }

    private String who(String userId) {
      Volunteer v = userId == null ? null : byId.get(userId);
      return v == null ? String.valueOf(userId) : describe(v);
    }

    // ---------------------------------------------------------------- optimisation

    private List<Candidate> optimalMatching(
        List<Volunteer> freeVisitors, List<Volunteer> freeHosts, List<Candidate> candidates) {
      if (candidates.isEmpty()) {
        return List.of();
      }
      long minCost = Long.MAX_VALUE;
      long maxCost = Long.MIN_VALUE;
      for (Candidate c : candidates) {
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
        throw tooLarge();
      }
      if (big - minCost >= MAX_EXACT_DOUBLE_INTEGER) {
        throw tooLarge();
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
      Map<DefaultWeightedEdge, Candidate> candidateOf = new HashMap<>();
      for (Candidate c : candidates) {
        DefaultWeightedEdge edge =
            graph.addEdge(new Node(c.visitor().userId(), true), new Node(c.host().userId(), false));
        graph.setEdgeWeight(edge, (double) (big - c.costMilli()));
        candidateOf.put(edge, c);
      }
      MatchingAlgorithm.Matching<Node, DefaultWeightedEdge> matching =
          new MaximumWeightBipartiteMatching<>(graph, visitorSide, hostSide).getMatching();
      List<Candidate> chosen = new ArrayList<>();
      for (DefaultWeightedEdge edge : matching.getEdges()) {
        chosen.add(candidateOf.get(edge));
      }
      return chosen;
    }

    private static IllegalArgumentException tooLarge() {
      return new IllegalArgumentException(
          "Poids d'appariement trop grands : impossible de calculer les binômes exactement");
    }

    private Candidate candidate(Volunteer visitor, Volunteer host) {
      double km =
          Distances.haversineKm(
              visitor.latitude(), visitor.longitude(), host.latitude(), host.longitude());
      long distanceTenths =
          BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
      List<String> covered = coveredNeeds(visitor, host);
      int ppcr = (visitor.ppcrPlanned() ? 1 : 0) + (host.ppcrPlanned() ? 1 : 0);
      long cost;
      try {
        cost =
            Math.subtractExact(
                Math.subtractExact(
                    Math.multiplyExact(distanceTenths, MILLI_PER_KM / 10),
                    Math.multiplyExact(milliPerCoveredNeed, covered.size())),
                Math.multiplyExact(milliForPpcr, ppcr));
      } catch (ArithmeticException e) {
        throw tooLarge();
      }
      return new Candidate(visitor, host, distanceTenths, covered, cost);
    }

    /** Needs of the visitor that are strengths of the host: Theme order, then unknown codes. */
    private static List<String> coveredNeeds(Volunteer visitor, Volunteer host) {
      Set<String> common = new TreeSet<>();
      for (String need : visitor.needs()) {
        if (need != null && host.strengths().contains(need)) {
          common.add(need);
        }
      }
      List<String> ordered = new ArrayList<>();
      for (Theme theme : Theme.values()) {
        if (common.remove(theme.code())) {
          ordered.add(theme.code());
        }
      }
      ordered.addAll(common);
      return ordered;
    }

    private static long toMilli(double km, String name) {
      if (!Double.isFinite(km) || km < 0 || km > 1_000_000) {
        throw new IllegalArgumentException(
            "Poids d'appariement invalide : "
                + name
                + " = "
                + km
                + " (un nombre de km entre 0 et 1 000 000 est attendu)");
      }
      return Math.round(km * MILLI_PER_KM);
    }

    // ---------------------------------------------------------------- rules

    /**
     * Why {@code visitor → host} cannot be proposed (roles and self excepted), or {@code null} if
     * it can. Forced pairs are checked separately: they win over earlier years.
     */
    private Block block(Volunteer visitor, Volunteer host) {
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

    private static boolean sameEstablishment(Volunteer a, Volunteer b) {
      String code = a.establishmentCode();
      return code != null && !code.isBlank() && code.equals(b.establishmentCode());
    }

    // ---------------------------------------------------------------- texts

    private ProposedVisit toVisit(Candidate c, boolean forced) {
      Volunteer visitor = c.visitor();
      Volunteer host = c.host();
      List<String> parts = new ArrayList<>();
      if (forced) {
        parts.add(
            earlierPairs.contains(new PairKey(visitor.userId(), host.userId()))
                ? REASON_FORCED_EARLIER
                : REASON_FORCED);
      }
      parts.add(frenchDecimal(c.distanceTenths(), 1) + " km");
      if (!c.coveredNeeds().isEmpty()) {
        String labels =
            c.coveredNeeds().stream()
                .map(code -> Theme.fromCode(code).map(Theme::shortLabel).orElse(code))
                .collect(Collectors.joining(", "));
        parts.add(
            (c.coveredNeeds().size() == 1 ? "besoin couvert : " : "besoins couverts : ") + labels);
      }
      if (visitor.ppcrPlanned()) {
        parts.add(REASON_VISITOR_PPCR);
      }
      if (host.ppcrPlanned()) {
        parts.add(REASON_HOST_PPCR);
      }
      double score =
          BigDecimal.valueOf(c.costMilli(), 3).setScale(1, RoundingMode.HALF_UP).doubleValue();
      return new ProposedVisit(
          visitor.userId(),
          host.userId(),
          nameOf(visitor),
          nameOf(host),
          visitor.establishmentCode(),
          host.establishmentCode(),
          visitor.establishmentName(),
          host.establishmentName(),
          c.distanceTenths() / 10.0,
          score,
          String.join(" ; ", parts));
    }

    /**
     * Why a volunteer got no visit. Either nobody could ever be their partner (and why), or every
     * possible partner is already taken: in a maximum matching, a free possible partner would have
     * been paired with them.
     */
    private String unpairedReason(Volunteer v) {
      if (!v.canVisit() && !v.canHost()) {
        return "Ne s'est proposé·e ni pour visiter ni pour accueillir";
      }
      Set<String> possiblePartners = new LinkedHashSet<>();
      Set<Block> blocks = new TreeSet<>();
      boolean anyCounterpart = false;
      for (Volunteer other : volunteers) {
        if (other.userId().equals(v.userId())) {
          continue;
        }
        if (v.canVisit() && other.canHost()) {
          anyCounterpart = true;
          Block block = block(v, other);
          if (block == null) {
            possiblePartners.add(other.userId());
          } else {
            blocks.add(block);
          }
        }
        if (v.canHost() && other.canVisit()) {
          anyCounterpart = true;
          Block block = block(other, v);
          if (block == null) {
            possiblePartners.add(other.userId());
          } else {
            blocks.add(block);
          }
        }
      }

      boolean both = v.canVisit() && v.canHost();
      if (!possiblePartners.isEmpty()) {
        String header =
            both
                ? "Aucun·e partenaire disponible"
                : v.canVisit()
                    ? "Aucun·e accueillant·e disponible"
                    : "Aucun·e visiteur·se disponible";
        int n = possiblePartners.size();
        return header
            + " : "
            + (n == 1
                ? "l'unique partenaire possible est déjà pris dans un autre binôme"
                : "les " + n + " partenaires possibles sont déjà pris dans d'autres binômes");
      }
      if (!anyCounterpart) {
        return "Aucun·e partenaire possible : "
            + (both
                ? "aucun·e autre volontaire ne s'est proposé·e pour visiter ou accueillir"
                : v.canVisit()
                    ? "aucun·e autre volontaire ne s'est proposé·e pour accueillir"
                    : "aucun·e autre volontaire ne s'est proposé·e pour visiter");
      }
      if (blocks.equals(Set.of(Block.FORBIDDEN))) {
        return "Binômes exclus par la coordination : tous les partenaires possibles ont été écartés";
      }
      String subject =
          both
              ? "tous les autres volontaires sont "
              : v.canVisit()
                  ? "tous les volontaires qui accueillent sont "
                  : "tous les volontaires qui visitent sont ";
      List<String> texts = blocks.stream().map(b -> b.text).toList();
      return "Aucun·e partenaire possible : " + subject + joinWithOu(texts);
    }

    private static String joinWithOu(List<String> texts) {
      if (texts.size() == 1) {
        return texts.get(0);
      }
      return String.join(", ", texts.subList(0, texts.size() - 1))
          + " ou "
          + texts.get(texts.size() - 1);
    }

    private static String nameOf(Volunteer v) {
      return v.displayName() == null || v.displayName().isBlank() ? v.userId() : v.displayName();
    }

    private static String describe(Volunteer v) {
      return nameOf(v).equals(v.userId()) ? v.userId() : nameOf(v) + " (" + v.userId() + ")";
    }

    private static String establishmentLabel(Volunteer v) {
      return v.establishmentName() == null || v.establishmentName().isBlank()
          ? v.establishmentCode()
          : v.establishmentName();
    }

    private static String frenchDecimal(long unscaled, int scale) {
      return BigDecimal.valueOf(unscaled, scale).toPlainString().replace('.', ',');
    }
  }
}
