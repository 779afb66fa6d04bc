package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.GroupFormer.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Recomputes a grouping's score from the groups themselves and explains it in French
 * (package-private).
 */
final class GroupScoring {

  private GroupScoring() {}

  static GroupingResult result(
      GroupingRequest request,
      List<String> concerns,
      List<TeacherGroup> groups,
      List<UnplacedTeacher> unplaced,
      boolean optimal,
      int solverPenalty,
      int penaltyBound) {
    Map<String, PlanningTeacher> byId = new LinkedHashMap<>();
    request.teachers().forEach(t -> byId.put(t.id(), t));
    int noCatalyst = 0;
    int ranks = 0;
    int dupDiscipline = 0;
    int dupEase = 0;
    int dupBand = 0;
    List<String> wishes = new ArrayList<>();
    for (TeacherGroup g : groups) {
      List<PlanningTeacher> members = g.teacherIds().stream().map(byId::get).toList();
      if (g.catalystId() == null) {
        noCatalyst++;
        wishes.add("Le groupe " + g.id() + " n'a pas d'enseignant catalyseur.");
      }
      Map<String, Integer> disciplines = count(members, PlanningTeacher::disciplineKey);
      Map<Integer, Integer> eases = count(members, PlanningTeacher::digitalEase);
      Map<Integer, Integer> bands = count(members, PlanningTeacher::seniorityBand);
      dupDiscipline += members.size() - disciplines.size();
      dupEase += members.size() - eases.size();
      dupBand += members.size() - bands.size();
      disciplines.forEach(
          (d, c) -> {
            if (c > 1) {
              String shown =
                  members.stream()
                      .filter(t -> t.disciplineKey().equals(d))
                      .findFirst()
                      .map(t -> t.discipline().strip())
                      .orElse(d);
              wishes.add(
                  "Le groupe "
                      + g.id()
                      + " compte "
                      + c
                      + " enseignants de la même discipline ("
                      + shown
                      + ").");
            }
          });
      if (members.size() > 1 && eases.size() == 1) {
        wishes.add(
            "Les enseignants du groupe "
                + g.id()
                + " ont tous la même aisance numérique ("
                + members.get(0).digitalEase()
                + " sur 4).");
      }
      if (members.size() > 1 && bands.size() == 1) {
        wishes.add(
            "Les enseignants du groupe "
                + g.id()
                + " ont tous une ancienneté de la même tranche ("
                + bandLabel(members.get(0).seniorityBand())
                + ").");
      }
      for (PlanningTeacher t : members) {
        List<String> own =
            t.rankedConcerns().stream()
                .map(String::strip)
                .filter(concerns::contains)
                .distinct()
                .toList();
        int rank = own.indexOf(g.concern());
        ranks += rank;
        if (rank > 0) {
          wishes.add(
              t.displayName()
                  + " travaille sur « "
                  + g.concern()
                  + " », son choix n° "
                  + (rank + 1)
                  + " parmi les préoccupations retenues (son premier : « "
                  + own.get(0)
                  + " »).");
        }
      }
    }
    int penalty =
        GROUP_PENALTY * groups.size()
            + NO_CATALYST_PENALTY * noCatalyst
            + CONCERN_RANK_PENALTY * ranks
            + SAME_DISCIPLINE_PENALTY * dupDiscipline
            + SAME_DIGITAL_EASE_PENALTY * dupEase
            + SAME_SENIORITY_BAND_PENALTY * dupBand;
    if (penalty != solverPenalty) {
      throw new IllegalStateException(
          "Score incohérent : " + penalty + " recalculé, " + solverPenalty + " par le solveur.");
    }
    int hard = -unplaced.size();
    String explanation =
        head(hard, -penalty, optimal)
            + (unplaced.isEmpty()
                ? "Règles impératives : toutes respectées, chaque enseignant est dans un groupe. "
                : "Règles impératives : "
                    + plural(
                        unplaced.size(),
                        "enseignant n'a pu être placé",
                        "enseignants n'ont pu être placés")
                    + " (voir les raisons), 1 point chacun. ")
            + "Pénalités des souhaits : "
            + String.join(
                " ; ",
                List.of(
                    term(groups.size(), "groupe", "groupes", GROUP_PENALTY),
                    term(
                        noCatalyst,
                        "groupe sans catalyseur",
                        "groupes sans catalyseur",
                        NO_CATALYST_PENALTY),
                    term(
                        ranks,
                        "rang de préoccupation après le premier choix",
                        "rangs de préoccupation après le premier choix",
                        CONCERN_RANK_PENALTY),
                    term(
                        dupDiscipline,
                        "discipline en double",
                        "disciplines en double",
                        SAME_DISCIPLINE_PENALTY),
                    term(
                        dupEase,
                        "aisance numérique en double",
                        "aisances numériques en double",
                        SAME_DIGITAL_EASE_PENALTY),
                    term(
                        dupBand,
                        "tranche d'ancienneté en double",
                        "tranches d'ancienneté en double",
                        SAME_SENIORITY_BAND_PENALTY)))
            + ".";
    ScoreBound bound = new ScoreBound(hard, optimal ? -penalty : -Math.min(penaltyBound, penalty));
    PlanningScore score = new PlanningScore(hard, -penalty, optimal, explanation);
    return new GroupingResult(
        groups,
        unplaced,
        new PlanningScore(hard, -penalty, optimal, explanation + proof(score, bound)),
        wishes,
        bound);
  }

  static String head(int hard, int soft, boolean optimal) {
    return "Score "
        + hard
        + "hard/"
        + soft
        + "soft, "
        + (optimal
            ? "optimum prouvé : aucun autre plan n'a un meilleur score. "
            : "meilleur plan trouvé dans les limites de calcul (optimum non prouvé). ");
  }

  /** The proof in French: optimal, or the bound and the gap still open. */
  static String proof(PlanningScore score, ScoreBound bound) {
    if (score.optimal()) return "";
    int gap = bound.softGap(score);
    int hardGap = bound.hardGap(score);
    String text = " Borne : aucun plan ne peut faire mieux que " + bound + " ; ";
    if (gap == 0 && hardGap == 0) {
      return text + "ce plan l'atteint, il est donc optimal.";
    }
    String soft =
        gap == 0
            ? "aucun écart sur les souhaits"
            : "écart de "
                + gap
                + " point"
                + (gap > 1 ? "s" : "")
                + " sur les souhaits ("
                + String.format(java.util.Locale.FRANCE, "%.1f", 100.0 * gap / -score.soft())
                + " %)";
    if (hardGap > 0) {
      soft +=
          ", et "
              + hardGap
              + " règle"
              + (hardGap > 1
                  ? "s impératives non prouvées inévitables"
                  : " impérative non prouvée inévitable");
    }
    return text + soft + ".";
  }

  static String term(int count, String singular, String pluralForm, int weight) {
    return plural(count, singular, pluralForm) + " × " + weight + " = " + count * weight;
  }

  static String plural(int count, String singular, String pluralForm) {
    return count + " " + (count > 1 ? pluralForm : singular);
  }

  private static String bandLabel(int band) {
    return switch (band) {
      case 0 -> "moins de 5 ans";
      case 1 -> "5 à 14 ans";
      case 2 -> "15 à 24 ans";
      default -> "25 ans et plus";
    };
  }

  private static <K> Map<K, Integer> count(
      List<PlanningTeacher> members, Function<PlanningTeacher, K> key) {
    Map<K, Integer> counts = new LinkedHashMap<>();
    members.forEach(t -> counts.merge(key.apply(t), 1, Integer::sum));
    return counts;
  }
}
