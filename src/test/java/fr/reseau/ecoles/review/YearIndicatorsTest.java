package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.reseau.ecoles.review.YearIndicators.Figure;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each indicator on a year built by hand, whose values are worked out in {@link HandBuiltYear}. */
class YearIndicatorsTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired YearIndicatorsService indicators;
  @Autowired fr.reseau.ecoles.workshop.WorkshopTestDays workshopDays;

  TestNetwork network;
  YearIndicators year;

  @BeforeEach
  void year() {
    network = networks.create(6);
    handBuilt.build(network);
    // Grouped trainings from two recaps on, small groups under three people.
    year = indicators.compute(network.id(), HandBuiltYear.YEAR, 2, 3);
  }

  @Test
  void volunteersAndTheirRoles() {
    assertThat(year.campaignHeld()).isTrue();
    assertThat(year.participation()).isEqualTo(new YearIndicators.Participation(6, 5, 4, 1, 1, 2));
  }

  @Test
  void visitsPlannedHeldCancelledAndRecapsValidated() {
    assertThat(year.visits()).isEqualTo(new YearIndicators.Visits(4, 3, 1, 0, 2));
  }

  @Test
  void daysFromPairingToVisit() {
    // 45, 66 and 101 days.
    assertThat(year.pairingToVisit()).isEqualTo(new YearIndicators.Delay(3, 66.0, 70.7, 45L, 101L));
  }

  @Test
  void needsAtTheStartAgainstNeedsMetAccordingToTheRecaps() {
    // digital is still a training need in both validated recaps: never met; the other two are.
    assertThat(year.needs())
        .extracting(
            YearIndicators.NeedMet::theme,
            YearIndicators.NeedMet::declared,
            YearIndicators.NeedMet::met)
        .containsExactly(
            tuple("Numérique et ressources en ligne", 3L, 0L),
            tuple("Accueil et aménagement du CDI", 1L, 1L),
            tuple("Éducation aux médias et à l'information (EMI)", 1L, 1L));
    Map<String, Double> figures = figures(year.keyFigures(null));
    assertThat(figures)
        .containsEntry("needsDeclared", 5.0)
        .containsEntry("needsMet", 2.0)
        .containsEntry("needsMetRate", 40.0);
  }

  @Test
  void needsByThemeAndPublicCountSmallPublicsTogether() {
    // No public reaches three volunteers within a theme: nothing is broken down.
    assertThat(year.needsByPublic())
        .extracting(
            YearIndicators.ThemePublic::theme,
            YearIndicators.ThemePublic::publicServed,
            YearIndicators.ThemePublic::count)
        .containsExactly(
            tuple("Accueil et aménagement du CDI", "Publics divers", 1L),
            tuple("Éducation aux médias et à l'information (EMI)", "Publics divers", 1L),
            tuple("Numérique et ressources en ligne", "Publics divers", 3L));
    // From two people on, the collège is named for digital (two), the lycée joins « autres publics
    // ».
    assertThat(indicators.compute(network.id(), HandBuiltYear.YEAR, 2, 2).needsByPublic())
        .filteredOn(r -> r.theme().startsWith("Numérique"))
        .extracting(YearIndicators.ThemePublic::publicServed, YearIndicators.ThemePublic::count)
        .containsExactly(tuple("Collège", 2L), tuple("Autres publics", 1L));
  }

  @Test
  void trainingNeedsAndGroupedTrainingsFromValidatedRecapsOnly() {
    // The third recap (guidance) is not validated.
    assertThat(year.trainingNeeds())
        .containsExactly(
            new YearIndicators.ThemeCount("Numérique et ressources en ligne", 2),
            new YearIndicators.ThemeCount("Gestion, budget et politique d'acquisition", 1));
    assertThat(year.groupedTrainings())
        .containsExactly(new YearIndicators.ThemeCount("Numérique et ressources en ligne", 2));
    assertThat(indicators.compute(network.id(), HandBuiltYear.YEAR, 3, 3).groupedTrainings())
        .isEmpty();
  }

  @Test
  void ppcrPreparationsSupported() {
    assertThat(year.ppcr()).isEqualTo(new YearIndicators.Ppcr(2, 2));
  }

  @Test
  void visitsByMonth() {
    assertThat(year.visitsByMonth())
        .extracting(
            YearIndicators.MonthCount::month,
            YearIndicators.MonthCount::planned,
            YearIndicators.MonthCount::held,
            YearIndicators.MonthCount::cancelled)
        .containsExactly(
            tuple("2026-10", 4L, 0L, 0L),
            tuple("2026-11", 0L, 1L, 0L),
            tuple("2026-12", 0L, 1L, 0L),
            tuple("2027-01", 0L, 1L, 0L),
            tuple("2027-02", 0L, 0L, 0L),
            tuple("2027-03", 0L, 0L, 0L),
            tuple("2027-04", 0L, 0L, 0L),
            tuple("2027-05", 0L, 0L, 1L));
    assertThat(year.visitsByMonth().get(0).label()).isEqualTo("oct. 2026");
  }

  @Test
  void withoutReviewNoFeedbackNorMeeting() {
    assertThat(year.feedback()).isEqualTo(new YearIndicators.Scores(0, 0, false, List.of(), null));
    assertThat(year.meeting()).isNull();
  }

  @Test
  void feedbackScoresAreDetailedFromTheMinimumGroupSizeOnly() {
    assertThat(YearIndicatorFigures.scores(4, List.of(feedback(4), feedback(5)), 3))
        .isEqualTo(new YearIndicators.Scores(4, 2, false, List.of(), null));
    assertThat(YearIndicatorFigures.scores(4, List.of(feedback(4), feedback(5), feedback(3)), 3))
        .isEqualTo(new YearIndicators.Scores(4, 3, true, List.of(0L, 0L, 1L, 1L, 1L), 4.0));
  }

  @Test
  void comparedWithThePreviousYearWhenThereIsOne() {
    assertThat(indicators.previous(network.id(), HandBuiltYear.YEAR)).isEmpty();
    handBuilt.buildPrevious(network);
    YearIndicators before = indicators.previous(network.id(), HandBuiltYear.YEAR).orElseThrow();
    assertThat(before.schoolYear()).isEqualTo(HandBuiltYear.PREVIOUS_YEAR);
    Map<String, Figure> figures =
        year.keyFigures(before).stream().collect(Collectors.toMap(Figure::key, f -> f));
    assertThat(figures.get("volunteers"))
        .isEqualTo(new Figure("volunteers", "Volontaires", 4.0, 1.0));
    assertThat(figures.get("visitsHeld").previous()).isEqualTo(1.0);
    assertThat(figures.get("needsMetRate").previous()).isEqualTo(100.0);
    assertThat(figures.get("delayMedian").previous()).isEqualTo(45.0);
  }

  @Test
  void workshopDaysHeldAndReferentsNamed() {
    assertThat(year.workshops()).isEqualTo(new YearIndicators.Workshops(0, 0));
    workshopDays.day(
        network.id(),
        HandBuiltYear.YEAR,
        java.time.LocalDate.of(2027, 3, 10),
        fr.reseau.ecoles.workshop.WorkshopDayStatus.PUBLISHED,
        3);
    workshopDays.day(
        network.id(),
        HandBuiltYear.YEAR,
        java.time.LocalDate.of(2027, 5, 12),
        fr.reseau.ecoles.workshop.WorkshopDayStatus.HELD,
        1);
    // Not held yet, another year: not counted.
    workshopDays.day(
        network.id(),
        HandBuiltYear.YEAR,
        java.time.LocalDate.of(2027, 6, 20),
        fr.reseau.ecoles.workshop.WorkshopDayStatus.INVITED,
        2);
    workshopDays.day(
        network.id(),
        HandBuiltYear.PREVIOUS_YEAR,
        java.time.LocalDate.of(2026, 3, 10),
        fr.reseau.ecoles.workshop.WorkshopDayStatus.PUBLISHED,
        2);
    YearIndicators withDays = indicators.compute(network.id(), HandBuiltYear.YEAR, 2, 3);
    assertThat(withDays.workshops()).isEqualTo(new YearIndicators.Workshops(2, 4));
    assertThat(figures(withDays.keyFigures(null)))
        .containsEntry("workshopDays", 2.0)
        .containsEntry("referents", 4.0);
  }

  @Test
  void theMapDrawsTheYearsVisitsBetweenTheEstablishments() {
    NetworkMap map = indicators.map(network.id(), HandBuiltYear.YEAR);
    assertThat(map.points()).hasSize(6);
    assertThat(map.links())
        .extracting(NetworkMap.Link::state)
        .containsExactly(
            NetworkMap.State.HELD,
            NetworkMap.State.HELD,
            NetworkMap.State.HELD,
            NetworkMap.State.CANCELLED);
  }

  @Test
  void aYearWithoutCampaignIsEmpty() {
    YearIndicators empty = indicators.compute(network.id(), "2019-2020", 3, 3);
    assertThat(empty.campaignHeld()).isFalse();
    assertThat(empty.visits()).isEqualTo(new YearIndicators.Visits(0, 0, 0, 0, 0));
    assertThat(empty.pairingToVisit().medianDays()).isNull();
    assertThat(
            YearPages.page(
                empty, null, indicators.map(network.id(), "2019-2020"), network.id(), false))
        .contains("Aucune campagne");
  }

  static Map<String, Double> figures(List<Figure> figures) {
    return figures.stream()
        .filter(f -> f.value() != null)
        .collect(Collectors.toMap(Figure::key, Figure::value));
  }

  static Feedback feedback(int score) {
    return new Feedback(1L, "x", score, null, null, java.time.Instant.now());
  }
}
