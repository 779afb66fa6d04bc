package fr.reseau.ecoles.review;

import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.review.IndicatorBoard.Cell;
import fr.reseau.ecoles.review.IndicatorBoard.Chosen;
import fr.reseau.ecoles.review.IndicatorBoard.Definition;
import fr.reseau.ecoles.review.IndicatorBoard.YearPoint;
import fr.reseau.ecoles.review.Territory.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link IndicatorBoard} of a network's school year: the year's territorial figures
 * (today's, or the stored report's for an earlier year), the chosen indicators with their targets,
 * and the same figures over the last {@value #YEARS} years.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorBoards {

  /** How many school years the "over years" chart covers, this one included. */
  static final int YEARS = 5;

  private final YearIndicatorsService indicators;
  private final IndicatorTargetService targets;
  private final YearReportRepository reports;
  private final CampaignRepository campaigns;
  private final EstablishmentRepository establishments;

  public IndicatorBoards(
      YearIndicatorsService indicators,
      IndicatorTargetService targets,
      YearReportRepository reports,
      CampaignRepository campaigns,
      EstablishmentRepository establishments) {
    this.indicators = indicators;
    this.targets = targets;
    this.reports = reports;
    this.campaigns = campaigns;
    this.establishments = establishments;
  }

  /** The board of a year, its figures computed now. */
  public IndicatorBoard board(String networkId, String schoolYear) {
    return board(networkId, indicators.compute(networkId, schoolYear));
  }

  /** The board of the year whose indicators the caller has already computed. */
  public IndicatorBoard board(String networkId, YearIndicators year) {
    String schoolYear = year.schoolYear();
    List<YearPoint> earlier = new ArrayList<>();
    SchoolYear first = SchoolYear.parse(schoolYear);
    for (int i = 1; i < YEARS; i++) {
      first = first.previous();
    }
    for (SchoolYear y = first; !y.toString().equals(schoolYear); y = y.next()) {
      String earlierYear = y.toString();
      territoryOf(networkId, earlierYear)
          .ifPresent(
              t -> earlier.add(point(earlierYear, t, targets.targets(networkId, earlierYear))));
    }
    return assemble(
        networkId, year, targets.targets(networkId, schoolYear), zoneShares(networkId), earlier);
  }

  /**
   * The board from its parts: the year's figures, its targets, each zone's share of the network's
   * establishments, and the earlier years' points (oldest first).
   */
  static IndicatorBoard assemble(
      String networkId,
      YearIndicators year,
      Map<IndicatorCatalogue, Double> yearTargets,
      Map<String, Double> zoneShares,
      List<YearPoint> earlier) {
    Territory territory = year.territory();
    List<Chosen> chosen = new ArrayList<>();
    yearTargets.forEach(
        (indicator, target) -> chosen.add(chosen(indicator, target, territory, zoneShares)));
    List<YearPoint> years = new ArrayList<>(earlier);
    years.add(point(year.schoolYear(), territory, yearTargets));
    return new IndicatorBoard(
        networkId,
        year.networkName(),
        year.schoolYear(),
        Arrays.stream(IndicatorCatalogue.values()).map(Definition::of).toList(),
        chosen,
        territory.scopes(),
        years);
  }

  /**
   * A chosen indicator against the network and each zone. A rate's target applies to every zone as
   * it is; a count's target is shared between the zones in proportion to their establishments
   * (rounded to one decimal), since the zones' counts add up to the network's.
   */
  static Chosen chosen(
      IndicatorCatalogue indicator,
      double target,
      Territory territory,
      Map<String, Double> zoneShares) {
    List<Cell> cells = new ArrayList<>();
    cells.add(cell(territory.network(), target, indicator));
    if (indicator.territorial()) {
      for (Scope zone : territory.zones()) {
        double zoneTarget =
            indicator.percentage()
                ? target
                : Math.round(10 * target * zoneShares.getOrDefault(zone.code(), 0.0)) / 10.0;
        cells.add(cell(zone, zoneTarget, indicator));
      }
    }
    return new Chosen(indicator.code(), indicator.label(), indicator.unit(), target, cells);
  }

  private static Cell cell(Scope scope, double target, IndicatorCatalogue indicator) {
    Double actual = scope.value(indicator);
    return new Cell(
        scope.kind(),
        scope.code(),
        scope.name(),
        target,
        actual,
        actual == null ? null : actual >= target);
  }

  /** Each zone's share of the network's establishments (those without a zone count in none). */
  private Map<String, Double> zoneShares(String networkId) {
    List<Establishment> schools = establishments.findByNetworkIdOrderByCode(networkId);
    Map<String, Double> shares = new LinkedHashMap<>();
    schools.stream()
        .map(Establishment::getZoneCode)
        .filter(Objects::nonNull)
        .forEach(code -> shares.merge(code, 1.0 / schools.size(), Double::sum));
    return shares;
  }

  /**
   * An earlier year's territorial figures: its stored report's (kept after the purge) when the
   * report has them, otherwise computed while its campaign is there.
   */
  private Optional<Territory> territoryOf(String networkId, String schoolYear) {
    Optional<Territory> stored =
        reports
            .findByNetworkIdAndSchoolYear(networkId, schoolYear)
            .map(indicators::read)
            .map(YearIndicators::territory);
    if (stored.isPresent()) {
      return stored;
    }
    if (campaigns.existsByNetworkIdAndSchoolYear(networkId, schoolYear)) {
      return Optional.ofNullable(indicators.compute(networkId, schoolYear).territory());
    }
    return Optional.empty();
  }

  private static YearPoint point(
      String schoolYear, Territory territory, Map<IndicatorCatalogue, Double> yearTargets) {
    Map<String, Double> actual = new LinkedHashMap<>(territory.network().values());
    Map<String, Double> chosenTargets = new LinkedHashMap<>();
    yearTargets.forEach((indicator, target) -> chosenTargets.put(indicator.code(), target));
    return new YearPoint(schoolYear, actual, chosenTargets);
  }
}
