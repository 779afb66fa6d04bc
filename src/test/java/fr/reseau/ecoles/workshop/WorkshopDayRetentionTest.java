package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.retention.PersonalContentPurgeService;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workshop day's personal content goes 12 months after its school year, once its process ended.
 */
class WorkshopDayRetentionTest extends IntegrationTest {

  @Autowired PersonalContentPurgeService purge;
  @Autowired WorkshopDayService days;
  @Autowired WorkshopDayRepository dayRows;
  @Autowired ImpressionsService impressions;
  @Autowired AnimatorRepository animators;

  @Test
  void theDaysContentIsRemovedAfterItsPeriodAndItsRowStaysBlanked() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance instance =
        startProcess(
            "workshop-day",
            "ventoux-baronnies",
            Map.of(
                "title",
                "Journée à purger",
                "establishments",
                "Collège des Dentelles",
                "dayDate",
                "2027-02-04",
                "concernSource",
                "questionnaire"));
    Long dayId =
        ((Number) runtimeService.getVariable(instance.getId(), "workshopDayId")).longValue();
    complete(
        instance,
        "Task_ImportQuestionnaire",
        Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire()));
    impressions.giveHotImpressions(
        dayId, "claire.martin", 4, "Les îlots", null, "Un plan de travail", null, true);
    int pool = animators.findByNetworkIdOrderByFullName("ventoux-baronnies").size();

    clockAt(LocalDate.of(2028, 9, 1), 3);
    // Other tests' days of the shared demo network may be purged too: this day is what is checked.
    purge.purge("ventoux-baronnies", 12);
    assertThat(days.answers(dayId)).as("its process is still running").hasSize(24);

    runtimeService.deleteProcessInstance(instance.getId(), "Journée annulée");
    clockAt(LocalDate.of(2028, 8, 31), 3);
    purge.purge("ventoux-baronnies", 12);
    assertThat(days.answers(dayId)).as("one day before the end of the period").hasSize(24);
    clockAt(LocalDate.of(2028, 9, 1), 3);
    assertThat(purge.purge("ventoux-baronnies", 12).workshopDays()).isGreaterThanOrEqualTo(1);
    assertThat(days.answers(dayId)).isEmpty();
    assertThat(impressions.impressions(dayId)).isEmpty();
    assertThat(dayRows.findById(dayId))
        .hasValueSatisfying(
            d -> {
              assertThat(d.getTitle()).isEqualTo("Journée à purger");
              assertThat(d.getPersonalContentPurgedAt()).isNotNull();
            });
    assertThat(animators.findByNetworkIdOrderByFullName("ventoux-baronnies")).hasSize(pool);
    assertThat(purge.purge("ventoux-baronnies", 12).workshopDays()).as("nothing twice").isZero();
  }
}
