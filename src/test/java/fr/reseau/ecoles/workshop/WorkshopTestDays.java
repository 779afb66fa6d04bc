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
    WorkshopDay day = new WorkshopDay();
    day.setNetworkId(networkId);
    day.setTitle("Journée de test");
    day.setEstablishments("T");
    day.setDayDate(date);
    day.setSchoolYear(schoolYear);
    day.setConcernSource("demo");
    day.setStatus(status);
    day.setCreatedAt(Instant.now());
    Long id = days.save(day).getId();
    for (int i = 0; i <= confirmed; i++) {
      Referent referent = new Referent();
      referent.setWorkshopDayId(id);
      referent.setTeacherUserId("teacher." + id + "." + i);
      referent.setDisplayName("Enseignant " + i);
      referent.setDiscipline("Lettres");
      referent.setReasons("Motivé");
      referent.setConfirmed(i < confirmed);
      referents.save(referent);
    }
    return id;
  }
}
