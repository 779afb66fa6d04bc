package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The page of the published network summary, the link of the message « synthèse publiée »: every
 * member of the network once the coordinators publish it, nobody else.
 */
class PublishedSummaryPageTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired SummaryService summaries;
  @Autowired TestRestTemplate rest;

  @Test
  void everyMemberOfTheNetworkReadsThePublishedSummaryAndNobodyElse() {
    TestNetwork network = networks.create(6);
    TestNetwork other = networks.create(2);
    Long campaignId = handBuilt.build(network);
    summaries.compile(campaignId, 2, 2);
    String page = YearPaths.summary(network.id(), HandBuiltYear.YEAR);
    String documentaliste = network.documentalistes().get(1);

    // Compiled, not yet published: not there, even for the coordinators.
    assertThat(get(documentaliste, page).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(network.coordinator(), page).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    summaries.publish(campaignId, network.coordinator(), "Merci à toutes et à tous.");
    ResponseEntity<String> read = get(documentaliste, page);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody())
        .contains("La tournée des CDI — synthèse " + HandBuiltYear.YEAR)
        .contains("Merci à toutes et à tous.")
        .contains("Les besoins exprimés")
        .doesNotContain("<script");
    assertThat(get(network.principals().get(0), page).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(network.coordinator(), page).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(get(other.documentalistes().get(0), page).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(other.coordinator(), page).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(page, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth(documentaliste, "mauvais")
                .getForEntity(page, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> get(String userId, String path) {
    return rest.withBasicAuth(userId, TestNetworks.PASSWORD).getForEntity(path, String.class);
  }
}
