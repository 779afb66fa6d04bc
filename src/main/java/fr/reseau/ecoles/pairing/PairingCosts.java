package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.network.Theme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cost of a visit in thousandths of km: the distance rounded to 0.1 km, less the weights' km
 * for each need of the visitor the host is strong in, for each of the two preparing a PPCR, and for
 * a visit within one zone when the campaign prefers those ({@link ZonePolicy#PREFER}). Integers, so
 * that the matching's arithmetic stays exact.
 */
final class PairingCosts {

  /** Costs are computed in thousandths of km. */
  static final long MILLI_PER_KM = 1000;

  private final long milliPerCoveredNeed;
  private final long milliForPpcr;

  /** 0 unless the campaign prefers same-zone visits. */
  private final long milliForSameZone;

  /** Zones ignored. */
  PairingCosts(PairingWeights weights) {
    this(weights, ZonePolicy.IGNORE);
  }

  PairingCosts(PairingWeights weights, ZonePolicy zonePolicy) {
    this.milliPerCoveredNeed = toMilli(weights.kmPerCoveredNeed(), "kmPerCoveredNeed");
    this.milliForPpcr = toMilli(weights.kmForPpcr(), "kmForPpcr");
    long sameZone = toMilli(weights.kmForSameZone(), "kmForSameZone");
    this.milliForSameZone = zonePolicy == ZonePolicy.PREFER ? sameZone : 0;
  }

  static IllegalArgumentException tooLarge() {
    return new IllegalArgumentException(
        "Poids d'appariement trop grands : impossible de calculer les binômes exactement");
  }

  PairingCandidate candidate(Volunteer visitor, Volunteer host) {
    double km =
        Distances.haversineKm(
            visitor.latitude(), visitor.longitude(), host.latitude(), host.longitude());
    long distanceTenths = distanceTenths(km);
    List<String> covered = coveredNeeds(visitor, host);
    int ppcr = (visitor.ppcrPlanned() ? 1 : 0) + (host.ppcrPlanned() ? 1 : 0);
    int sameZone = PairingRules.sameZone(visitor, host) ? 1 : 0;
    return new PairingCandidate(
        visitor,
        host,
        distanceTenths,
        covered,
        costMilli(distanceTenths, covered.size(), ppcr, sameZone));
  }

  /**
   * The distance rounded half up to 0.1 km, in tenths: the decimal rounding of {@code
   * BigDecimal.valueOf(km)}, computed in double arithmetic unless {@code km} is within a millionth
   * of a tenth of a rounding tie (then by {@code BigDecimal}, so the result is always the same).
   */
  static long distanceTenths(double km) {
    double tenths = km * 10;
    double fraction = tenths - Math.floor(tenths);
    if (tenths >= 0 && tenths < 1e12 && Math.abs(fraction - 0.5) > 1e-6) {
      return Math.round(tenths);
    }
    return BigDecimal.valueOf(km)
        .setScale(1, RoundingMode.HALF_UP)
        .unscaledValue()
        .longValueExact();
  }

  /** The cost in thousandths of km of a visit with that distance, covered needs and PPCRs. */
  long costMilli(long distanceTenths, int coveredNeeds, int ppcr) {
    return costMilli(distanceTenths, coveredNeeds, ppcr, 0);
  }

  /** The same, {@code sameZone} 1 for a visit within one zone (0 otherwise). */
  long costMilli(long distanceTenths, int coveredNeeds, int ppcr, int sameZone) {
    try {
      return Math.subtractExact(
          Math.subtractExact(
              Math.subtractExact(
                  Math.multiplyExact(distanceTenths, MILLI_PER_KM / 10),
                  Math.multiplyExact(milliPerCoveredNeed, coveredNeeds)),
              Math.multiplyExact(milliForPpcr, ppcr)),
          Math.multiplyExact(milliForSameZone, sameZone));
    } catch (ArithmeticException e) {
      throw tooLarge();
    }
  }

  /** What a same-zone visit saves, in thousandths of km (0 unless zones are preferred). */
  long milliForSameZone() {
    return milliForSameZone;
  }

  long milliPerCoveredNeed() {
    return milliPerCoveredNeed;
  }

  long milliForPpcr() {
    return milliForPpcr;
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
}
