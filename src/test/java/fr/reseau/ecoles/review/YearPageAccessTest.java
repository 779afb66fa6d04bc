package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.WebappSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The year at a glance, its report and CSV: the network's coordinators only (browser session of the
 * webapps or HTTP Basic), and no personal name in them.
 */
class YearPageAccessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired MemberRepository members;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  TestNetwork network;
  String page;

  @BeforeEach
  void year() {
    network = networks.create(6);
    handBuilt.build(network);
    page = YearPageController.pagePath(network.id(), HandBuiltYear.YEAR);
  }

  @Test
  void theNetworksCoordinatorOpensThePageTheReportAndTheCsvWithBasic() {
    for (String path :
        List.of(
            page,
            YearPageController.reportPath(network.id(), HandBuiltYear.YEAR),
            YearPageController.csvPath(network.id(), HandBuiltYear.YEAR))) {
      ResponseEntity<String> response =
          rest.withBasicAuth(network.coordinator(), TestNetworks.PASSWORD)
              .getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertNoPersonalData(response.getBody());
    }
    String html =
        rest.withBasicAuth(network.coordinator(), TestNetworks.PASSWORD)
            .getForObject(page, String.class);
    assertThat(html)
        .contains("L'année en un coup d'œil")
        .contains("<svg")
        .contains("Visites réalisées</td><td class=\"n\">3</td>")
        .contains("Carte du réseau")
        .doesNotContain("<script");
  }

  @Test
  void theCoordinatorLoggedIntoTasklistOpensThePageInTheSameBrowser() {
    WebappSession session =
        WebappSession.login(port, "tasklist", network.coordinator(), TestNetworks.PASSWORD);
    assertThat(session.loginStatus()).isEqualTo(200);
    var response = session.get(page);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Récapitulatifs validés");
    assertNoPersonalData(response.body());
    assertThat(
            session
                .get(YearPageController.reportPath(network.id(), HandBuiltYear.YEAR))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusedToAnyoneElse() {
    assertThat(rest.getForEntity(page, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity(page, String.class).getBody()).contains("Connectez-vous");
    assertThat(
            rest.withBasicAuth(network.coordinator(), "mauvais")
                .getForEntity(page, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    String documentaliste = network.documentalistes().get(0);
    for (String path :
        List.of(
            page,
            YearPageController.reportPath(network.id(), HandBuiltYear.YEAR),
            YearPageController.csvPath(network.id(), HandBuiltYear.YEAR))) {
      assertThat(
              rest.withBasicAuth(documentaliste, TestNetworks.PASSWORD)
                  .getForEntity(path, String.class)
                  .getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(
            rest.withBasicAuth(network.principals().get(0), TestNetworks.PASSWORD)
                .getForEntity(page, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    TestNetwork other = networks.create(2);
    assertThat(
            rest.withBasicAuth(other.coordinator(), TestNetworks.PASSWORD)
                .getForEntity(page, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            WebappSession.login(port, "tasklist", documentaliste, TestNetworks.PASSWORD)
                .get(page)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            WebappSession.login(port, "tasklist", other.coordinator(), TestNetworks.PASSWORD)
                .get(page)
                .statusCode())
        .isEqualTo(403);
  }

  /** No name, user id or e-mail of anyone in the installation; no establishment name either. */
  void assertNoPersonalData(String body) {
    for (Member member : members.findAll()) {
      assertThat(body).doesNotContain(member.fullName()).doesNotContain(member.getLastName());
      if (member.getUserId().contains(".")) {
        assertThat(body).doesNotContain(member.getUserId());
      }
      if (member.getEmail() != null) {
        assertThat(body).doesNotContain(member.getEmail());
      }
    }
    assertThat(body)
        .doesNotContain("doc.t")
        .doesNotContain("Collège de test")
        .doesNotContain("Congé");
  }
}
