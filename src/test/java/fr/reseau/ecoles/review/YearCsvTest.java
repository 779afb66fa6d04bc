package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.NetworkService;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCells;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The year's indicators download: a network named like a formula arrives as text. */
class YearCsvTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired NetworkService networkService;

  @Test
  void theIndicatorsCsvNeutralisesFormulaCells() {
    TestNetwork network = networks.create(1);
    networkService.ensureNetwork(
        network.id(), "=HYPERLINK(\"http://exemple.invalid\";\"Réseau\")", "Aix-Marseille");
    ResponseEntity<String> csv =
        rest.withBasicAuth("admin", "demo")
            .getForEntity("/bilan/" + network.id() + "/2026-2027/indicateurs.csv", String.class);
    assertThat(csv.getStatusCode()).as(csv.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(SpreadsheetCells.of(csv.getBody()))
        .contains("'=HYPERLINK(\"http://exemple.invalid\";\"Réseau\")");
  }
}
