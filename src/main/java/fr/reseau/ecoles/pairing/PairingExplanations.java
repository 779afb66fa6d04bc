package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.pairing.PairingRules.Block;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The French texts of a proposal: why each visit, why each volunteer left without one. */
final class PairingExplanations {

  static final String REASON_FORCED = "binôme imposé par la coordination";
  static final String REASON_FORCED_EARLIER =
      "binôme imposé par la coordination, déjà formé une année précédente";
  static final String REASON_VISITOR_PPCR = "visiteur·se prépare un rendez-vous de carrière";
  static final String REASON_HOST_PPCR = "accueillant·e prépare un rendez-vous de carrière";
  static final String REASON_SAME_ZONE = "même zone : ";
  static final String REASON_CM2_SIXTH = "liaison CM2–6e";
  static final String REASON_INTER_DEGREE = "inter-degré";

  private PairingExplanations() {}

  static ProposedVisit toVisit(PairingCandidate c, boolean forced, PairingRules rules) {
    Volunteer visitor = c.visitor();
    Volunteer host = c.host();
    List<String> parts = new ArrayList<>();
    if (forced) {
      parts.add(
          rules.isEarlier(new PairKey(visitor.userId(), host.userId()))
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
    parts.addAll(territoryReasons(visitor, host, rules));
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
   * « même zone : Aix » when the campaign prefers or requires same-zone visits; « liaison CM2–6e »
   * for a collège (or cité scolaire) with an école élémentaire or primaire, « inter-degré » for any
   * other visit across degrees.
   */
  static List<String> territoryReasons(Volunteer visitor, Volunteer host, PairingRules rules) {
    List<String> parts = new ArrayList<>();
    if ((rules.zonePolicy() == ZonePolicy.PREFER || rules.zonePolicy() == ZonePolicy.REQUIRE)
        && PairingRules.sameZone(visitor, host)) {
      parts.add(
          REASON_SAME_ZONE
              + (visitor.zoneName() == null || visitor.zoneName().isBlank()
                  ? visitor.zoneCode()
                  : visitor.zoneName()));
    }
    if (visitor.degree() != null && host.degree() != null && visitor.degree() != host.degree()) {
      parts.add(
          cm2Sixth(visitor.kind(), host.kind()) || cm2Sixth(host.kind(), visitor.kind())
              ? REASON_CM2_SIXTH
              : REASON_INTER_DEGREE);
    }
    return parts;
  }

  private static boolean cm2Sixth(EstablishmentKind secondary, EstablishmentKind primary) {
    return (secondary == EstablishmentKind.COLLEGE || secondary == EstablishmentKind.CITE_SCOLAIRE)
        && (primary == EstablishmentKind.ECOLE_ELEMENTAIRE
            || primary == EstablishmentKind.ECOLE_PRIMAIRE);
  }

  /**
   * Why a volunteer got no visit. Either nobody could ever be their partner (and why), or every
   * possible partner is already taken: in a maximum matching, a free possible partner would have
   * been paired with them.
   */
  static String unpairedReason(Volunteer v, List<Volunteer> volunteers, PairingRules rules) {
    if (!v.canVisit() && !v.canHost()) {
      return "Ne s'est proposé·e ni pour visiter ni pour accueillir";
    }
    int possiblePartners = 0;
    Set<Block> blocks = new TreeSet<>();
    boolean anyCounterpart = false;
    Set<String> constrained = rules.constrainedPartners(v.userId());
    for (Volunteer other : volunteers) {
      if (other.userId().equals(v.userId())) {
        continue;
      }
      if (!constrained.contains(other.userId())) {
        // Only the establishment can block this pair, in either direction.
        boolean counterpart = v.canVisit() && other.canHost() || v.canHost() && other.canVisit();
        anyCounterpart |= counterpart;
        if (counterpart) {
          Block structural = rules.structural(v, other);
          if (structural != null) {
            blocks.add(structural);
          } else {
            possiblePartners++;
          }
        }
        continue;
      }
      boolean possible = false;
      if (v.canVisit() && other.canHost()) {
        anyCounterpart = true;
        Block block = rules.block(v, other);
        if (block == null) {
          possible = true;
        } else {
          blocks.add(block);
        }
      }
      if (v.canHost() && other.canVisit()) {
        anyCounterpart = true;
        Block block = rules.block(other, v);
        if (block == null) {
          possible = true;
        } else {
          blocks.add(block);
        }
      }
      possiblePartners += possible ? 1 : 0;
    }

    boolean both = v.canVisit() && v.canHost();
    if (possiblePartners > 0) {
      String header =
          both
              ? "Aucun·e partenaire disponible"
              : v.canVisit()
                  ? "Aucun·e accueillant·e disponible"
                  : "Aucun·e visiteur·se disponible";
      int n = possiblePartners;
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

  static String nameOf(Volunteer v) {
    return v.displayName() == null || v.displayName().isBlank() ? v.userId() : v.displayName();
  }

  static String describe(Volunteer v) {
    return nameOf(v).equals(v.userId()) ? v.userId() : nameOf(v) + " (" + v.userId() + ")";
  }

  static String establishmentLabel(Volunteer v) {
    return v.establishmentName() == null || v.establishmentName().isBlank()
        ? v.establishmentCode()
        : v.establishmentName();
  }

  private static String frenchDecimal(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale).toPlainString().replace('.', ',');
  }
}
