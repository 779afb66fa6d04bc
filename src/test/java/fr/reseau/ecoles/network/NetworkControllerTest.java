package fr.reseau.ecoles.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Administrators create a network: its tenant and its deployment come with it. */
class NetworkControllerTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired NetworkRepository repository;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repositoryService;

  ResponseEntity<String> put(String user, String password, String networkId, Object body) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
    return client.exchange(
        "/api/networks/" + networkId, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  @Test
  void anAdministratorCreatesANetworkWithItsTenantAndProcesses() {
    ResponseEntity<String> created =
        put(
            "admin",
            "demo",
            "reseau-du-luberon",
            Map.of("name", "Réseau du Luberon", "academy", "Aix-Marseille"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(repository.findById("reseau-du-luberon"))
        .hasValueSatisfying(n -> assertThat(n.getName()).isEqualTo("Réseau du Luberon"));
    assertThat(identity.createTenantQuery().tenantId("reseau-du-luberon").singleResult().getName())
        .isEqualTo("Réseau du Luberon");
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .tenantIdIn("reseau-du-luberon")
                .processDefinitionKey(CdiTourVariables.PROCESS_KEY)
                .count())
        .isEqualTo(1);
    // Again: nothing new.
    assertThat(
            put("admin", "demo", "reseau-du-luberon", Map.of("name", "Réseau du Luberon"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .tenantIdIn("reseau-du-luberon")
                .processDefinitionKey(CdiTourVariables.PROCESS_KEY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void aNetworksHolidayZoneIsItsAcademysUnlessOneIsGiven() {
    ResponseEntity<String> byAcademy =
        put(
            "admin",
            "demo",
            "reseau-du-vercors",
            Map.of("name", "Réseau du Vercors", "academy", "académie de Grenoble"));
    assertThat(byAcademy.getBody()).contains("\"holidayZone\":\"A\"");
    ResponseEntity<String> given =
        put(
            "admin",
            "demo",
            "reseau-du-vercors",
            Map.of("name", "Réseau du Vercors", "academy", "Grenoble", "holidayZone", "Zone B"));
    assertThat(given.getBody()).contains("\"holidayZone\":\"B\"");
    assertThat(repository.findById("reseau-du-vercors").orElseThrow().holidayZone()).contains("B");
  }

  @Test
  void onlyAdministratorsAndOnlyWithAValidIdAndName() {
    TestNetwork network = networks.create(1);
    Map<String, String> body = Map.of("name", "Réseau");
    assertThat(put(null, null, "nouveau", body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(put(network.coordinator(), TestNetworks.PASSWORD, "nouveau", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badId = put("admin", "demo", "Réseau Nouveau", body);
    assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badId.getBody()).contains("« networkId »");
    ResponseEntity<String> noName =
        put("admin", "demo", "nouveau", Map.of("academy", "Aix-Marseille"));
    assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noName.getBody()).contains("« name »");
    assertThat(repository.findById("nouveau")).isEmpty();
    for (String reserved :
        java.util.List.of("admin", "camunda-admin", "api", "engine-rest", "default")) {
      ResponseEntity<String> clash = put("admin", "demo", reserved, body);
      assertThat(clash.getStatusCode()).as(reserved).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(clash.getBody()).contains("« networkId »").contains("réservé");
      assertThat(repository.findById(reserved)).isEmpty();
    }
  }

  @Test
  void aBodyOrIdThatBreaksItsConstraintsIsA400NamingTheFieldInFrenchAndStoresNothing()
      throws Exception {
    Map<String, Object> cases = new java.util.LinkedHashMap<>();
    cases.put("name", Map.of("name", 42));
    cases.put("name ", Map.of("name", "   "));
    cases.put("name  ", Map.of("name", "R\u0007seau"));
    cases.put("name   ", Map.of("name", "n".repeat(201)));
    cases.put("academy", Map.of("name", "Réseau", "academy", java.util.List.of("Aix")));
    cases.put("academy ", Map.of("name", "Réseau", "academy", "a".repeat(101)));
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (Map.Entry<String, Object> bad : cases.entrySet()) {
      ResponseEntity<String> answer = put("admin", "demo", "mal-forme", bad.getValue());
      assertThat(answer.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      var body = json.readTree(answer.getBody());
      assertThat(body.get("field").asText()).as(answer.getBody()).isEqualTo(bad.getKey().strip());
      assertThat(body.get("message").asText())
          .startsWith("Champ « " + bad.getKey().strip() + " » : ")
          .contains("caractères au plus");
    }
    ResponseEntity<String> longId = put("admin", "demo", "a".repeat(61), Map.of("name", "R"));
    assertThat(longId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longId.getBody()).contains("\"field\":\"networkId\"", "« networkId »");
    ResponseEntity<String> both = put("admin", "demo", "Mal Forme", Map.of("name", 42));
    assertThat(both.getBody())
        .as("the address is checked first")
        .contains("\"field\":\"networkId\"");
    assertThat(repository.findById("mal-forme")).isEmpty();
    assertThat(identity.createTenantQuery().tenantId("mal-forme").count()).isZero();
    ResponseEntity<String> good =
        put(
            "admin",
            "demo",
            "mal-forme",
            Map.of("name", "  Réseau bien formé ", "academy", "Nice"));
    assertThat(good.getStatusCode()).as(good.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(repository.findById("mal-forme"))
        .hasValueSatisfying(n -> assertThat(n.getName()).isEqualTo("Réseau bien formé"));
  }
}
