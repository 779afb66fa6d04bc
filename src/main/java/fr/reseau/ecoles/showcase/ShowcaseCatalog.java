package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionResource;
import fr.reseau.ecoles.academic.ProductionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public part may read: PUBLISHED productions only (and, for OAI-PMH harvesters, the
 * identifier and date of those withdrawn after publication, as deleted records). Every query here
 * names its status; nothing else of the production table is reachable from {@code /vitrine} or
 * {@code /oai}.
 */
@Service
@Transactional(readOnly = true)
public class ShowcaseCatalog {

  /** The published rows of one page of the showcase, newest first, and their total. */
  record Page(List<Production> productions, long total) {}

  /** Facets offered in the search form, each sorted in French order. */
  record Facets(
      List<String> disciplines, List<String> levels, List<String> themes, List<String> academies) {}

  private static final String VISIBLE =
      " from Production p where p.status = fr.reseau.ecoles.academic.ProductionStatus.PUBLISHED";

  private static final String HARVESTABLE =
      " from Production p where (p.status = fr.reseau.ecoles.academic.ProductionStatus.PUBLISHED"
          + " or (p.status = fr.reseau.ecoles.academic.ProductionStatus.WITHDRAWN"
          + " and p.publishedAt is not null))";

  private final EntityManager entities;

  public ShowcaseCatalog(EntityManager entities) {
    this.entities = entities;
  }

