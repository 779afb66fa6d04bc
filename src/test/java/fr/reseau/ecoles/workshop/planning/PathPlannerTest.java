package fr.reseau.ecoles.workshop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathPlannerTest {

  private final PathPlanner planner = new PathPlanner();

  private static TeacherGroup group(String id, String concern, int size) {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) ids.add(id + "-t" + i);
    return new TeacherGroup(id, concern, ids, null);
  }

  private static WorkshopSession session(
      String id, String workshop, String concern, int slot, int capacity) {
    return new WorkshopSession(id, workshop, concern, "Animateur " + workshop, slot, capacity);
  }

  /** Two groups, two workshops repeated over slots 1 and 2, slot 3 left to the teachers' choice. */
  private static PathRequest smallDay() {
    return new PathRequest(
        List.of(group("G1", "Oral", 5), group("G2", "Évaluation", 4)),
        List.of(
            session("S1", "W-oral", "Oral", 1, 6),
            session("S2", "W-eval", "Évaluation", 1, 6),
            session("S3", "W-oral", "Oral", 2, 6),
            session("S4", "W-eval", "Évaluation", 2, 6),
            session("S5", "W-oral", "Oral", 3, 6),
            session("S6", "W-libre", "Différenciation", 3, 8)),
        3,
        3);
  }

  @Test
  void everyGroupCoversItsConcernAndSeesTheOtherWorkshop() {
    PathResult result = planner.plan(smallDay());

    assertThat(result.paths()).extracting(GroupPath::groupId).containsExactly("G1", "G2");
    assertThat(result.paths().get(0).steps())
        .extracting(PathStep::workshopId)
        .containsExactlyInAnyOrder("W-oral", "W-eval");
    assertThat(result.paths().get(1).steps())
        .extracting(PathStep::workshopId)
        .containsExactlyInAnyOrder("W-oral", "W-eval");
    assertThat(result.paths()).allSatisfy(p -> assertThat(p.at(3)).isEmpty());
    assertThat(result.uncoveredGroups()).isEmpty();
    assertThat(result.unmetWishes()).isEmpty();
    assertThat(result.score().toString()).isEqualTo("0hard/0soft");
    assertThat(result.score().optimal()).isTrue();
    assertThat(result.score().explanation())
        .contains("Le créneau 3 est laissé au choix des enseignants.");
  }

  @Test
  void reportsAGroupThatFindsNoRoomOnItsConcernAndTheWishesItMisses() {
    PathRequest request =
        new PathRequest(
            List.of(group("G1", "Oral", 4), group("G2", "Oral", 4)),
            List.of(
                session("S1", "W-oral", "Oral", 1, 6), session("S2", "W-eval", "Évaluation", 1, 4)),
            2,
            null);
    PathResult result = planner.plan(request);

    assertThat(result.uncoveredGroups())
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.reason())
                    .isEqualTo(
                        "Le groupe "
                            + u.groupId()
                            + " ne peut suivre aucun atelier sur sa préoccupation « Oral » : les sessions "
                            + "sur ce thème n'ont pas assez de places pour ses 4 enseignants."));
    assertThat(result.score().hard()).isEqualTo(-1);
    assertThat(result.unmetWishes())
        .containsExactlyInAnyOrder(
            "Le groupe G1 n'a pas d'atelier au créneau 2.",
            "Le groupe G2 n'a pas d'atelier au créneau 2.");
    assertThat(result.score().soft()).isEqualTo(-40);
  }

  @Test
  void aRepeatedWorkshopIsASoftPenaltyListedInFrench() {
    PathRequest request =
        new PathRequest(
            List.of(group("G1", "Oral", 3)),
            List.of(session("S1", "W-oral", "Oral", 1, 6), session("S2", "W-oral", "Oral", 2, 6)),
            2,
            null);
    PathResult result = planner.plan(request);

    assertThat(result.unmetWishes())
        .containsExactly("Le groupe G1 suit 2 fois l'atelier « W-oral » (créneaux 1 et 2).");
    assertThat(result.score().toString()).isEqualTo("0hard/-10soft");
  }

  @Test
  void sameInputSameResult() {
    List<String> concerns = RandomWorkshops.CONCERNS.subList(0, 3);
    List<TeacherGroup> groups = new java.util.ArrayList<>();
    for (int g = 0; g < 12; g++) groups.add(group("G" + (g + 1), concerns.get(g % 3), 3 + g % 4));
    List<WorkshopSession> sessions = new java.util.ArrayList<>();
    for (int slot = 1; slot <= 4; slot++) {
      for (int w = 0; w < 4; w++) {
        sessions.add(
            session("S" + slot + w, "W" + w, concerns.get(w % 3), slot, 9 + (w + slot) % 4));
      }
    }
    PathRequest request = new PathRequest(groups, sessions, 4, 4);
    PathPlanner bounded = new PathPlanner(new SolverLimits(Duration.ofSeconds(60), 3_000));
    PathResult first = bounded.plan(request);
    assertThat(first.score().optimal())
        .as("large enough for the seeded LNS phase to run")
        .isFalse();
    assertThat(bounded.plan(request)).isEqualTo(first);
  }

  @Test
  void freeChoicePicksAreCheckedAgainstTheRemainingPlaces() {
    PathRequest request = smallDay();
    PathResult result = planner.plan(request);
    Map<String, String> picks = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) picks.put("G1-t" + (i % 5) + (i >= 5 ? "bis" + i : ""), "S5");
    picks.put("G2-t0", "S6");
    picks.put("G2-t1", "S1");
    picks.put("G2-t2", "S9");
    FreeChoiceReport report = FreeChoiceChecker.check(request, result, picks);

    assertThat(report.ok()).isFalse();
    assertThat(report.remainingCapacity()).containsEntry("S5", -1).containsEntry("S6", 7);
    assertThat(report.overflowTeacherIds()).containsExactly("G1-t1bis6");
    assertThat(report.problems())
        .containsExactly(
            "L'enseignant « G2-t1 » a choisi la session S1 du créneau 1, qui n'est pas le créneau au choix (3).",
            "L'enseignant « G2-t2 » a choisi une session inconnue (« S9 »).",
            "La session S5 de l'atelier « W-oral » (créneau 3, 6 places) reçoit 1 choix de trop : G1-t1bis6.");
    assertThat(FreeChoiceChecker.check(request, result, Map.of("G1-t0", "S6")).ok()).isTrue();
  }

  @Test
  void rejectsInvalidInputsInFrench() {
    List<TeacherGroup> groups = List.of(group("G1", "Oral", 3));
    List<WorkshopSession> sessions = List.of(session("S1", "W", "Oral", 1, 6));
    assertThatThrownBy(() -> planner.plan(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("La demande de parcours est absente.");
    assertThatThrownBy(() -> planner.plan(new PathRequest(groups, sessions, 0, null)))
        .hasMessage("Le nombre de créneaux doit être compris entre 1 et 12 (reçu : 0).");
    assertThatThrownBy(() -> planner.plan(new PathRequest(groups, sessions, 2, 3)))
        .hasMessage("Le créneau au choix doit être l'un des créneaux 1 à 2 (reçu : 3).");
    assertThatThrownBy(() -> planner.plan(new PathRequest(List.of(), sessions, 2, null)))
        .hasMessage("La liste des groupes est vide.");
    assertThatThrownBy(
            () ->
                planner.plan(
                    new PathRequest(
                        List.of(group("G1", "Oral", 2), group("G1", "Oral", 1)),
                        sessions,
                        2,
                        null)))
        .hasMessage("L'identifiant de groupe « G1 » est utilisé deux fois.");
    assertThatThrownBy(
            () ->
                planner.plan(
                    new PathRequest(groups, List.of(session("S1", "W", "Oral", 3, 6)), 2, null)))
        .hasMessage("La session S1 est au créneau 3, hors des créneaux 1 à 2.");
    assertThatThrownBy(
            () ->
                planner.plan(
                    new PathRequest(groups, List.of(session("S1", "W", "Oral", 1, 0)), 2, null)))
        .hasMessage("La capacité de la session S1 doit être d'au moins 1 enseignant (reçu : 0).");
    assertThatThrownBy(
            () ->
                planner.plan(
                    new PathRequest(
                        groups,
                        List.of(
                            session("S1", "W", "Oral", 1, 6),
                            session("S2", "W", "Évaluation", 2, 6)),
                        2,
                        null)))
        .hasMessage("L'atelier « W » a deux préoccupations différentes selon ses sessions.");
    assertThatThrownBy(
            () ->
                planner.plan(
                    new PathRequest(
                        groups,
                        List.of(
                            new WorkshopSession("S1", "W1", "Oral", "Claire", 1, 6),
                            new WorkshopSession("S2", "W2", "Oral", "Claire", 1, 6)),
                        2,
                        null)))
        .hasMessage("L'animateur « Claire » anime deux sessions au créneau 1.");
    assertThatThrownBy(
            () ->
                FreeChoiceChecker.check(
                    new PathRequest(groups, sessions, 2, null),
                    planner.plan(new PathRequest(groups, sessions, 2, null)),
                    Map.of()))
        .hasMessage("La journée n'a pas de créneau au choix.");
  }
}
