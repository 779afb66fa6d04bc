package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.visit.PreVisitDocument;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitStep;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The queries every purge of {@code data-retention} runs, in its caller's transaction: bulk deletes
 * by entity, the removal of visits with what hangs on them, and whether a process still runs.
 */
@Component
class PurgeQueries {

  private final RuntimeService runtime;
  private final SystemAccess system;
  @PersistenceContext private EntityManager em;

  PurgeQueries(RuntimeService runtime, SystemAccess system) {
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * The entities meeting {@code condition} (on the alias {@code e}), in one network or, when {@code
   * networkId} is null, in every network.
   */
  <T> List<T> find(Class<T> entity, String condition, String networkId) {
    TypedQuery<T> query =
        em.createQuery(
            "select e from "
                + em.getMetamodel().entity(entity).getName()
                + " e where "
                + condition
                + (networkId == null ? "" : " and e.networkId = :network"),
            entity);
    if (networkId != null) {
      query.setParameter("network", networkId);
    }
    return query.getResultList();
  }

  /** Rows removed with a set of visits. */
  record DeletedVisits(int preVisitDocuments, int visitSteps, int recaps, int visits) {}

  /** The visits and their pre-visit documents, steps and recap versions. */
  DeletedVisits deleteVisits(List<Long> visitIds) {
    int preVisitDocuments = deleteWhereIn(PreVisitDocument.class, "visitId", visitIds);
    int visitSteps = deleteWhereIn(VisitStep.class, "visitId", visitIds);
    int recaps = deleteWhereIn(Recap.class, "visitId", visitIds);
    int visits = deleteWhereIn(Visit.class, "id", visitIds);
    return new DeletedVisits(preVisitDocuments, visitSteps, recaps, visits);
  }

  /**
   * Asked as the application itself: a caller restricted to some tenants would not see the other
   * networks' running instances and could take a running campaign for an ended one.
   */
  boolean anyRunning(Collection<String> processInstanceIds) {
    Set<String> ids = new HashSet<>(processInstanceIds);
    ids.remove(null);
    return !ids.isEmpty()
        && system.call(
            () -> runtime.createProcessInstanceQuery().processInstanceIds(ids).count() > 0);
  }

  int deleteWhereIn(Class<?> entity, String attribute, Collection<?> values) {
    if (values.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "delete from "
                + em.getMetamodel().entity(entity).getName()
                + " e where e."
                + attribute
                + " in :values")
        .setParameter("values", values)
        .executeUpdate();
  }

  List<Long> ids(String query, Object parameter) {
    return em.createQuery(query, Long.class).setParameter(1, parameter).getResultList();
  }

  List<String> strings(String query, Object parameter) {
    return em.createQuery(query, String.class).setParameter(1, parameter).getResultList();
  }
}
