package fr.reseau.ecoles.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.AccessPolicy;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET/PUT /api/networks/{networkId}/zones/{zone}/pilots}: the coordinators name the trio,
 * bad input is refused naming the field with nothing stored, the trio joins the group {@code
 * zone-pilots} and sees its zone only.
 */
class ZonePilotApiTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired TestZones zones;
  @Autowired IdentityService identityService;

  TestNetwork network;
  NetworkZone north;
  NetworkZone south;
  String ipr;
  String ien;
  String head;

  @BeforeEach
  void networkWithTwoZones() {
    network = networks.create(4);
    north = zones.zone(network, "nord", "Nord", 0, 1);
    south = zones.zone(network, "sud", "Sud", 2, 3);
    ipr = zones.inspector(network, "ipr", 0, SchoolDegree.SECONDAIRE);
    ien = zones.inspector(network, "ien", 1, SchoolDegree.PRIMAIRE);
    head = network.principals().get(0);
  }

  String path(String zone) {
    return "/api/networks/" + network.id() + "/zones/" + zone + "/pilots";
  }

  static Map<String, Object> body(boolean escalate, List<Map<String, Object>> pilots) {
    return Map.of("escalateToTrio", escalate, "pilots", pilots);
  }

  static Map<String, Object> seat(String role, Object userId) {
    return Map.of("role", role, "userId", userId);
  }

  Map<String, Object> fullTrio() {
    return body(
        true,
        List.of(
            seat("head-of-school", head),
            seat("secondary-inspector", ipr),
            seat("primary-inspector", ien)));
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    TestRestTemplate client =
        user == null
            ? rest
            : rest.withBasicAuth(user, user.equals("admin") ? "demo" : TestNetworks.PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  boolean inGroup(String userId) {
    return identityService
            .createUserQuery()
            .userId(userId)
            .memberOfGroup(AccessPolicy.ZONE_PILOTS)
            .count()
        > 0;
  }

  @Test
  void theCoordinatorNamesTheTrioWhichJoinsTheGroupAndSeesItsZoneOnly() throws Exception {
    JsonNode saved = json(call(network.coordinator(), HttpMethod.PUT, path("nord"), fullTrio()));
    assertThat(saved.path("escalateToTrio").asBoolean()).isTrue();
    assertThat(saved.path("name").asText()).isEqualTo("Nord");
    assertThat(saved.path("pilots").findValuesAsText("userId")).containsExactly(head, ipr, ien);
    assertThat(saved.path("pilots").findValuesAsText("roleLabel"))
        .containsExactly("Personnel de direction", "IA-IPR / IEN ET", "IEN premier degré");
    assertThat(List.of(head, ipr, ien)).allMatch(this::inGroup);

    // The trio reads its own zone, not the other one, and cannot change it.
    for (String pilot : List.of(head, ipr, ien)) {
      assertThat(json(call(pilot, HttpMethod.GET, path("nord"), null)).path("pilots").size())
          .isEqualTo(3);
      assertThat(call(pilot, HttpMethod.GET, path("sud"), null).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(pilot, HttpMethod.PUT, path("nord"), fullTrio()).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    // A documentaliste of the zone, another network's coordinator, nobody: no.
    TestNetwork other = networks.create(1);
    assertThat(
            call(network.documentalistes().get(0), HttpMethod.GET, path("nord"), null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(other.coordinator(), HttpMethod.GET, path("nord"), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(other.coordinator(), HttpMethod.PUT, path("nord"), fullTrio()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(null, HttpMethod.GET, path("nord"), null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(network.coordinator(), HttpMethod.GET, path("ouest"), null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The administrator empties the trio: its members leave the group.
    JsonNode emptied = json(call("admin", HttpMethod.PUT, path("nord"), body(false, List.of())));
    assertThat(emptied.path("pilots").size()).isZero();
    assertThat(List.of(head, ipr, ien)).noneMatch(this::inGroup);
    assertThat(call(ipr, HttpMethod.GET, path("nord"), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anInspectorSitsInTwoZones() throws Exception {
    json(call(network.coordinator(), HttpMethod.PUT, path("nord"), fullTrio()));
    json(
        call(
            network.coordinator(),
            HttpMethod.PUT,
            path("sud"),
            body(false, List.of(seat("secondary-inspector", ipr)))));
    assertThat(json(call(ipr, HttpMethod.GET, path("sud"), null)).path("pilots").size())
        .isEqualTo(1);
    // Leaving the north trio keeps the group: they still sit in the south one.
    json(
        call(
            network.coordinator(),
            HttpMethod.PUT,
            path("nord"),
            body(false, List.of(seat("head-of-school", head)))));
    assertThat(inGroup(ipr)).isTrue();
    assertThat(inGroup(ien)).isFalse();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    json(call(network.coordinator(), HttpMethod.PUT, path("nord"), fullTrio()));
    String otherNetworksHead = networks.create(1).principals().get(0);
    Map<String, Object> unknownRole = body(false, List.of(seat("chef", head)));
    Map<String, Object> notAMember =
        body(false, List.of(seat("head-of-school", otherNetworksHead)));
    Map<String, Object> wrongSeat = body(false, List.of(seat("primary-inspector", head)));
    Map<String, Object> documentaliste =
        body(false, List.of(seat("head-of-school", network.documentalistes().get(0))));
    Map<String, Object> twice =
        body(false, List.of(seat("secondary-inspector", ipr), seat("secondary-inspector", ien)));
    Map<String, Object> numberId = body(false, List.of(seat("head-of-school", 12)));
    for (Object[] bad :
        new Object[][] {
          {unknownRole, "pilots[0].role"},
          {notAMember, "pilots[0].userId"},
          {wrongSeat, "pilots[0].userId"},
          {documentaliste, "pilots[0].userId"},
          {twice, "pilots[1].role"},
          {numberId, "pilots[0].userId"},
          {Map.of("escalateToTrio", true), "pilots"},
          {Map.of("pilots", List.of(), "escalateToTrio", "oui"), "escalateToTrio"},
          {List.of(), "pilots"},
        }) {
      ResponseEntity<String> refused =
          call(network.coordinator(), HttpMethod.PUT, path("nord"), bad[0]);
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode error = JSON.readTree(refused.getBody());
      assertThat(error.path("field").asText()).isEqualTo(bad[1]);
      assertThat(error.path("message").asText()).startsWith("Champ « " + bad[1] + " »");
    }
    // The trio saved first is intact.
    JsonNode kept = json(call(network.coordinator(), HttpMethod.GET, path("nord"), null));
    assertThat(kept.path("pilots").findValuesAsText("userId")).containsExactly(head, ipr, ien);
    assertThat(kept.path("escalateToTrio").asBoolean()).isTrue();
  }

  @Test
  void eachInspectorsSeatIsOfTheirDegree() throws Exception {
    json(call(network.coordinator(), HttpMethod.PUT, path("nord"), fullTrio()));
    Map<String, Object> primaryOnSecondary =
        body(false, List.of(seat("head-of-school", head), seat("secondary-inspector", ien)));
    Map<String, Object> secondaryOnPrimary = body(false, List.of(seat("primary-inspector", ipr)));
    for (Object[] bad :
        new Object[][] {
          {primaryOnSecondary, "pilots[1].userId", "du premier degré", "du second degré"},
          {secondaryOnPrimary, "pilots[0].userId", "du second degré", "du premier degré"},
        }) {
      ResponseEntity<String> refused =
          call(network.coordinator(), HttpMethod.PUT, path("nord"), bad[0]);
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode error = JSON.readTree(refused.getBody());
      assertThat(error.path("field").asText()).isEqualTo(bad[1]);
      assertThat(error.path("message").asText())
          .startsWith("Champ « " + bad[1] + " »")
          .contains("est inspecteur·rice " + bad[2], "revient à un·e inspecteur·rice " + bad[3]);
    }
    // Nothing stored: the first trio is intact.
    JsonNode kept = json(call(network.coordinator(), HttpMethod.GET, path("nord"), null));
    assertThat(kept.path("pilots").findValuesAsText("userId")).containsExactly(head, ipr, ien);

    // An inspector whose degree nobody gave yet (a roster without « degre ») fits either seat.
    String unknown = zones.inspector(network, "inconnu", 2);
    json(
        call(
            network.coordinator(),
            HttpMethod.PUT,
            path("sud"),
            body(false, List.of(seat("primary-inspector", unknown)))));
    json(
        call(
            network.coordinator(),
            HttpMethod.PUT,
            path("sud"),
            body(false, List.of(seat("secondary-inspector", unknown)))));
  }

  @Test
  void theZonesProgressShowsCountsOnlyToItsTrioAndTheCoordinators() throws Exception {
    zones.trio(north, head, ipr, null, false);
    clockAt(java.time.LocalDate.of(2026, 9, 14), 9);
    startCdiTour(network);
    String progress = "/api/networks/" + network.id() + "/zones/nord/progress?year=2026-2027";
    JsonNode figures = json(call(ipr, HttpMethod.GET, progress, null));
    assertThat(figures.path("name").asText()).isEqualTo("Nord");
    assertThat(figures.path("campaign").path("step").asText()).isEqualTo("Appel aux volontaires");
    assertThat(figures.path("figures").findValuesAsText("label"))
        .contains("Établissements de la zone", "Volontaires", "Visites réalisées");
    assertThat(figures.path("figures").get(0).path("value").asInt()).isEqualTo(2);
    // The zone's two documentalistes; the south's are not counted.
    assertThat(
            figures.path("figures").findParents("label").stream()
                .filter(f -> f.path("label").asText().startsWith("Professeur"))
                .findFirst()
                .orElseThrow()
                .path("value")
                .asInt())
        .isEqualTo(2);
    String body = figures.toString();
    for (String person : network.documentalistes()) {
      assertThat(body).doesNotContain(person);
    }
    assertThat(body).doesNotContain("Collège de test");
    assertThat(call(ipr, HttpMethod.GET, progress.replace("/nord/", "/sud/"), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badYear =
        call(network.coordinator(), HttpMethod.GET, progress.replace("2026-2027", "2026"), null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(badYear.getBody()).path("field").asText()).isEqualTo("year");

    // The page: French, the trio's names, the figures; not for the other zone's trio.
    ResponseEntity<String> page =
        call(ipr, HttpMethod.GET, "/bilan/" + network.id() + "/zones/nord?year=2026-2027", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("Zone Nord", "IA-IPR / IEN ET", "Établissements de la zone")
        .doesNotContain("Collège de test");
    assertThat(
            call(ipr, HttpMethod.GET, "/bilan/" + network.id() + "/zones/sud", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
