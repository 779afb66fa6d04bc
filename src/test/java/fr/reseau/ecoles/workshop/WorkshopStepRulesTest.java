package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the workshop-day listeners used to hold, now in the services: no engine needed. */
class WorkshopStepRulesTest {

  @Test
  void aPastedQuestionnaireMustFitTheEnginesTextColumn() {
    assertThatCode(() -> QuestionnaireService.checkPasteLength("x".repeat(3900)))
        .doesNotThrowAnyException();
    assertThatCode(() -> QuestionnaireService.checkPasteLength(null)).doesNotThrowAnyException();
    assertThatThrownBy(() -> QuestionnaireService.checkPasteLength("x".repeat(3901)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(WorkshopDayVariables.QUESTIONNAIRE_CSV)
        .hasMessageContaining("dépasse 3900 caractères (3901)");
  }

  @Test
  void theChosenConcernsAreNumberedInTheirOrder() {
    assertThat(ConcernValidationService.concernsText(List.of("Oral", "Évaluation")))
        .isEqualTo("**Préoccupations retenues par l'équipe projet :**\n\n1. Oral\n2. Évaluation");
  }

  @Test
  void aPublishedFileIsDownloadedFromTheOutputPath() {
    assertThat(WorkshopOutputs.downloadPath(42L, "ideas"))
        .isEqualTo("/api/workshop-days/42/outputs/ideas.csv");
  }
}
