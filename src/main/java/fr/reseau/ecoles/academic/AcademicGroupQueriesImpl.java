package fr.reseau.ecoles.academic;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.List;

class AcademicGroupQueriesImpl implements AcademicGroupQueries {

  private final EntityManager entities;

  AcademicGroupQueriesImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public List<AcademicGroup> involving(String userId) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<AcademicGroup> query = cb.createQuery(AcademicGroup.class);
    Root<AcademicGroup> group = query.from(AcademicGroup.class);
    Join<AcademicGroup, String> member = group.join(AcademicGroup_.members, JoinType.LEFT);
    query
        .select(group)
        .distinct(true)
        .where(
            cb.or(
                cb.equal(member, userId),
                cb.equal(group.get(AcademicGroup_.inspectorUserId), userId)))
        .orderBy(cb.asc(group.get(AcademicGroup_.academie)), cb.asc(group.get(AcademicGroup_.id)));
    return entities.createQuery(query).getResultList();
  }
}
