package fr.reseau.ecoles.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.review.IndicatorTarget;
import fr.reseau.ecoles.review.IndicatorTargetRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo réseau Sainte Victoire has indicators chosen with targets for the current school year
 * (issue 19): the indicators API and the page {@code /bilan} show target against actual for the
 * network and each of its three zones.
 */
class DemoIndicatorTargetsTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SV = DemoIndicatorTargets.NETWORK_ID;

  @Autowired TestRestTemplate rest;
  @Autowired IndicatorTargetRepository targets;

  static String currentYear() {
    return SchoolYear.containing(LocalDate.now(ProcessDates.ZONE)).toString();
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, DemoDataSeeder.DEMO_PASSWORD).getForEntity(path, String.class);
  }

  @Test
  void theBoardsIndicatorsAreSeededForTheCurrentYear() {
    assertThat(targets.findByNetworkIdAndSchoolYearOrderById(SV, currentYear()))
        .extracting(IndicatorTarget::getIndicator, IndicatorTarget::getTarget)
        .containsExactlyInAnyOrder(
            DemoIndicatorTargets.TARGETS.entrySet().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey().code(), e.getValue()))
                .toArray(org.assertj.core.groups.Tuple[]::new));
    // The other demo network chose nothing: its first review has not taken place.
    assertThat(targets.findByNetworkIdAndSchoolYearOrderById("ventoux-baronnies", currentYear()))
        .isEmpty();
  }

  @Test
  void theIndicatorsShowTargetAgainstActualForTheNetworkAndEachZone() throws Exception {
    ResponseEntity<String> answer =
        get("sandrine.olivier", "/api/networks/" + SV + "/indicators?year=" + currentYear());
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode chosen = JSON.readTree(answer.getBody()).path("chosen");
    assertThat(texts(chosen, "indicator"))
        .containsExactly(
            "participationRate", "visitsHeld", "needsCoveredRate", "interDegreeVisits");
    for (JsonNode indicator : chosen) {
      assertThat(texts(indicator.path("cells"), "name"))
          .as(indicator.path("indicator").asText())
          .containsExactly("Réseau", "Aix", "Gardanne", "Pertuis");
      indicator
          .path("cells")
          .forEach(cell -> assertThat(cell.path("target").isNumber()).as(cell.toString()).isTrue());
    }
    JsonNode visitsHeld = chosen.get(1);
    assertThat(visitsHeld.path("target").asDouble()).isEqualTo(6.0);
    // A count's target is shared between the zones by their establishments: 4, 2 and 2 of 8.
    assertThat(visitsHeld.path("cells").get(1).path("target").asDouble()).isEqualTo(3.0);
    assertThat(visitsHeld.path("cells").get(2).path("target").asDouble()).isEqualTo(1.5);
    // A rate's target applies to each zone as is.
    assertThat(chosen.get(0).path("cells").get(3).path("target").asDouble()).isEqualTo(75.0);
  }

  @Test
  void theYearPageShowsTheChosenIndicatorsWithTheirTargetsPerZone() {
    ResponseEntity<String> page = get("sandrine.olivier", "/bilan/" + SV + "/" + currentYear());
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains(
            "Indicateurs choisis et cibles",
            "Visites inter-degrés réalisées",
            "Aix",
            "Pertuis",
            "Gardanne");
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.path(field).asText()));
    return texts;
  }
}
