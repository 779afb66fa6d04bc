package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.review.IndicatorBoard.Cell;
import fr.reseau.ecoles.review.Territory.Scope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The meeting form's indicators and targets, and a target against the zones, without Spring. */
class IndicatorTargetsTest {

  @Test
  void theTickedIndicatorsAreReadWithTheirTargetsInTheOrderOfTheCatalogue() {
    Map<String, Object> form = new HashMap<>();
    form.put(
        AnnualReviewVariables.NEXT_INDICATORS, "[\"interDegreeVisits\",\"participationRate\"]");
    form.put(AnnualReviewVariables.TARGET_INTER_DEGREE_VISITS, 3L);
    form.put(AnnualReviewVariables.TARGET_PARTICIPATION_RATE, "62,5");
    // Not ticked: ignored.
    form.put(AnnualReviewVariables.TARGET_VISITS_HELD, -4);

    assertThat(IndicatorTargetService.read(input(form)))
        .containsExactly(
            Map.entry(IndicatorCatalogue.PARTICIPATION_RATE, 62.5),
            Map.entry(IndicatorCatalogue.INTER_DEGREE_VISITS, 3.0));
    assertThat(IndicatorTargetService.read(input(Map.of()))).isEmpty();
  }

  @Test
  void aMissingNegativeTooLargeOrFractionalTargetIsRefusedNamingItsField() {
    assertRefused(
        Map.of(AnnualReviewVariables.NEXT_INDICATORS, "visitsHeld"),
        AnnualReviewVariables.TARGET_VISITS_HELD,
        "indiquez la cible");
    assertRefused(
        Map.of(
            AnnualReviewVariables.NEXT_INDICATORS,
            "visitsHeld",
            AnnualReviewVariables.TARGET_VISITS_HELD,
            -1),
        AnnualReviewVariables.TARGET_VISITS_HELD,
        "entre 0 et 10000");
    assertRefused(
        Map.of(
            AnnualReviewVariables.NEXT_INDICATORS,
            "needsCoveredRate",
            AnnualReviewVariables.TARGET_NEEDS_COVERED_RATE,
            120),
        AnnualReviewVariables.TARGET_NEEDS_COVERED_RATE,
        "entre 0 et 100");
    assertRefused(
        Map.of(
            AnnualReviewVariables.NEXT_INDICATORS,
            "volunteers",
            AnnualReviewVariables.TARGET_VOLUNTEERS,
            2.5),
        AnnualReviewVariables.TARGET_VOLUNTEERS,
        "nombre entier");
    assertRefused(
        Map.of(
            AnnualReviewVariables.NEXT_INDICATORS,
            "volunteers",
            AnnualReviewVariables.TARGET_VOLUNTEERS,
            "beaucoup"),
        AnnualReviewVariables.TARGET_VOLUNTEERS,
        "n'est pas un nombre");
    assertRefused(
        Map.of(AnnualReviewVariables.NEXT_INDICATORS, "happiness"),
        AnnualReviewVariables.NEXT_INDICATORS,
        "happiness");
  }

  @Test
  void aCountTargetIsSharedByTheZonesAndARateHoldsForEach() {
    Territory territory =
        new Territory(
            List.of(
                scope(Territory.NETWORK, null, "Réseau", 10.0),
                scope(Territory.ZONE, "aix", "Aix", 6.0),
                scope(Territory.ZONE, "pertuis", "Pertuis", 4.0),
                scope(Territory.DEGREE, "primaire", "Premier degré", 2.0)));
    Map<String, Double> shares = Map.of("aix", 0.5, "pertuis", 0.25);

    assertThat(
            IndicatorBoards.chosen(IndicatorCatalogue.VISITS_HELD, 12, territory, shares).cells())
        .extracting(Cell::scope, Cell::name, Cell::target, Cell::actual, Cell::reached)
        .containsExactly(
            tuple("network", "Réseau", 12.0, 10.0, false),
            tuple("zone", "Aix", 6.0, 6.0, true),
            tuple("zone", "Pertuis", 3.0, 4.0, true));
    assertThat(
            IndicatorBoards.chosen(IndicatorCatalogue.NEEDS_COVERED_RATE, 5, territory, shares)
                .cells())
        .extracting(Cell::target, Cell::reached)
        .containsExactly(tuple(5.0, true), tuple(5.0, true), tuple(5.0, false));
    // Workshop days are the network's: no zone cell, an unknown value is neither reached nor not.
    assertThat(
            IndicatorBoards.chosen(IndicatorCatalogue.TRAINING_DAYS_HELD, 2, territory, shares)
                .cells())
        .extracting(Cell::name, Cell::actual, Cell::reached)
        .containsExactly(tuple("Réseau", null, null));
  }

  /** A scope whose visits held and needs covered rate are {@code value}, the rest unknown. */
  private static Scope scope(String kind, String code, String name, Double value) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put(IndicatorCatalogue.VISITS_HELD.code(), value);
    values.put(IndicatorCatalogue.NEEDS_COVERED_RATE.code(), value);
    values.put(IndicatorCatalogue.TRAINING_DAYS_HELD.code(), null);
    return new Scope(kind, code, name, values);
  }

  private static void assertRefused(Map<String, Object> form, String field, String message) {
    assertThatThrownBy(() -> IndicatorTargetService.read(input(form)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((InvalidInputException) e).getField())
        .isEqualTo(field);
  }

  private static FormInput input(Map<String, Object> form) {
    return FormInput.of(form::get, (n, v) -> {});
  }
}
