package fr.reseau.ecoles.workshop;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;

class WorkshopDayStatusUpdateImpl implements WorkshopDayStatusUpdate {

  private final EntityManager entities;

  WorkshopDayStatusUpdateImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public int markHeld(Long id) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaUpdate<WorkshopDay> update = cb.createCriteriaUpdate(WorkshopDay.class);
    Root<WorkshopDay> day = update.from(WorkshopDay.class);
    update
        .set(day.get(WorkshopDay_.status), WorkshopDayStatus.HELD)
        .where(
            cb.equal(day.get(WorkshopDay_.id), id),
            day.get(WorkshopDay_.status)
                .in(WorkshopDayStatus.PREPARING, WorkshopDayStatus.INVITED));
    // Pending changes are written first; the days already loaded are forgotten, since the
    // statement changed a row behind them.
    entities.flush();
    int changed = entities.createQuery(update).executeUpdate();
    entities.clear();
    return changed;
  }
}
