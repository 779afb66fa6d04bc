package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workshop day of the demo school whose every timer fires on the job executor, nobody logged in
 * ({@link WorkshopDayPeople}); the project team and the teachers act as themselves.
 */
class WorkshopDayOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired WorkshopDayPeople people;
  @Autowired WorkshopOutputs outputs;

  @Test
  void everyTimerOfTheDayFiresOnTheJobExecutor() {
    Long dayId = people.runWholeDay(this, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 4));
    assertThat(outputs.output(dayId, "referents").orElseThrow().getContent().lines())
        .as("header and the one confirmed")
        .hasSize(2);
    assertNoFailure();
  }
}
