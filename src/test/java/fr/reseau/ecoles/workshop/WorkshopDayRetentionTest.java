package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_CSV;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;
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
            WorkshopDayVariables.PROCESS_KEY,
            "ventoux-baronnies",
            Map.of(
                TITLE,
                "Journée à purger",
                ESTABLISHMENTS,
                "Collège des Dentelles",
                DAY_DATE,
                "2027-02-04",
                CONCERN_SOURCE,
                "questionnaire"));
    Long dayId =
        ((Number) runtimeService.getVariable(instance.getId(), WORKSHOP_DAY_ID)).longValue();
    complete(
        instance,
        "Task_ImportQuestionnaire",
        Map.of(QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire()));
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