  Page search(ShowcaseFilter filter, int first, int max) {
    StringBuilder where = new StringBuilder(VISIBLE);
    if (filter.discipline() != null) {
      where.append(" and p.discipline = :discipline");
    }
    if (filter.level() != null) {
      where.append(" and p.level = :level");
    }
    if (filter.academie() != null) {
      where.append(" and p.academie = :academie");
    }
    if (filter.theme() != null) {
      // Themes are stored one per line: a theme matches a whole line.
      where.append(" and concat(concat(:nl, p.themes), :nl) like :theme escape '!'");
    }
    TypedQuery<Production> rows =
        entities.createQuery(
            "select p" + where + " order by p.publishedAt desc, p.id desc", Production.class);
    TypedQuery<Long> count = entities.createQuery("select count(p)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      if (filter.discipline() != null) {
        query.setParameter("discipline", filter.discipline());
      }
      if (filter.level() != null) {
        query.setParameter("level", filter.level());
      }
      if (filter.academie() != null) {
        query.setParameter("academie", filter.academie());
      }
      if (filter.theme() != null) {
        query.setParameter("nl", "\n");
        query.setParameter("theme", "%\n" + likeEscaped(filter.theme()) + "\n%");
      }
    }
    List<Production> page = rows.setFirstResult(first).setMaxResults(max).getResultList();
    return new Page(page, count.getSingleResult());
  }

  /** A published production; empty for any other status or unknown id. */
  public Optional<Production> published(long id) {
    Production p = entities.find(Production.class, id);
    return p != null && p.getStatus() == ProductionStatus.PUBLISHED
        ? Optional.of(p)
        : Optional.empty();
  }

  /** The files of a published production (none for any other), without their bytes. */
  List<ProductionResource.Info> resources(long productionId) {
    return published(productionId).isEmpty()
        ? List.of()
        : entities
            .createQuery(
                "select new fr.reseau.ecoles.academic.ProductionResource$Info(r.id, r.title,"
                    + " r.filename, r.contentType, r.size, r.uploadedAt)"
                    + " from ProductionResource r where r.productionId = :id order by r.id",
                ProductionResource.Info.class)
            .setParameter("id", productionId)
            .getResultList();
  }

  /** One file, only when its production is published. */
  Optional<ProductionResource> resource(long productionId, long resourceId) {
    if (published(productionId).isEmpty()) {
      return Optional.empty();
    }
    ProductionResource r = entities.find(ProductionResource.class, resourceId);
    return r != null && r.getProductionId() == productionId ? Optional.of(r) : Optional.empty();
  }

  /** A production a harvester may know: published, or withdrawn after publication. */
  Optional<Production> harvestable(long id) {
    Production p = entities.find(Production.class, id);
    boolean known =
        p != null
            && (p.getStatus() == ProductionStatus.PUBLISHED
                || (p.getStatus() == ProductionStatus.WITHDRAWN && p.getPublishedAt() != null));
    return known ? Optional.of(p) : Optional.empty();
  }

  Facets facets() {
    List<Object[]> rows =
        entities
            .createQuery(
                "select p.discipline, p.level, p.academie, p.themes" + VISIBLE, Object[].class)
            .getResultList();
    TreeSet<String> disciplines = new TreeSet<>(ShowcaseText.FRENCH);
    TreeSet<String> levels = new TreeSet<>(ShowcaseText.FRENCH);
    TreeSet<String> academies = new TreeSet<>(ShowcaseText.FRENCH);
    TreeSet<String> themes = new TreeSet<>(ShowcaseText.FRENCH);
    for (Object[] row : rows) {
      addIfPresent(disciplines, (String) row[0]);
      addIfPresent(levels, (String) row[1]);
      addIfPresent(academies, (String) row[2]);
      if (row[3] != null) {
        for (String theme : ((String) row[3]).split("\n")) {
          addIfPresent(themes, theme.strip());
        }
      }
    }
    return new Facets(
        List.copyOf(disciplines), List.copyOf(levels), List.copyOf(themes), List.copyOf(academies));
  }

  /** The académies that have a harvestable production (OAI-PMH sets). */
  List<String> harvestableAcademies() {
    return entities
        .createQuery("select distinct p.academie" + HARVESTABLE, String.class)
        .getResultList();
  }

  /**
   * One page of harvestable productions whose datestamp is in [from, until), after the position
   * (updatedAt, id) of the previous page, in (updatedAt, id) order; academies null for all.
   */
  List<Production> harvest(
      Instant from,
      Instant until,
      Collection<String> academies,
      Instant afterUpdatedAt,
      long afterId,
      int max) {
    String where = harvestWhere(from, until, academies);
    if (afterUpdatedAt != null) {
      where += " and (p.updatedAt > :afterAt or (p.updatedAt = :afterAt and p.id > :afterId))";
    }
    TypedQuery<Production> query =
        entities.createQuery("select p" + where + " order by p.updatedAt, p.id", Production.class);
    bindHarvest(query, from, until, academies);
    if (afterUpdatedAt != null) {
      query.setParameter("afterAt", afterUpdatedAt).setParameter("afterId", afterId);
    }
    return query.setMaxResults(max).getResultList();
  }

  long harvestCount(Instant from, Instant until, Collection<String> academies) {
    TypedQuery<Long> query =
        entities.createQuery("select count(p)" + harvestWhere(from, until, academies), Long.class);
    bindHarvest(query, from, until, academies);
    return query.getSingleResult();
  }

  /** The oldest datestamp the repository can answer (Identify's earliestDatestamp). */
  Optional<Instant> earliestDatestamp() {
    return Optional.ofNullable(
        entities
            .createQuery("select min(p.updatedAt)" + HARVESTABLE, Instant.class)
            .getSingleResult());
  }

  private static String harvestWhere(Instant from, Instant until, Collection<String> academies) {
    String where = HARVESTABLE;
    if (from != null) {
      where += " and p.updatedAt >= :from";
    }
    if (until != null) {
      where += " and p.updatedAt < :until";
    }
    if (academies != null) {
      where += " and p.academie in :academies";
    }
    return where;
  }

  private static void bindHarvest(
      TypedQuery<?> query, Instant from, Instant until, Collection<String> academies) {
    if (from != null) {
      query.setParameter("from", from);
    }
    if (until != null) {
      query.setParameter("until", until);
    }
    if (academies != null) {
      query.setParameter("academies", academies);
    }
  }

  private static void addIfPresent(TreeSet<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value.strip());
    }
  }

  private static String likeEscaped(String value) {
    return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
