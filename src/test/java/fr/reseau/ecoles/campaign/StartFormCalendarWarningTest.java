package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.HolidayPeriodRepository;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.holidays.HolidayImportService;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The calendar warning on the {@code cdi-tour} start form, as Tasklist fetches the form: the
 * caller's network's last known day is written into {@code Text_calendarWarning}, shown once the
 * visit period entered goes beyond it.
 */
class StartFormCalendarWarningTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired HolidayImportService imports;
  @Autowired HolidayPeriodRepository periods;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void today() {
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  @AfterEach
  void forgetImports() {
    periods.deleteAll();
    calendar.refresh();
  }

  JsonNode warning(String user, String password, String networkId) throws IOException {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(CdiTourVariables.PROCESS_KEY)
            .tenantIdIn(networkId)
            .latestVersion()
            .singleResult()
            .getId();
    ResponseEntity<String> form =
        rest.withBasicAuth(user, password)
            .getForEntity(
                "/engine-rest/process-definition/" + definition + "/deployed-start-form",
                String.class);
    assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode schema = JSON.readTree(form.getBody());
    assertThat(schema.path("id").asText()).isEqualTo("cdi-tour-start");
    for (JsonNode component : schema.path("components")) {
      for (JsonNode inner : component.path("components")) {
        if (inner.path("id").asText().equals("Text_calendarWarning")) {
          return inner;
        }
      }
    }
    throw new AssertionError("no Text_calendarWarning in " + form.getBody());
  }

  @Test
  void theStartFormWarnsBeyondTheKnownCalendarUntilTheOfficialOneIsImported() throws IOException {
    TestNetwork network = networks.create(1);

    JsonNode before = warning(network.coordinator(), TestNetworks.PASSWORD, network.id());
    String knownUntil = calendar.coveredUntil("B").orElseThrow().minusDays(1).toString();
    assertThat(before.path("text").asText())
        .contains("Attention : le calendrier scolaire connu pour votre réseau (zone B)")
        .contains("s'arrête le " + knownUntil);
    assertThat(before.path("conditional").path("hide").asText())
        .isEqualTo(
            "=visitWindowEnd = null or date(visitWindowEnd) <= date(\"" + knownUntil + "\")");

    try (InputStream csv =
        getClass().getResourceAsStream("/calendar/calendrier-scolaire-2027-2028.csv")) {
      imports.importFile(csv.readAllBytes(), "test", null);
    }
    String after = calendar.coveredUntil("B").orElseThrow().minusDays(1).toString();
    assertThat(after).isGreaterThan(knownUntil);
    assertThat(
            warning(network.coordinator(), TestNetworks.PASSWORD, network.id())
                .path("conditional")
                .path("hide")
                .asText())
        .contains("date(visitWindowEnd) <= date(\"" + after + "\")");
  }

  @Test
  void withoutANetworkTheFormIsServedAsDeployed() throws IOException {
    TestNetwork network = networks.create(1);
    JsonNode asDeployed = warning("admin", "demo", network.id());
    assertThat(asDeployed.path("conditional").path("hide").asText()).isEqualTo("=true");
  }
}
