package fr.reseau.ecoles.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temps 1 consolidated: each concern with the number of teachers citing it, their share of the
 * respondents and how many put it first. Ordered by teachers, then first choices, then name.
 */
public final class ConcernConsolidation {

  /** One concern's weight. {@code sharePercent} is rounded to the nearest whole percent. */
  public record ConcernShare(String concern, int teachers, int sharePercent, int firstChoice) {}

  private ConcernConsolidation() {}

  public static List<ConcernShare> consolidate(List<List<String>> rankedConcernsPerTeacher) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (List<String> ranked : rankedConcernsPerTeacher) {
      for (int rank = 0; rank < ranked.size(); rank++) {
        int[] c = counts.computeIfAbsent(ranked.get(rank), k -> new int[2]);
        c[0]++;
        if (rank == 0) {
          c[1]++;
        }
      }
    }
    int respondents = rankedConcernsPerTeacher.size();
    List<ConcernShare> shares = new ArrayList<>();
    counts.forEach(
        (concern, c) ->
            shares.add(
                new ConcernShare(
                    concern,
                    c[0],
                    respondents == 0 ? 0 : (int) Math.round(100.0 * c[0] / respondents),
                    c[1])));
    shares.sort(
        Comparator.comparingInt(ConcernShare::teachers)
            .reversed()
            .thenComparing(Comparator.comparingInt(ConcernShare::firstChoice).reversed())
            .thenComparing(ConcernShare::concern));
    return shares;
  }
}
