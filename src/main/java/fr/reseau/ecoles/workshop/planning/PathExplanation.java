package fr.reseau.ecoles.workshop.planning;

import static fr.reseau.ecoles.workshop.planning.GroupScoring.head;
import static fr.reseau.ecoles.workshop.planning.GroupScoring.plural;
import static fr.reseau.ecoles.workshop.planning.GroupScoring.term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score and the French explanation of the paths {@link PathPlanner} found: both are counted
 * again from the paths themselves, so that what the project team reads is what was planned, and a
 * score that disagrees with the solver's stops the planning instead of being shown.
 */
final class PathExplanation {

  private PathExplanation() {}

  static PathResult explain(
      PathRequest request,
      List<GroupPath> paths,
      boolean optimal,
      int solverPenalty,
      int hardWeight,
      ScoreBound proven) {
    Integer free = request.freeChoiceSlot();
    List<String> wishes = new ArrayList<>();
    List<UncoveredGroup> uncovered = new ArrayList<>();
    int idle = 0;
    int again = 0;
    Map<String, Integer> load = new LinkedHashMap<>();
    for (int g = 0; g < paths.size(); g++) {
      GroupPath path = paths.get(g);
      TeacherGroup group = request.groups().get(g);
      path.steps().forEach(s -> load.merge(s.sessionId(), group.size(), Integer::sum));
    }
    for (int g = 0; g < paths.size(); g++) {
      GroupPath path = paths.get(g);
      TeacherGroup group = request.groups().get(g);
      for (int slot = 1; slot <= request.slotCount(); slot++) {
        if ((free == null || slot != free) && path.at(slot).isEmpty()) {
          idle++;
          wishes.add("Le groupe " + group.id() + " n'a pas d'atelier au créneau " + slot + ".");
        }
      }
      Map<String, List<Integer>> slotsByWorkshop = new LinkedHashMap<>();
      path.steps()
          .forEach(
              s ->
                  slotsByWorkshop
                      .computeIfAbsent(s.workshopId(), w -> new ArrayList<>())
                      .add(s.slot()));
      for (Map.Entry<String, List<Integer>> w : slotsByWorkshop.entrySet()) {
        int times = w.getValue().size();
        if (times > 1) {
          again += times - 1;
          wishes.add(
              "Le groupe "
                  + group.id()
                  + " suit "
                  + times
                  + " fois l'atelier « "
                  + w.getKey()
                  + " » (créneaux "
                  + join(w.getValue())
                  + ").");
        }
      }
      String concern = group.concern().strip();
      if (path.steps().stream().noneMatch(s -> s.concern().equals(concern))) {
        List<WorkshopSession> own =
            request.sessions().stream()
                .filter(
                    s -> s.concern().strip().equals(concern) && (free == null || s.slot() != free))
                .toList();
        String reason;
        if (own.isEmpty()) {
          reason =
              "Le groupe "
                  + group.id()
                  + " ne peut suivre aucun atelier sur sa préoccupation « "
                  + concern
                  + " » : aucune session sur ce thème n'est prévue"
                  + (free == null ? "." : " en dehors du créneau au choix.");
        } else {
          reason =
              "Le groupe "
                  + group.id()
                  + " ne peut suivre aucun atelier sur sa préoccupation « "
                  + concern
                  + " » : les sessions sur ce thème n'ont pas assez de places pour ses "
                  + group.size()
                  + " enseignants.";
        }
        uncovered.add(new UncoveredGroup(group.id(), reason));
      }
    }
    int soft =
        PathPlanner.IDLE_SLOT_PENALTY * idle + PathPlanner.SAME_WORKSHOP_AGAIN_PENALTY * again;
    int penalty = hardWeight * uncovered.size() + soft;
    if (penalty != solverPenalty) {
      throw new IllegalStateException(
          "Score incohérent : " + penalty + " recalculé, " + solverPenalty + " par le solveur.");
    }
    int hard = -uncovered.size();
    String explanation =
        head(hard, -soft, optimal)
            + (uncovered.isEmpty()
                ? "Règles impératives : toutes respectées, chaque groupe suit au moins un atelier sur sa préoccupation, "
                    + "sans dépasser les capacités ni suivre deux ateliers à la fois. "
                : "Règles impératives : "
                    + plural(uncovered.size(), "groupe ne suit", "groupes ne suivent")
                    + " aucun atelier sur sa préoccupation (voir les raisons), 1 point chacun ; capacités et créneaux respectés. ")
            + "Pénalités des souhaits : "
            + term(
                idle,
                "créneau sans atelier",
                "créneaux sans atelier",
                PathPlanner.IDLE_SLOT_PENALTY)
            + " ; "
            + term(
                again,
                "atelier suivi une nouvelle fois",
                "ateliers suivis une nouvelle fois",
                PathPlanner.SAME_WORKSHOP_AGAIN_PENALTY)
            + (free == null
                ? "."
                : ". Le créneau " + free + " est laissé au choix des enseignants.");
    ScoreBound bound =
        optimal
            ? new ScoreBound(hard, -soft)
            : new ScoreBound(
                Math.max(hard, proven.hard()), Math.max(-soft, Math.min(0, proven.soft())));
    PlanningScore score = new PlanningScore(hard, -soft, optimal, explanation);
    return new PathResult(
        paths,
        new PlanningScore(hard, -soft, optimal, explanation + GroupScoring.proof(score, bound)),
        wishes,
        uncovered,
        bound);
  }

  private static String join(List<Integer> slots) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < slots.size(); j++) {
      if (j > 0) b.append(j == slots.size() - 1 ? " et " : ", ");
      b.append(slots.get(j));
    }
    return b.toString();
  }
}
