package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.network.Theme;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The training needs that validated recaps name, as the campaign summary and the year's indicators
 * both show them: one rule, so that the two documents never disagree on the same recaps.
 */
public final class TrainingNeeds {

  private TrainingNeeds() {}

  /**
   * The themes named by at least {@code minPeople} recaps, most named first (see {@link
   * Theme#ranked}), each turned into the caller's row by {@code row(label, count)}.
   */
  public static <T> List<T> ranked(
      Collection<Recap> recaps, int minPeople, BiFunction<String, Long, T> row) {
    return Theme.ranked(recaps.stream().flatMap(r -> r.getTrainingNeeds().stream())).stream()
        .filter(e -> e.getValue() >= minPeople)
        .map(e -> row.apply(e.getKey().label(), e.getValue()))
        .toList();
  }
}
