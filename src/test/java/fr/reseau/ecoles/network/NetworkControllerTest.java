package fr.reseau.ecoles.network;

import static org.assertj.core.api.Assertions.assertThat;

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
                .processDefinitionKey("cdi-tour")
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
                .processDefinitionKey("cdi-tour")
                .count())
        .isEqualTo(1);
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
}
