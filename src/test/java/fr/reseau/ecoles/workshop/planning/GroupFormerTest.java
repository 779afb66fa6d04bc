package fr.reseau.ecoles.workshop.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupFormerTest {

  private static final List<String> CONCERNS = List.of("Différenciation", "Oral", "Évaluation");
  private final GroupFormer former = new GroupFormer();

  private static PlanningTeacher teacher(
      String id, String discipline, boolean catalyst, String... concerns) {
    return new PlanningTeacher(
        id, "Enseignant " + id, discipline, List.of(concerns), 2, 10, catalyst);
  }

  @Test
  void groupsTeachersOnTheirFirstConcernWithACatalyst() {
    List<PlanningTeacher> teachers =
        List.of(
            teacher("a", "Mathématiques", true, "Oral", "Évaluation"),
            teacher("b", "Français", false, "Oral"),
            teacher("c", "SVT", false, "Oral", "Différenciation"),
            teacher("d", "Anglais", true, "Évaluation", "Oral"),
            teacher("e", "EPS", false, "Évaluation"),
            teacher("f", "Technologie", false, "Évaluation"));
    GroupingResult result = former.form(new GroupingRequest(teachers, CONCERNS, 3));

    assertThat(result.groups())
        .extracting(TeacherGroup::concern, TeacherGroup::teacherIds, TeacherGroup::catalystId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Oral", List.of("a", "b", "c"), "a"),
            org.assertj.core.groups.Tuple.tuple("Évaluation", List.of("d", "e", "f"), "d"));
    assertThat(result.unplaced()).isEmpty();
    assertThat(result.score().hard()).isZero();
    assertThat(result.score().optimal()).isTrue();
    // 2 groups; seniority band and digital ease repeated 2 times in each group
    assertThat(result.score().soft()).isEqualTo(-(2 * 100 + 4 * 1 + 4 * 1));
    assertThat(result.score().toString()).isEqualTo("0hard/-208soft");
    assertThat(result.score().explanation()).contains("optimum prouvé", "2 groupes × 100 = 200");
    assertThat(result.unmetWishes())
        .contains("Les enseignants du groupe G1 ont tous la même aisance numérique (2 sur 4).");
  }

  @Test
  void reportsTheMissingCatalystAndTheTeachersWhoCannotBePlaced() {
    List<PlanningTeacher> teachers =
        List.of(
            teacher("a", "Mathématiques", false, "Oral"),
            teacher("b", "Mathématiques", false, "Oral"),
            teacher("c", "Arts plastiques", false, "Numérique responsable"),
            teacher("d", "Musique", false));
    GroupingResult result = former.form(new GroupingRequest(teachers, CONCERNS));

    assertThat(result.groups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.id()).isEqualTo("G1");
              assertThat(g.catalystId()).isNull();
            });
    assertThat(result.unmetWishes())
        .contains(
            "Le groupe G1 n'a pas d'enseignant catalyseur.",
            "Le groupe G1 compte 2 enseignants de la même discipline (Mathématiques).");
    assertThat(result.unplaced())
        .containsExactly(
            new UnplacedTeacher(
                "c",
                "Aucune des préoccupations de Enseignant c (Numérique responsable) n'a été retenue pour la journée."),
            new UnplacedTeacher("d", "Enseignant d n'a indiqué aucune préoccupation."));
    assertThat(result.score().hard()).isEqualTo(-2);
    assertThat(result.score().explanation())
        .contains("2 enseignants n'ont pu être placés", "1 groupe sans catalyseur × 30 = 30");
  }

  @Test
  void prefersASecondChoiceToAnExtraGroupAndSaysSo() {
    List<PlanningTeacher> teachers = new ArrayList<>();
    for (int i = 0; i < 5; i++) teachers.add(teacher("o" + i, "D" + i, i == 0, "Oral"));
    teachers.add(teacher("x", "Dx", false, "Évaluation", "Oral"));
    GroupingResult result = former.form(new GroupingRequest(teachers, CONCERNS));

    assertThat(result.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.concern()).isEqualTo("Oral"));
    assertThat(result.unmetWishes())
        .contains(
            "Enseignant x travaille sur « Oral », son choix n° 2 parmi les "
                + "préoccupations retenues (son premier : « Évaluation »).");
  }

  @Test
  void neverExceedsTheMaximumSize() {
    List<PlanningTeacher> teachers = new ArrayList<>();
    for (int i = 0; i < 13; i++) teachers.add(teacher("t" + i, "D" + (i % 5), i % 4 == 0, "Oral"));
    GroupingResult result = former.form(new GroupingRequest(teachers, CONCERNS));

    assertThat(result.groups())
        .hasSize(3)
        .allSatisfy(g -> assertThat(g.size()).isLessThanOrEqualTo(6));
    assertThat(result.groups().stream().mapToInt(TeacherGroup::size).sum()).isEqualTo(13);
  }

  @Test
  void sameInputSameResult() {
    Random random = new Random(3);
    GroupingRequest request;
    do {
      request = RandomWorkshops.grouping(random, 40);
    } while (request.teachers().size() < 30);
    GroupFormer bounded = new GroupFormer(new SolverLimits(Duration.ofSeconds(60), 3_000));
    GroupingResult first = bounded.form(request);
    GroupingResult second = bounded.form(request);
    assertThat(first.score().optimal())
        .as("large enough for the seeded LNS phase to run")
        .isFalse();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void rejectsInvalidInputsInFrench() {
    List<PlanningTeacher> ok = List.of(teacher("a", "SVT", false, "Oral"));
    assertThatThrownBy(() -> former.form(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("La demande de constitution des groupes est absente.");
    assertThatThrownBy(() -> former.form(new GroupingRequest(List.of(), CONCERNS)))
        .hasMessage("La liste des enseignants est vide.");
    assertThatThrownBy(() -> former.form(new GroupingRequest(ok, List.of("Oral", "Évaluation"))))
        .hasMessage("Il faut retenir 3 ou 4 préoccupations pour la journée (reçu : 2).");
    assertThatThrownBy(
            () -> former.form(new GroupingRequest(ok, List.of("Oral", "Évaluation", " Oral"))))
        .hasMessage("Une préoccupation est retenue deux fois.");
    assertThatThrownBy(() -> former.form(new GroupingRequest(ok, CONCERNS, 7)))
        .hasMessage(
            "La taille maximale d'un groupe doit être comprise entre 2 et 6 enseignants (reçu : 7).");
    assertThatThrownBy(
            () ->
                former.form(
                    new GroupingRequest(
                        List.of(teacher("a", "SVT", false), teacher("a", "EPS", false)), CONCERNS)))
        .hasMessage("L'identifiant « a » est utilisé par deux enseignants.");
    assertThatThrownBy(
            () ->
                former.form(
                    new GroupingRequest(
                        List.of(
                            new PlanningTeacher("a", "Anne", "SVT", List.of("Oral"), 5, 3, false)),
                        CONCERNS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("L'aisance numérique de Anne doit être comprise entre 1 et 4 (reçu : 5).");
    assertThatThrownBy(
            () ->
                former.form(
                    new GroupingRequest(
                        List.of(
                            new PlanningTeacher("a", "Anne", "SVT", List.of("Oral"), 2, -1, false)),
                        CONCERNS)))
        .hasMessage("L'ancienneté de Anne doit être comprise entre 0 et 50 ans (reçu : -1).");
    assertThatThrownBy(
            () ->
                former.form(
                    new GroupingRequest(
                        List.of(
                            new PlanningTeacher("a", "Anne", " ", List.of("Oral"), 2, 1, false)),
                        CONCERNS)))
        .hasMessage("Anne n'a pas de discipline.");
    assertThatThrownBy(
            () ->
                former.form(
                    new GroupingRequest(
                        List.of(new PlanningTeacher("a", "Anne", "SVT", null, 2, 1, false)),
                        CONCERNS)))
        .hasMessage("Anne n'a pas de liste de préoccupations (elle peut être vide).");
    assertThatThrownBy(() -> new SolverLimits(Duration.ZERO, 10))
        .hasMessage("La durée maximale de calcul doit être positive.");
  }
}
