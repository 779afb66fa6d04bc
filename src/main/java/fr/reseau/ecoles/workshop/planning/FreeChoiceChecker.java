package fr.reseau.ecoles.workshop.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the teachers' own picks for the free-choice slot against the places left. */
public final class FreeChoiceChecker {

  private FreeChoiceChecker() {}

  /**
   * @param request the request the paths were planned for (it names the free-choice slot)
   * @param result the planned paths (they leave the free-choice slot empty, but their load is
   *     counted anyway)
   * @param picks teacher id → chosen session id, in the order the picks were made (use a {@link
   *     LinkedHashMap})
   * @throws IllegalArgumentException when the request has no free-choice slot or an argument is
   *     missing
   */
  public static FreeChoiceReport check(
      PathRequest request, PathResult result, Map<String, String> picks) {
    Validation.validate(request);
    Validation.require(request.freeChoiceSlot() != null, "La journée n'a pas de créneau au choix.");
    Validation.require(result != null, "Les parcours sont absents.");
    Validation.require(picks != null, "Les choix des enseignants sont absents.");
    int free = request.freeChoiceSlot();
    Map<String, WorkshopSession> byId = new LinkedHashMap<>();
    request.sessions().forEach(s -> byId.put(s.id(), s));
    Map<String, Integer> remaining = new LinkedHashMap<>();
    request.sessions().stream()
        .filter(s -> s.slot() == free)
        .forEach(s -> remaining.put(s.id(), s.capacity()));
    Map<String, Integer> groupSize = new LinkedHashMap<>();
    request.groups().forEach(g -> groupSize.put(g.id(), g.size()));
    for (GroupPath path : result.paths()) {
      path.at(free)
          .ifPresent(
              step ->
                  remaining.merge(
                      step.sessionId(), -groupSize.getOrDefault(path.groupId(), 0), Integer::sum));
    }
    List<String> problems = new ArrayList<>();
    List<String> overflow = new ArrayList<>();
    Map<String, List<String>> over = new LinkedHashMap<>();
    for (Map.Entry<String, String> pick : picks.entrySet()) {
      WorkshopSession s = byId.get(pick.getValue());
      if (s == null) {
        problems.add(
            "L'enseignant « "
                + pick.getKey()
                + " » a choisi une session inconnue (« "
                + pick.getValue()
                + " »).");
      } else if (s.slot() != free) {
        problems.add(
            "L'enseignant « "
                + pick.getKey()
                + " » a choisi la session "
                + s.id()
                + " du créneau "
                + s.slot()
                + ", qui n'est pas le créneau au choix ("
                + free
                + ").");
      } else {
        int left = remaining.merge(s.id(), -1, Integer::sum);
        if (left < 0) {
          overflow.add(pick.getKey());
          over.computeIfAbsent(s.id(), id -> new ArrayList<>()).add(pick.getKey());
        }
      }
    }
    over.forEach(
        (id, teachers) -> {
          WorkshopSession s = byId.get(id);
          problems.add(
              "La session "
                  + id
                  + " de l'atelier « "
                  + s.workshopId()
                  + " » (créneau "
                  + free
                  + ", "
                  + s.capacity()
                  + " places) reçoit "
                  + teachers.size()
                  + " choix de trop : "
                  + String.join(", ", teachers)
                  + ".");
        });
    return new FreeChoiceReport(remaining, overflow, problems);
  }
}
