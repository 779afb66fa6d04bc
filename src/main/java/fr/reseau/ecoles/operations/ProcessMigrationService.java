package fr.reseau.ecoles.operations;

import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Moves the running instances of a process to its latest version, network by network (each network
 * is a tenant with its own deployments), with Camunda's migration API: activities of the same id
 * are mapped ({@code mapEqualActivities}), plus the renamings given. A dry run builds and validates
 * the plans and lists, per source version, the activities where instances wait that the plan does
 * not map; nothing is changed then.
 */
@Service
public class ProcessMigrationService {

  /**
   * What to migrate. {@code sourceVersion} null: every older version; {@code tenantId} null: every
   * network.
   */
  public record Request(
      String processKey,
      Integer sourceVersion,
      String tenantId,
      boolean dryRun,
      Map<String, String> renamedActivities) {}

  /** One source version of one network. */
  public record Step(
      String tenantId,
      int sourceVersion,
      int targetVersion,
      int instances,
      List<String> problems,
      boolean migrated) {}

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final SystemAccess system;

  public ProcessMigrationService(
      RuntimeService runtime, RepositoryService repository, SystemAccess system) {
    this.runtime = runtime;
    this.repository = repository;
    this.system = system;
  }

  public List<Step> migrate(Request request) {
    return system.call(() -> steps(request));
  }

  private List<Step> steps(Request request) {
    List<ProcessDefinition> definitions =
        repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey()).list();
    if (definitions.isEmpty()) {
      throw new InvalidInputException(
          "processKey",
          "aucun processus déployé ne porte la clé « " + request.processKey() + " ».");
    }
    Map<String, List<ProcessDefinition>> byTenant = new LinkedHashMap<>();
    definitions.stream()
        .filter(d -> request.tenantId() == null || request.tenantId().equals(d.getTenantId()))
        .sorted(Comparator.comparing((ProcessDefinition d) -> String.valueOf(d.getTenantId())))
        .forEach(d -> byTenant.computeIfAbsent(d.getTenantId(), t -> new ArrayList<>()).add(d));
    if (byTenant.isEmpty()) {
      throw new InvalidInputException(
          "tenantId", "le réseau « " + request.tenantId() + " » n'a pas ce processus.");
    }
    List<Step> steps = new ArrayList<>();
    byTenant.forEach(
        (tenant, versions) -> {
          ProcessDefinition target =
              versions.stream().max(Comparator.comparingInt(ProcessDefinition::getVersion)).get();
          versions.stream()
              .filter(d -> d.getVersion() < target.getVersion())
              .filter(
                  d -> request.sourceVersion() == null || d.getVersion() == request.sourceVersion())
              .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
              .forEach(source -> migrateVersion(source, target, request).ifPresent(steps::add));
        });
    return steps;
  }

  private Optional<Step> migrateVersion(
      ProcessDefinition source, ProcessDefinition target, Request request) {
    List<String> instanceIds =
        runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
            .map(ProcessInstance::getId)
            .toList();
    if (instanceIds.isEmpty()) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    MigrationPlan plan = null;
    try {
      // Timers keep their due dates (no updateEventTriggers): a migration never moves a deadline;
      // a delay changed in the new version applies to the timers created after it.
      MigrationPlanBuilder builder =
          runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
      request.renamedActivities().forEach(builder::mapActivities);
      plan = builder.build();
    } catch (MigrationPlanValidationException e) {
      e.getValidationReport()
          .getInstructionReports()
          .forEach(
              report ->
                  report
                      .getFailures()
                      .forEach(
                          f ->
                              problems.add(describe(report.getMigrationInstruction()) + ": " + f)));
    }
    if (plan != null) {
      problems.addAll(unmappedWaitingActivities(plan, instanceIds));
    }
    boolean migrated = false;
    if (problems.isEmpty() && !request.dryRun()) {
      try {
        runtime.newMigration(plan).processInstanceIds(instanceIds).execute();
        migrated = true;
      } catch (MigratingProcessInstanceValidationException e) {
        problems.add(e.getMessage());
      } catch (ProcessEngineException e) {
        // e.g. a timer of the new version whose expression fails: nothing of this version moved.
        problems.add("migration refused by the engine, nothing moved: " + e.getMessage());
      }
    }
    return Optional.of(
        new Step(
            source.getTenantId(),
            source.getVersion(),
            target.getVersion(),
            instanceIds.size(),
            problems,
            migrated));
  }

  /** Activities where instances wait now that the plan leaves without a target. */
  private List<String> unmappedWaitingActivities(MigrationPlan plan, List<String> instanceIds) {
    Set<String> mapped = new TreeSet<>();
    for (MigrationInstruction instruction : plan.getInstructions()) {
      mapped.add(instruction.getSourceActivityId());
    }
    Map<String, Integer> waiting = new TreeMap<>();
    for (String id : instanceIds) {
      ActivityInstance tree = runtime.getActivityInstance(id);
      if (tree != null) {
        collect(tree, waiting);
      }
    }
    List<String> problems = new ArrayList<>();
    waiting.forEach(
        (activity, count) -> {
          if (!mapped.contains(activity)) {
            problems.add(
                activity
                    + ": "
                    + count
                    + " instance(s) wait there and the new version has no activity of that id;"
                    + " give its new id in renamedActivities");
          }
        });
    return problems;
  }

  /**
   * Every activity (scopes such as a sub-process or a multi-instance body included) under the root.
   */
  private static void collect(ActivityInstance instance, Map<String, Integer> waiting) {
    for (var transition : instance.getChildTransitionInstances()) {
      waiting.merge(transition.getActivityId(), 1, Integer::sum);
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      waiting.merge(child.getActivityId(), 1, Integer::sum);
      collect(child, waiting);
    }
  }

  private static String describe(MigrationInstruction instruction) {
    return instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId();
  }
}
