package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.review.IndicatorBoard.Cell;
import fr.reseau.ecoles.review.Territory.Scope;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's indicators per zone and per degree, and the chosen indicators' targets against
 * the actual values, on the year of {@link HandBuiltYear} with two zones and a primary school:
 *
 * <ul>
 *   <li>zone « Nord »: establishments 0, 1 (an école élémentaire) and 2; zone « Sud »: 3 and 4;
 *       establishment 5 in no zone;
 *   <li>visits held: 0→1 (inter-degree, in Nord), 2→3 (Sud), 3→0 (Nord); 1→2 cancelled.
 * </ul>
 */
class TerritoryIndicatorsTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired TestZones zones;
  @Autowired YearIndicatorsService indicators;
  @Autowired IndicatorBoards boards;
  @Autowired IndicatorTargetRepository targets;

  TestNetwork network;

  @BeforeEach
  void yearWithZonesAndAPrimarySchool() {
    network = networks.create(6);
    zones.zone(network.id(), "nord", "Nord", 0, 1, 2);
    zones.zone(network.id(), "sud", "Sud", 3, 4);
    zones.kind(network.id(), 1, EstablishmentKind.ECOLE_ELEMENTAIRE);
    handBuilt.buildPrevious(network);
    handBuilt.build(network);
  }

  @Test
  void eachZoneAndEachDegreeHasItsFigures() {
    Territory territory = indicators.compute(network.id(), HandBuiltYear.YEAR).territory();

    // Network: 4 volunteers of 6 asked; 3 visits held; needs met 2 of 5 (YearIndicatorsTest);
    // one visit between a collège and the école; no workshop day.
    assertThat(territory.network().values())
        .containsEntry("participationRate", 66.7)
        .containsEntry("volunteers", 4.0)
        .containsEntry("visitsHeld", 3.0)
        .containsEntry("needsCoveredRate", 40.0)
        .containsEntry("trainingDaysHeld", 0.0)
        .containsEntry("interDegreeVisits", 1.0);
    assertThat(territory.zones()).extracting(Scope::code).containsExactly("nord", "sud");
    // Nord: documentalistes 0, 1, 2 all volunteers; visits held at 1 and at 0; needs 0 (digital,
    // info-literacy: met), 1 (digital), 2 (welcome-layout: met): 2 of 4.
    assertThat(scope(territory, "nord").values())
        .containsEntry("participationRate", 100.0)
        .containsEntry("volunteers", 3.0)
        .containsEntry("visitsHeld", 2.0)
        .containsEntry("needsCoveredRate", 50.0)
        .containsEntry("trainingDaysHeld", null)
        .containsEntry("interDegreeVisits", 1.0);
    // Sud: 3 volunteer, 4 not; the visit held at 3; 3's need (digital) not met.
    assertThat(scope(territory, "sud").values())
        .containsEntry("participationRate", 50.0)
        .containsEntry("volunteers", 1.0)
        .containsEntry("visitsHeld", 1.0)
        .containsEntry("needsCoveredRate", 0.0)
        .containsEntry("interDegreeVisits", 0.0);
    // Primaire: the école (1): its documentaliste volunteered, the visit 0→1 took place there.
    assertThat(scope(territory, "primaire").values())
        .containsEntry("participationRate", 100.0)
        .containsEntry("volunteers", 1.0)
        .containsEntry("visitsHeld", 1.0)
        .containsEntry("needsCoveredRate", 0.0)
        .containsEntry("interDegreeVisits", 1.0);
    // Secondaire: 0, 2, 3, 4, 5: three volunteers of five; visits held at 3 and 0.
    assertThat(scope(territory, "secondaire").values())
        .containsEntry("participationRate", 60.0)
        .containsEntry("volunteers", 3.0)
        .containsEntry("visitsHeld", 2.0)
        .containsEntry("needsCoveredRate", 50.0)
        .containsEntry("interDegreeVisits", 0.0);
  }

  @Test
  void chosenIndicatorsAreComparedWithTheirTargetsInTheNetworkAndEachZone() {
    choose(HandBuiltYear.YEAR, IndicatorCatalogue.VISITS_HELD, 4);
    choose(HandBuiltYear.YEAR, IndicatorCatalogue.NEEDS_COVERED_RATE, 45);
    choose(HandBuiltYear.PREVIOUS_YEAR, IndicatorCatalogue.VISITS_HELD, 2);

    IndicatorBoard board = boards.board(network.id(), HandBuiltYear.YEAR);

    assertThat(board.chosen())
        .extracting(IndicatorBoard.Chosen::indicator, IndicatorBoard.Chosen::target)
        .containsExactly(tuple("visitsHeld", 4.0), tuple("needsCoveredRate", 45.0));
    // A count's target is shared by the zones' establishments: Nord 3 of 6, Sud 2 of 6.
    assertThat(board.chosen().get(0).cells())
        .extracting(Cell::name, Cell::target, Cell::actual, Cell::reached)
        .containsExactly(
            tuple("Réseau", 4.0, 3.0, false),
            tuple("Nord", 2.0, 2.0, true),
            tuple("Sud", 1.3, 1.0, false));
    // A rate's target holds for every zone.
    assertThat(board.chosen().get(1).cells())
        .extracting(Cell::name, Cell::target, Cell::actual, Cell::reached)
        .containsExactly(
            tuple("Réseau", 45.0, 40.0, false),
            tuple("Nord", 45.0, 50.0, true),
            tuple("Sud", 45.0, 0.0, false));
    // Over the years: the year before (one visit held, target 2), then this one.
    assertThat(board.years())
        .extracting(
            IndicatorBoard.YearPoint::schoolYear,
            p -> p.actual().get("visitsHeld"),
            p -> p.targets().get("visitsHeld"))
        .containsExactly(
            tuple(HandBuiltYear.PREVIOUS_YEAR, 1.0, 2.0), tuple(HandBuiltYear.YEAR, 3.0, 4.0));
    assertThat(board.figures())
        .extracting(Scope::name)
        .containsExactly("Réseau", "Nord", "Sud", "Premier degré", "Second degré");
  }

  @Test
  void theYearPageShowsTargetsZonesDegreesAndYears() {
    choose(HandBuiltYear.YEAR, IndicatorCatalogue.INTER_DEGREE_VISITS, 2);
    YearIndicators year = indicators.compute(network.id(), HandBuiltYear.YEAR);
    String page =
        YearPages.page(
            year,
            null,
            indicators.map(network.id(), HandBuiltYear.YEAR),
            network.id(),
            false,
            boards.board(network.id(), year));

    assertThat(page)
        .contains("<h2>Indicateurs choisis et cibles</h2>")
        .contains(
            "<td>Visites inter-degrés réalisées</td><td>Réseau</td><td class=\"n\">2</td>"
                + "<td class=\"n\">1</td><td>non</td>")
        .contains("<td>Visites inter-degrés réalisées</td><td>Nord</td>")
        .contains("Visites inter-degrés réalisées : réalisé et cible, réseau et zones")
        .contains("Réseau — réalisé : 1, cible : 2")
        .contains("<h2>Par zone et par degré</h2>")
        .contains("<th scope=\"col\" class=\"n\">Premier degré</th>")
        .contains("<h2>Au fil des années</h2>")
        .contains("1 (cible 2)");
  }

  private void choose(String year, IndicatorCatalogue indicator, double target) {
    targets.save(new IndicatorTarget(network.id(), year, indicator, target, 1L, Instant.now()));
  }

  private static Scope scope(Territory territory, String code) {
    return territory.scopes().stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
  }
}
