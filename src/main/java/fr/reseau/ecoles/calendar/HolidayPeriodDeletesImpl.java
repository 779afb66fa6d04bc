package fr.reseau.ecoles.calendar;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;

class HolidayPeriodDeletesImpl implements HolidayPeriodDeletes {

  private final EntityManager entities;

  HolidayPeriodDeletesImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public int deleteStartingBetween(String zone, LocalDate from, LocalDate until) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaDelete<HolidayPeriod> delete = cb.createCriteriaDelete(HolidayPeriod.class);
    Root<HolidayPeriod> period = delete.from(HolidayPeriod.class);
    delete.where(
        cb.equal(period.get(HolidayPeriod_.zone), zone),
        cb.greaterThanOrEqualTo(period.get(HolidayPeriod_.startsOn), from),
        cb.lessThan(period.get(HolidayPeriod_.startsOn), until));
    return entities.createQuery(delete).executeUpdate();
  }
}
