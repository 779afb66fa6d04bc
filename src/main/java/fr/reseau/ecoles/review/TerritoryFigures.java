package fr.reseau.ecoles.review;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.review.Territory.Scope;
import fr.reseau.ecoles.review.YearIndicators.NeedMet;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.volunteering.Declaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The catalogue's indicators per zone and per degree, from the year's declarations and visits
 * (docs/annual-review.md): a documentaliste counts where their establishment is (as declared), a
 * visit where it takes place (the host's establishment), so that the zones add up to the network
 * but for establishments without a zone.
 */
final class TerritoryFigures {

  private TerritoryFigures() {}

  /** What the figures are computed from: one school year of one network. */
  record YearData(
      List<Declaration> declared,
      List<Visit> visits,
      Map<Long, Recap> validatedRecaps,
      Map<String, Establishment> establishments,
      List<NetworkZone> zones,
      Long trainingDaysHeld) {}

  static Territory of(YearData data) {
    List<Scope> scopes = new ArrayList<>();
    scopes.add(new Scope(Territory.NETWORK, null, "Réseau", values(data, e -> true, true)));
    for (NetworkZone zone : data.zones()) {
      scopes.add(
          new Scope(
              Territory.ZONE,
              zone.getCode(),
              zone.getName(),
              values(data, e -> zone.getCode().equals(e.getZoneCode()), false)));
    }
    for (SchoolDegree degree : SchoolDegree.values()) {
      scopes.add(
          new Scope(
              Territory.DEGREE,
              degree.code(),
              degree.label(),
              values(data, e -> e.degree() == degree, false)));
    }
    return new Territory(scopes);
  }

  /**
   * The indicators of the part of the network whose establishments match {@code where}; workshop
   * days only for the whole network.
   */
  private static Map<String, Double> values(
      YearData data, Predicate<Establishment> where, boolean wholeNetwork) {
    Predicate<String> inScope =
        code -> {
          if (wholeNetwork) {
            return true;
          }
          Establishment e = code == null ? null : data.establishments().get(code);
          return e != null && where.test(e);
        };
    List<Declaration> declared =
        data.declared().stream().filter(d -> inScope.test(d.getEstablishmentCode())).toList();
    List<Declaration> volunteers = declared.stream().filter(Declaration::isVolunteer).toList();
    List<Visit> held =
        data.visits().stream()
            .filter(v -> v.getStatus().held())
            .filter(v -> inScope.test(v.getHostEstablishmentCode()))
            .toList();
    Map<String, Double> values = new LinkedHashMap<>();
    values.put(
        IndicatorCatalogue.PARTICIPATION_RATE.code(), rate(volunteers.size(), declared.size()));
    values.put(IndicatorCatalogue.VOLUNTEERS.code(), (double) volunteers.size());
    values.put(IndicatorCatalogue.VISITS_HELD.code(), (double) held.size());
    List<NeedMet> needs =
        YearIndicatorFigures.needsMet(volunteers, data.visits(), data.validatedRecaps());
    values.put(
        IndicatorCatalogue.NEEDS_COVERED_RATE.code(),
        rate(
            needs.stream().mapToLong(NeedMet::met).sum(),
            needs.stream().mapToLong(NeedMet::declared).sum()));
    values.put(
        IndicatorCatalogue.TRAINING_DAYS_HELD.code(),
        wholeNetwork && data.trainingDaysHeld() != null ? (double) data.trainingDaysHeld() : null);
    values.put(
        IndicatorCatalogue.INTER_DEGREE_VISITS.code(),
        (double) held.stream().filter(v -> interDegree(v, data.establishments())).count());
    return values;
  }

  /**
   * A visit between establishments of different degrees (for example a collège's documentaliste in
   * a primary school of its sector); unknown when either establishment is not on the roster.
   */
  static boolean interDegree(Visit visit, Map<String, Establishment> establishments) {
    Establishment visitor = establishments.get(visit.getVisitorEstablishmentCode());
    Establishment host = establishments.get(visit.getHostEstablishmentCode());
    return visitor != null && host != null && !Objects.equals(visitor.degree(), host.degree());
  }

  /** Percent with one decimal, {@code null} when nothing to divide by. */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }
}
