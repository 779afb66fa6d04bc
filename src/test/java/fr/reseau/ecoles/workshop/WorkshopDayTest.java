package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A workshop day guards its invariants: what it needs to exist, and its transitions. */
class WorkshopDayTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static WorkshopDay day(String title) {
    return new WorkshopDay(
        "ventoux-baronnies",
        title,
        "Collège des Dentelles",
        LocalDate.of(2027, 3, 4),
        "2026-2027",
        "questionnaire",
        "julie.vernet",
        null,
        Instant.parse("2027-01-11T09:00:00Z"));
  }

  @Test
  void aNewDayIsBeingPreparedAndNeedsItsNetworkAndDate() {
    assertThat(day("Journée").getStatus()).isEqualTo(WorkshopDayStatus.PREPARING);
    assertThatThrownBy(
            () ->
                new WorkshopDay(
                    null,
                    "Journée",
                    null,
                    LocalDate.of(2027, 3, 4),
                    "2026-2027",
                    "q",
                    null,
                    null,
                    Instant.now()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("networkId");
  }

  @Test
  void theFreeChoiceSlotIsOneOfTheDaysSlots() {
    WorkshopDay day = day("Journée");
    assertThatThrownBy(() -> day.workshopsPlanned(3, null, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> day.workshopsPlanned(0, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    day.workshopsPlanned(3, "9 h ; 10 h ; 11 h", 3);
    assertThat(day.getFreeChoiceSlot()).isEqualTo(3);
    assertThat(day.getSlotCount()).isEqualTo(3);
  }

  @Test
  void theTeamPlansThreeSlotsUntilItChoosesOtherwise() {
    WorkshopDay day = day("Journée");
    assertThat(day.slotCountToPlan()).isEqualTo(3);
    day.workshopsPlanned(2, null, null);
    assertThat(day.slotCountToPlan()).isEqualTo(2);
  }

  @Test
  void eachChoiceOfConcernsOpensANewRoundOfValidation() {
    WorkshopDay day = day("Journée");
    day.concernsChosen("Oral|Évaluation|Différenciation");
    day.concernsChosen("Oral|Évaluation|Climat");
    assertThat(day.getValidationRound()).isEqualTo(2);
    assertThat(day.getChosenConcerns()).isEqualTo("Oral|Évaluation|Climat");
  }

  @Test
  void noInvitationOnceTheOutputsArePublished() {
    WorkshopDay day = day("Journée");
    day.invitationsSent();
    assertThat(day.getStatus()).isEqualTo(WorkshopDayStatus.INVITED);
    day.published(Instant.parse("2027-04-01T10:00:00Z"));
    assertThat(day.getStatus()).isEqualTo(WorkshopDayStatus.PUBLISHED);
    assertThatThrownBy(day::invitationsSent).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theTitleFitsItsColumn() {
    assertThat(validator.validate(day("x".repeat(200)))).isEmpty();
    assertThat(validator.validate(day("x".repeat(201))))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("title");
    assertThat(validator.validate(day(" ")))
        .extracting(ConstraintViolation::getMessageTemplate)
        .containsExactly("{jakarta.validation.constraints.NotBlank.message}");
  }
}
