package fr.reseau.ecoles.review;

import java.util.List;
import java.util.Map;

/**
 * The chosen indicators of a network's school year, target against actual for the network and each
 * zone, the catalogue's figures per zone and per degree, and the network's figures over the last
 * years: what the year page shows and {@code GET /api/networks/{networkId}/indicators} returns.
 */
public record IndicatorBoard(
    String networkId,
    String networkName,
    String schoolYear,
    List<Definition> catalogue,
    List<Chosen> chosen,
    List<Territory.Scope> figures,
    List<YearPoint> years) {

  /** An indicator of the catalogue: code, French label, unit ({@code %} or {@code nombre}). */
  public record Definition(String code, String label, String unit, boolean territorial) {

    static Definition of(IndicatorCatalogue indicator) {
      return new Definition(
          indicator.code(), indicator.label(), indicator.unit(), indicator.territorial());
    }
  }

  /**
   * A chosen indicator: its network target and, network first then each zone, target and actual.
   */
  public record Chosen(
      String indicator, String label, String unit, double target, List<Cell> cells) {}

  /**
   * Target against actual in one scope ({@code network} or {@code zone}); {@code reached} is null
   * when either is unknown.
   */
  public record Cell(
      String scope, String code, String name, Double target, Double actual, Boolean reached) {}

  /** One school year of the network: the actual value and target of each indicator, when known. */
  public record YearPoint(
      String schoolYear, Map<String, Double> actual, Map<String, Double> targets) {}
}
