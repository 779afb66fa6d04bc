package fr.reseau.ecoles.workshop;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Workshop days and referents stored directly, for the annual review's indicators. */
@Component
public class WorkshopTestDays {

  private final WorkshopDayRepository days;
  private final ReferentRepository referents;

  public WorkshopTestDays(WorkshopDayRepository days, ReferentRepository referents) {
    this.days = days;
    this.referents = referents;
  }

  /**
   * A day of that network and year, with {@code confirmed} confirmed referents and one who
   * declined.
   */
  @Transactional
  public Long day(
      String networkId,
      String schoolYear,
      LocalDate date,
      WorkshopDayStatus status,
      int confirmed) {
    WorkshopDay day =
        new WorkshopDay(
            networkId, "Journée de test", "T", date, schoolYear, "demo", null, null, Instant.now());
    // Driven to the status asked through the day's own transitions.
    if (status != WorkshopDayStatus.PREPARING && status != WorkshopDayStatus.PUBLISHED) {
      day.invitationsSent();
    }
    if (status == WorkshopDayStatus.PUBLISHED) {
      day.published(Instant.now());
    }
    Long id = days.save(day).getId();
    if (status == WorkshopDayStatus.HELD) {
      days.flush();
      days.markHeld(id);
    }
    for (int i = 0; i <= confirmed; i++) {
      referents.save(
          new Referent(
              id,
              "teacher." + id + "." + i,
              "Enseignant " + i,
              "Lettres",
              0,
              "Motivé",
              i < confirmed));
    }
    return id;
  }
}
