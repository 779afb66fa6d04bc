package fr.reseau.ecoles.access;

import fr.reseau.ecoles.variables.CommonVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters every participant works from, in every profile: « Mes tâches », « Tâches de
 * mon groupe » and « Tâches qui me sont proposées ». Shared by all networks (their queries use the
 * logged-in user), readable by every role (AccessPolicy), changed only by administrators.
 */
@Component
@Order(5)
public class TasklistFilters implements ApplicationRunner {

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    seedFilters();
  }

  private void seedFilters() {
    ensureFilter(
        "Mes tâches",
        -10,
        "Les tâches qui vous sont attribuées",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(
        "Tâches de mon groupe",
        -5,
        "Les tâches de vos groupes, que l'une ou l'un d'entre vous peut prendre",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
    // Tasks offered to named people rather than to a group: a zone's review and escalations for
    // its steering trio (issue 19).
    ensureFilter(
        "Tâches qui me sont proposées",
        -4,
        "Les tâches proposées à vous et à quelques collègues nommé·es, que l'une ou l'un d'entre"
            + " vous peut prendre",
        tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned());
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            variable(CommonVariables.NETWORK_NAME, "Réseau"),
            variable(CommonVariables.SCHOOL_YEAR, "Année scolaire"),
            variable(CommonVariables.VISITOR_NAME, "Visiteur·se"),
            variable(CommonVariables.HOST_NAME, "Accueil"),
            variable(CommonVariables.VISIT_DATE, "Date de visite")));
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
