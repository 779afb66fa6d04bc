package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of the day itself: who organises it, and the briefing of its participants. */
class WorkshopDayServiceTest extends IntegrationTest {

  @Autowired WorkshopDayService days;
  @Autowired WorkshopTestDays testDays;
  @Autowired WorkshopDayRepository repository;

  @Test
  void aDayBelongsToANetwork() {
    assertThatThrownBy(() -> days.requireOrganiser(null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(WorkshopDayVariables.Internal.NETWORK_ID)
        .hasMessageContaining("appartient à un réseau");
  }

  @Test
  void theParticipantsMustHaveHeardTheThreeTopics() {
    Long id =
        testDays.day(
            "briefing-network",
            "2026-2027",
            LocalDate.of(2027, 3, 4),
            WorkshopDayStatus.PREPARING,
            0);
    LocalDate on = LocalDate.of(2027, 3, 1);
    assertThatThrownBy(
            () -> days.recordParticipantsBriefing(id, on, Set.of("objectives", "groups"), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(WorkshopDayVariables.BRIEFING_TOPICS)
        .hasMessageContaining("les trois points");
    assertThat(repository.findById(id).orElseThrow().getParticipantsBriefedOn()).isNull();

    days.recordParticipantsBriefing(
        id, on, new LinkedHashSet<>(List.of("groups", "objectives", "expectations")), "Salle B");
    WorkshopDay day = repository.findById(id).orElseThrow();
    assertThat(day.getParticipantsBriefedOn()).isEqualTo(on);
  }
}
