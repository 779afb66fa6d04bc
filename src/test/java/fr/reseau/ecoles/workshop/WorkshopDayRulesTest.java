package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire reader, the consolidation of concerns, the majority rule and the referent
 * score.
 */
class WorkshopDayRulesTest {

  static final String HEADER =
      "enseignant;nom;prenom;discipline;preoccupations;aisance_numerique;anciennete;catalyseur\n";

  @Test
  void readsAQuestionnaireWithRankedConcernsWhateverTheHeaderSpelling() {
    List<QuestionnaireCsv.Row> rows =
        QuestionnaireCsv.parse(
            "\uFEFFEnseignant,Nom,Prénom,Discipline,Préoccupations,Aisance numérique,Ancienneté\n"
                + "a.b,B,A,Maths,Oral | Évaluation ,2,10\n");
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rankedConcerns()).containsExactly("Oral", "Évaluation");
              assertThat(r.displayName()).isEqualTo("A B");
              assertThat(r.catalyst()).isFalse();
              assertThat(r.line()).isEqualTo(2);
            });
  }

  @Test
  void everyMistakeIsReportedWithItsLineAndColumn() {
    assertThatThrownBy(
            () ->
                QuestionnaireCsv.parse(
                    HEADER
                        + "a.b;B;A;Maths;;5;x;peut-être\na.b;B;A;Maths;Oral;1;1;oui\na.b;B;A;Maths;Oral;1;1;oui\n"))
        .isInstanceOfSatisfying(
            QuestionnaireCsv.RejectedException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "Ligne 2, colonne « preoccupations » : au moins une préoccupation, classées de la plus importante à la moins importante, séparées par « | ».",
                        "Ligne 2, colonne « aisance_numerique » : « 5 » : de 1 (débutant) à 4 (très à l'aise) attendu.",
                        "Ligne 2, colonne « anciennete » : « x » : un nombre d'années de 0 à 50 attendu.",
                        "Ligne 2, colonne « catalyseur » : « peut-être » : oui ou non attendu.",
                        "Ligne 4, colonne « enseignant » : « a.b » répond deux fois."));
    assertThatThrownBy(() -> QuestionnaireCsv.parse("enseignant;nom\nx;y\n"))
        .hasMessageContaining("la colonne « prenom » manque");
    assertThatThrownBy(() -> QuestionnaireCsv.parse(HEADER)).hasMessageContaining("aucune réponse");
    assertThatThrownBy(() -> QuestionnaireCsv.parse(" ")).hasMessageContaining("vide");
  }

  @Test
  void aBrokenQuoteIsToldByItsLineAfterTheMistakesBeforeIt() {
    assertThatThrownBy(
            () ->
                QuestionnaireCsv.parse(
                    HEADER
                        + "a.b;B;A;Maths;Oral;9;1;non\n\n"
                        + "c.d;D;C;Maths;\"Oral;1;1;non\ne.f;F;E;Maths;Oral;1;1;non\n"))
        .isInstanceOfSatisfying(
            QuestionnaireCsv.RejectedException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "Ligne 2, colonne « aisance_numerique » : « 9 » : de 1 (débutant) à 4 (très à l'aise) attendu.",
                        "Ligne 4 : guillemets mal placés ou non refermés ; la lecture s'arrête à cette ligne."
                            + " Vérifiez les guillemets (\") de cette ligne."));
  }

  @Test
  void linesAreCountedInTheFileBlankLinesIncluded() {
    List<QuestionnaireCsv.Row> rows =
        QuestionnaireCsv.parse(
            "enseignant\tnom\tprenom\tdiscipline\tpreoccupations\taisance_numerique\tanciennete\n"
                + "\n"
                + "a.b\tB\tA\tMaths\tOral\t2\t10\n");
    assertThat(rows).singleElement().extracting(QuestionnaireCsv.Row::line).isEqualTo(3);
  }

  @Test
  void concernsAreRankedByTeachersThenFirstChoices() {
    List<ConcernShare> shares =
        ConcernConsolidation.consolidate(
            List.of(
                List.of("Oral", "Évaluation"),
                List.of("Évaluation", "Oral"),
                List.of("Évaluation"),
                List.of("Numérique", "Oral")));
    assertThat(shares)
        .containsExactly(
            new ConcernShare("Évaluation", 3, 75, 2),
            new ConcernShare("Oral", 3, 75, 1),
            new ConcernShare("Numérique", 1, 25, 1));
  }

  @Test
  void concernsAreKeptByAMajorityOfTheAnswers() {
    assertThat(ConcernValidationService.isApproved(2, 1)).isTrue();
    assertThat(ConcernValidationService.isApproved(1, 1)).as("a tie is not a majority").isFalse();
    assertThat(ConcernValidationService.isApproved(0, 0)).as("no answer keeps nothing").isFalse();
    assertThat(ConcernValidationService.isApproved(1, 0)).isTrue();
  }

  @Test
  void driversScoreOnWillingnessMotivationAndPractice() {
    TeacherImpressions driver = new TeacherImpressions(1L, "driver");
    driver.hotImpressionsGiven(4, null, null, null, null, true);
    driver.coldImpressionsGiven("yes", "Plans de travail", 4, null, true);
    ReferentScoring.Score score = ReferentScoring.score(driver);
    assertThat(score.points()).isEqualTo(3 + 2 + 3 + 2 + 1 + 1);
    assertThat(score.proposed()).isTrue();
    assertThat(score.reasons()).hasSize(6).contains("volontaire pour être référent·e");

    TeacherImpressions quiet = new TeacherImpressions(1L, "quiet");
    quiet.coldImpressionsGiven("planned", null, 2, null, false);
    ReferentScoring.Score low = ReferentScoring.score(quiet);
    assertThat(low.points()).isEqualTo(1);
    assertThat(low.proposed()).isFalse();
  }

  @Test
  void theSchoolYearStartsInSeptember() {
    assertThat(WorkshopDayService.schoolYear(java.time.LocalDate.of(2027, 2, 4)))
        .isEqualTo("2026-2027");
    assertThat(WorkshopDayService.schoolYear(java.time.LocalDate.of(2027, 9, 1)))
        .isEqualTo("2027-2028");
  }
}
