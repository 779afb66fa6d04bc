package fr.reseau.ecoles.workshop.planning;

import java.util.List;
import java.util.Map;

/**
 * Outcome of {@link FreeChoiceChecker#check}.
 *
 * @param remainingCapacity per session of the free-choice slot, the places left after the groups'
 *     paths and the valid picks (negative when over capacity)
 * @param overflowTeacherIds teachers whose pick does not fit (the last ones to pick a full session,
 *     in pick order)
 * @param problems French sentences: overflows, unknown sessions, sessions outside the free-choice
 *     slot
 */
public record FreeChoiceReport(
    Map<String, Integer> remainingCapacity,
    List<String> overflowTeacherIds,
    List<String> problems) {

  public FreeChoiceReport {
    remainingCapacity =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(remainingCapacity));
    overflowTeacherIds = List.copyOf(overflowTeacherIds);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
