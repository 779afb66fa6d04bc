package fr.reseau.ecoles.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;

/**
 * The DMN tables of {@code processes/} ({@code processes/pairing-weights.dmn}…), evaluated through
 * the engine's {@link DecisionService} for a network's tenant: the latest version deployed for that
 * tenant (else the latest deployed without tenant), so a redeployed table applies to running
 * campaigns at their next step, without a migration.
 *
 * <p>Called from delegates, expressions and the job executor, with or without an authenticated
 * user: the lookup runs with the engine's authorization and tenant checks off, on the tenant the
 * caller names (the process's own), since a table holds settings, not anyone's data. A decision
 * definition never changes once deployed, so its results are cached per definition id and inputs;
 * only the "which is the latest version" lookup reads the database.
 */
@Service
public class RuleTables {

  private final ProcessEngineConfigurationImpl configuration;
  private final DecisionService decisions;
  private final Map<String, List<Map<String, Object>>> cache = new ConcurrentHashMap<>();

  public RuleTables(ProcessEngineConfiguration configuration, DecisionService decisions) {
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.decisions = decisions;
  }

  /**
   * Every matching rule's outputs (output name → value, without the empty cells), in the table's
   * order (one element with hit policy FIRST or UNIQUE).
   *
   * @throws IllegalStateException when no table {@code decisionKey} is deployed for the tenant
   */
  public List<Map<String, Object>> evaluate(
      String decisionKey, String tenantId, Map<String, Object> inputs) {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            commandContext ->
                withoutChecks(
                    commandContext,
                    () -> {
                      String definitionId =
                          latestDefinitionId(commandContext, decisionKey, tenantId);
                      String key = definitionId + ' ' + new TreeMap<>(inputs);
                      List<Map<String, Object>> rows = cache.get(key);
                      if (rows == null) {
                        rows = evaluate(definitionId, inputs);
                        cache.put(key, rows);
                      }
                      return rows;
                    }));
  }

  /** The single matching rule's outputs, or an empty map when no rule matches. */
  public Map<String, Object> evaluateFirst(
      String decisionKey, String tenantId, Map<String, Object> inputs) {
    List<Map<String, Object>> rows = evaluate(decisionKey, tenantId, inputs);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  private List<Map<String, Object>> evaluate(String definitionId, Map<String, Object> inputs) {
    DmnDecisionResult result =
        decisions.evaluateDecisionById(definitionId).variables(inputs).evaluate();
    List<Map<String, Object>> rows = new ArrayList<>();
    result.forEach(
        entries -> {
          Map<String, Object> row = new LinkedHashMap<>();
          entries.forEach(
              (name, value) -> {
                if (value != null) {
                  row.put(name, value);
                }
              });
          rows.add(Collections.unmodifiableMap(row));
        });
    return List.copyOf(rows);
  }

  private static String latestDefinitionId(
      CommandContext commandContext, String decisionKey, String tenantId) {
    var definitions = commandContext.getDecisionDefinitionManager();
    DecisionDefinitionEntity definition =
        tenantId == null
            ? null
            : definitions.findLatestDecisionDefinitionByKeyAndTenantId(decisionKey, tenantId);
    if (definition == null) {
      definition = definitions.findLatestDecisionDefinitionByKeyAndTenantId(decisionKey, null);
    }
    if (definition == null) {
      throw new IllegalStateException(
          "Table de décision "
              + decisionKey
              + " absente des déploiements du réseau "
              + tenantId
              + " (fichier .dmn de processes/)");
    }
    return definition.getId();
  }

  /** Runs {@code body} with the checks off, then puts them back as they were. */
  private static <T> T withoutChecks(CommandContext commandContext, Supplier<T> body) {
    boolean authorization = commandContext.isAuthorizationCheckEnabled();
    boolean tenant = commandContext.isTenantCheckEnabled();
    commandContext.disableAuthorizationCheck();
    commandContext.disableTenantCheck();
    try {
      return body.get();
    } finally {
      if (authorization) {
        commandContext.enableAuthorizationCheck();
      }
      if (tenant) {
        commandContext.enableTenantCheck();
      }
    }
  }
}
