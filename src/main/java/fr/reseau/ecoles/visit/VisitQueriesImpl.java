package fr.reseau.ecoles.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

class VisitQueriesImpl implements VisitQueries {

  /** A date agreed, and every status after it. */
  private static final Collection<VisitStatus> BOOKED =
      EnumSet.of(
          VisitStatus.DATE_AGREED,
          VisitStatus.MISSION_ORDER_SIGNED,
          VisitStatus.HELD,
          VisitStatus.COMPLETED);

  private final EntityManager entities;

  VisitQueriesImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public List<Visit> findAnnouncedOf(String userId, Collection<String> ledEstablishments) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Visit> query = cb.createQuery(Visit.class);
    Root<Visit> visit = query.from(Visit.class);
    List<Predicate> whose = new ArrayList<>();
    whose.add(cb.equal(visit.get(Visit_.visitorUserId), userId));
    whose.add(cb.equal(visit.get(Visit_.hostUserId), userId));
    if (!ledEstablishments.isEmpty()) {
      whose.add(visit.get(Visit_.hostEstablishmentCode).in(ledEstablishments));
      whose.add(visit.get(Visit_.visitorEstablishmentCode).in(ledEstablishments));
    }
    query
        .select(visit)
        .where(
            cb.isNotNull(visit.get(Visit_.calendarSequence)),
            cb.notEqual(visit.get(Visit_.status), VisitStatus.CANCELLED),
            cb.or(whose.toArray(Predicate[]::new)))
        .orderBy(cb.asc(visit.get(Visit_.calendarDate)), cb.asc(visit.get(Visit_.id)));
    return entities.createQuery(query).getResultList();
  }

  @Override
  public List<HalfDayBooking> findBookedHalfDays(
      String networkId, String schoolYear, Collection<String> userIds, Long exceptVisitId) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<HalfDayBooking> query = cb.createQuery(HalfDayBooking.class);
    Root<Visit> visit = query.from(Visit.class);
    query
        .select(
            cb.construct(
                HalfDayBooking.class,
                visit.get(Visit_.id),
                visit.get(Visit_.visitorUserId),
                visit.get(Visit_.hostUserId),
                visit.get(Visit_.visitDate),
                visit.get(Visit_.visitHalfDay)))
        .where(
            cb.equal(visit.get(Visit_.networkId), networkId),
            cb.equal(visit.get(Visit_.schoolYear), schoolYear),
            cb.or(
                visit.get(Visit_.visitorUserId).in(userIds),
                visit.get(Visit_.hostUserId).in(userIds)),
            cb.notEqual(visit.get(Visit_.id), exceptVisitId),
            cb.isNotNull(visit.get(Visit_.visitDate)),
            visit.get(Visit_.status).in(BOOKED))
        .orderBy(cb.asc(visit.get(Visit_.visitDate)), cb.desc(visit.get(Visit_.visitHalfDay)));
    return entities.createQuery(query).getResultList();
  }
}
