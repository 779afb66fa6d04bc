package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.workshop.AnimatorBriefing;
import fr.reseau.ecoles.workshop.ConcernVote;
import fr.reseau.ecoles.workshop.DayGroup;
import fr.reseau.ecoles.workshop.Participant;
import fr.reseau.ecoles.workshop.QuestionnaireAnswer;
import fr.reseau.ecoles.workshop.Referent;
import fr.reseau.ecoles.workshop.TeacherImpressions;
import fr.reseau.ecoles.workshop.Workshop;
import fr.reseau.ecoles.workshop.WorkshopDay;
import fr.reseau.ecoles.workshop.WorkshopDayOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workshop days' part of {@link PersonalContentPurgeService}: what teachers answered, voted and
 * wrote on a day, removed with the same period and the same rule on the day's process.
 */
@Component
class WorkshopDayPurge {

  private static final Logger LOG = LoggerFactory.getLogger(WorkshopDayPurge.class);

  private final PurgeQueries queries;

  WorkshopDayPurge(PurgeQueries queries) {
    this.queries = queries;
  }

  /**
   * Workshop days: same period after their school year, once their process ended. The day's row
   * stays (title, date, status) without who started it; the animator pool is a directory and stays.
   */
  int purge(String networkId, LocalDate today, int retentionMonths, Instant now) {
    int purged = 0;
    for (WorkshopDay day :
        queries.find(WorkshopDay.class, "e.personalContentPurgedAt is null", networkId)) {
      if (today.isBefore(
              PersonalContentPurgeService.expiresOn(day.getSchoolYear(), retentionMonths))
          || queries.anyRunning(Collections.singleton(day.getProcessInstanceId()))) {
        continue;
      }
      List<Long> id = List.of(day.getId());
      for (Class<?> content :
          List.of(
              QuestionnaireAnswer.class,
              ConcernVote.class,
              AnimatorBriefing.class,
              Workshop.class,
              DayGroup.class,
              Participant.class,
              TeacherImpressions.class,
              Referent.class,
              WorkshopDayOutput.class)) {
        queries.deleteWhereIn(content, "workshopDayId", id);
      }
      day.personalContentPurged(now);
      purged++;
    }
    if (purged > 0) {
      LOG.info("Workshop days: personal content of {} day(s) removed", purged);
    }
    return purged;
  }
}
