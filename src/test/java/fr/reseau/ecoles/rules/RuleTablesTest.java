package fr.reseau.ecoles.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tables of {@code processes/} evaluated for a network's tenant, whoever is logged in. */
class RuleTablesTest extends IntegrationTest {

  @Autowired RuleTables rules;
  @Autowired TestNetworks networks;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  Map<String, Object> pairingWeights(String networkId) {
    return rules.evaluateFirst(
        "Decision_PairingWeights", networkId, Map.of(CdiTourVariables.NETWORK_ID, networkId));
  }

  @Test
  void theDeployedTablesKeepTheValuesThatWereInTheBpmn() {
    String network = networks.create(1).id();
    assertThat(pairingWeights(network))
        .containsEntry("kmPerCoveredNeed", 15.0)
        .containsEntry("kmForPpcr", 20.0);
    List<Map<String, Object>> recap =
        rules.evaluate(
            "Decision_TaskDeadlines",
            network,
            Map.of("processKey", "cdi-visit", "taskId", "Task_SignMissionOrder"));
    // Its own row first, then the process's row.
    assertThat(recap)
        .containsExactly(
            Map.of("followUpAfter", "P5D", "dueAfter", "P10D"),
            Map.of("followUpAfter", "P7D", "dueAfter", "P14D"));
    assertThat(
            rules.evaluate(
                "Decision_TaskDeadlines",
                network,
                Map.of("processKey", "annual-review", "taskId", "Task_PlanNetworkMeeting")))
        .containsExactly(Map.of("followUpAfter", "P7D"));
  }

  @Test
  void aMemberOfAnotherNetworkOrNobodyLoggedInGetsTheSameSettings() {
    String network = networks.create(1).id();
    TestNetworks.TestNetwork other = networks.create(1);
    identityService.setAuthentication(other.coordinator(), List.of(), List.of(other.id()));
    Map<String, Object> asOther = pairingWeights(network);
    identityService.clearAuthentication();
    assertThat(asOther).isEqualTo(pairingWeights(network)).isNotEmpty();
  }

  @Test
  void aDefinitionIsEvaluatedOncePerInputsThenServedFromTheCache() {
    String network = networks.create(1).id();
    Map<String, Object> first = pairingWeights(network);
    long evaluations =
        historyService.createHistoricDecisionInstanceQuery().tenantIdIn(network).count();
    assertThat(evaluations).isEqualTo(1);
    assertThat(pairingWeights(network)).isEqualTo(first);
    assertThat(historyService.createHistoricDecisionInstanceQuery().tenantIdIn(network).count())
        .isEqualTo(evaluations);
  }

  @Test
  void anUnknownTableIsAFrenchErrorNamingIt() {
    assertThatThrownBy(() -> rules.evaluate("Decision_Nowhere", "no-network", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Decision_Nowhere")
        .hasMessageContaining("processes/");
  }
}
