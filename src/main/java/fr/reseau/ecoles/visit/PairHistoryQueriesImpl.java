package fr.reseau.ecoles.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;

class PairHistoryQueriesImpl implements PairHistoryQueries {

  private final EntityManager entities;

  PairHistoryQueriesImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public List<PseudonymPair> findEarlierPairs(String networkId, String schoolYear) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<PseudonymPair> query = cb.createQuery(PseudonymPair.class);
    Root<PairHistory> pair = query.from(PairHistory.class);
    query
        .select(
            cb.construct(
                PseudonymPair.class,
                pair.get(PairHistory_.pseudonymLow),
                pair.get(PairHistory_.pseudonymHigh)))
        .distinct(true)
        .where(
            cb.equal(pair.get(PairHistory_.networkId), networkId),
            cb.lessThan(pair.get(PairHistory_.schoolYear), schoolYear))
        .orderBy(
            cb.asc(pair.get(PairHistory_.pseudonymLow)),
            cb.asc(pair.get(PairHistory_.pseudonymHigh)));
    return entities.createQuery(query).getResultList();
  }
}
