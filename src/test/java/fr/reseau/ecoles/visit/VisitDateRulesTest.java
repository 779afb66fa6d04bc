package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.Member;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The date rules of a visit, without the engine: the shipped school calendar, a fixed today. */
class VisitDateRulesTest {

  private final VisitDateRules rules = new VisitDateRules(new SchoolCalendar());
  private final Visit visit =
      new Visit(
          null,
          "net",
          "2026-2027",
          "anne.visiteuse",
          "hugo.accueil",
          "V1",
          "H1",
          null,
          null,
          LocalDate.of(2026, 10, 5),
          LocalDate.of(2027, 5, 28),
          Instant.parse("2026-09-01T08:00:00Z"));
  private final VisitService.VisitContext context =
      new VisitService.VisitContext(
          visit,
          member("anne.visiteuse"),
          member("hugo.accueil"),
          school("V1", "Collège du Ventoux", "A"),
          school("H1", "Lycée des Baronnies", "B"));

  @BeforeEach
  void today() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-01T08:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void aDateInTheWindowOnASchoolDayOfBothSchoolsIsAccepted() {
    assertThatCode(() -> rules.checkProposed(context, LocalDate.of(2026, 10, 6)))
        .doesNotThrowAnyException();
  }

  @Test
  void aDateOutsideTheWindowPastOrOnAHolidayIsRefusedNamingTheField() {
    assertThatThrownBy(() -> rules.checkProposed(context, LocalDate.of(2026, 10, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CdiVisitVariables.VISIT_DATE)
        .hasMessageContaining(
            "période de visites, du lundi 5 octobre 2026 au vendredi 28 mai 2027");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-10T08:00:00Z")));
    assertThatThrownBy(() -> rules.checkProposed(context, LocalDate.of(2026, 11, 9)))
        .hasMessageContaining("postérieure à aujourd'hui (mardi 10 novembre 2026)");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-01T08:00:00Z")));
    // winter holidays of zone A only: the host's school (zone B) still has classes
    assertThatThrownBy(() -> rules.checkProposed(context, LocalDate.of(2027, 2, 16)))
        .hasMessageContaining("n'est pas un jour de classe pour Collège du Ventoux")
        .hasMessageContaining("Vacances d'hiver (zone A)");
  }

  @Test
  void aNewDeadlineFallsAfterTodayAndBeforeTheWindowCloses() {
    assertThatCode(() -> rules.checkNewDeadline(visit, LocalDate.of(2026, 12, 1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.checkNewDeadline(visit, LocalDate.of(2026, 10, 1)))
        .hasMessageContaining(CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE)
        .hasMessageContaining("postérieur à aujourd'hui");
    assertThatThrownBy(() -> rules.checkNewDeadline(visit, LocalDate.of(2027, 5, 29)))
        .hasMessageContaining("précéder la fin de la période de visites (vendredi 28 mai 2027)");
  }

  @Test
  void aDateBeyondTheKnownCalendarIsRefusedRatherThanTakenForASchoolDay() {
    Visit nextYear =
        new Visit(
            null,
            "net",
            "2027-2028",
            "anne.visiteuse",
            "hugo.accueil",
            "V1",
            "H1",
            null,
            null,
            LocalDate.of(2027, 9, 27),
            LocalDate.of(2028, 5, 26),
            Instant.parse("2027-06-01T08:00:00Z"));
    VisitService.VisitContext nextYearContext =
        new VisitService.VisitContext(
            nextYear,
            context.visitor(),
            context.host(),
            context.visitorEstablishment(),
            context.hostEstablishment());
    // Tuesday 12 October 2027: a school day, probably, but the bundled calendar ends in August
    // 2027.
    assertThatThrownBy(() -> rules.checkProposed(nextYearContext, LocalDate.of(2027, 10, 12)))
        .hasMessageContaining(CdiVisitVariables.VISIT_DATE)
        .hasMessageContaining("n'est pas couvert par le calendrier scolaire connu pour la zone")
        .hasMessageContaining("importer le calendrier officiel");
  }

  private static Member member(String userId) {
    return new Member(userId, "Prénom", "Nom", null, MemberRole.DOCUMENTALISTE, "X", "net");
  }

  private static Establishment school(String code, String name, String zone) {
    return new Establishment(
        code, name, EstablishmentKind.COLLEGE, "Ville", "84", zone, 44.0, 5.0, "net", null);
  }
}
