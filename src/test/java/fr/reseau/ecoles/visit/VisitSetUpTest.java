package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a visit's set-up, as plain code. */
class VisitSetUpTest {

  @Test
  void aPlannedVisitComesWithANumericId() {
    assertThat(VisitSetUp.plannedVisitId(42)).isEqualTo(42L);
    assertThat(VisitSetUp.plannedVisitId(42L)).isEqualTo(42L);
    assertThat(VisitSetUp.plannedVisitId(null)).as("a visit started on its own").isNull();
  }

  @Test
  void aVisitIdThatIsNoNumberIsRefusedNamingTheField() {
    assertThatThrownBy(() -> VisitSetUp.plannedVisitId("42"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Champ « visitId » : identifiant de visite numérique attendu, reçu « 42 ».");
  }

  @Test
  void theDateIsAgreedStallWarningDaysBeforeTheWindowCloses() {
    assertThat(VisitSetUp.dateAgreementDeadline(LocalDate.of(2027, 5, 28), 21))
        .isEqualTo("2027-05-07");
    assertThat(VisitSetUp.dateAgreementDeadline(LocalDate.of(2027, 3, 1), 1L))
        .isEqualTo("2027-02-28");
  }
}
