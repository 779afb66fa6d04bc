package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/networks/{networkId}/indicators?year=} over HTTP with HTTP Basic: the chosen
 * indicators against their targets for the network and each zone, the figures per zone and per
 * degree, the years; members of the network only, 400 naming {@code year}.
 */
class IndicatorsApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired TestZones zones;
  @Autowired IndicatorTargetRepository targets;

  @Test
  void membersReadTheYearsIndicatorsAsJsonOthersAreRefused() throws Exception {
    TestNetwork network = networks.create(6);
    TestNetwork other = networks.create(2);
    zones.zone(network.id(), "aix", "Aix", 0, 1, 2);
    zones.zone(network.id(), "pertuis", "Pertuis", 3, 4);
    zones.kind(network.id(), 1, EstablishmentKind.ECOLE_PRIMAIRE);
    handBuilt.build(network);
    targets.save(
        new IndicatorTarget(
            network.id(),
            HandBuiltYear.YEAR,
            IndicatorCatalogue.INTER_DEGREE_VISITS,
            1,
            1L,
            Instant.now()));
    String path = "/api/networks/" + network.id() + "/indicators?year=" + HandBuiltYear.YEAR;

    ResponseEntity<String> answer = get(network.documentalistes().get(4), path);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode board = JSON.readTree(answer.getBody());
    assertThat(board.path(AnnualReviewVariables.SCHOOL_YEAR).asText())
        .isEqualTo(HandBuiltYear.YEAR);
    assertThat(texts(board.path("catalogue"), "code"))
        .containsExactly(
            "participationRate",
            "volunteers",
            "visitsHeld",
            "needsCoveredRate",
            "trainingDaysHeld",
            "interDegreeVisits");
    JsonNode chosen = board.path("chosen").get(0);
    assertThat(chosen.path("indicator").asText()).isEqualTo("interDegreeVisits");
    assertThat(chosen.path("target").asDouble()).isEqualTo(1.0);
    // Network: the visit 0→1 (collège → école) took place in Aix.
    assertThat(texts(chosen.path("cells"), "name")).containsExactly("Réseau", "Aix", "Pertuis");
    assertThat(chosen.path("cells").get(0).path("actual").asDouble()).isEqualTo(1.0);
    assertThat(chosen.path("cells").get(0).path("reached").asBoolean()).isTrue();
    assertThat(chosen.path("cells").get(1).path("target").asDouble()).isEqualTo(0.5);
    assertThat(chosen.path("cells").get(2).path("reached").asBoolean()).isFalse();
    // The whole network has no code (absent from the JSON, as every unknown value).
    assertThat(texts(board.path("figures"), "kind"))
        .containsExactly("network", "zone", "zone", "degree", "degree");
    assertThat(texts(board.path("figures"), "code"))
        .containsExactly("", "aix", "pertuis", "primaire", "secondaire");
    assertThat(board.path("figures").get(3).path("values").path("visitsHeld").asDouble())
        .isEqualTo(1.0);
    assertThat(board.path("years").get(0).path("targets").path("interDegreeVisits").asDouble())
        .isEqualTo(1.0);
    // Counts only: no user id or establishment name in the answer.
    for (String person : network.documentalistes()) {
      assertThat(answer.getBody()).doesNotContain(person);
    }

    assertThat(get(network.coordinator(), path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(network.principals().get(0), path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(other.coordinator(), path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(other.documentalistes().get(0), path).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    String base = "/api/networks/" + network.id() + "/indicators";
    for (String bad : List.of(base, base + "?year=2026", base + "?year=2026-2028")) {
      ResponseEntity<String> refused = get(network.coordinator(), bad);
      assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JSON.readTree(refused.getBody()).path("field").asText()).isEqualTo("year");
    }
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, TestNetworks.PASSWORD).getForEntity(path, String.class);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.path(field).asText()));
    return texts;
  }
}
