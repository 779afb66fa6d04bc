package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.summary.SummaryContent.ThemeCount;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A workshop day started from a published network summary: its grouped needs are proposed as the
 * day's concerns (pre-filled, choosable without a teacher citing them), through REST and the
 * engine.
 */
class SummaryWorkshopDayTest extends IntegrationTest {

  private static final AtomicLong CAMPAIGN = new AtomicLong(-900_000);

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired NetworkSummaryRepository summaries;
  @Autowired WorkshopDayRepository days;
  @Autowired QuestionnaireService questionnaire;
  @Autowired ObjectMapper json;

  @BeforeEach
  void today() {
    clockAt(LocalDate.of(2027, 3, 1), 9);
  }

  void publishSummary(String networkId, String schoolYear, boolean published) throws Exception {
    SummaryContent content =
        new SummaryContent(
            "Réseau",
            schoolYear,
            List.of(),
            List.of(),
            List.of(
                new ThemeCount("Éducation aux médias", 4),
                new ThemeCount("Accueil des classes", 3),
                new ThemeCount("Fonds documentaire", 2),
                new ThemeCount("Politique documentaire", 1)),
            List.of(
                new ThemeCount("Éducation aux médias", 4),
                new ThemeCount("Accueil des classes", 3),
                new ThemeCount("Fonds documentaire", 2)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    NetworkSummary summary = new NetworkSummary(CAMPAIGN.decrementAndGet(), networkId, schoolYear);
    summary.recompile(json.writeValueAsString(content), Instant.now());
    if (published) {
      summary.publish("coord", "", Instant.now());
    }
    summaries.save(summary);
  }

  ResponseEntity<String> post(String user, String networkId, String year, Object body) {
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .postForEntity(
            "/api/networks/" + networkId + "/summaries/" + year + "/workshop-day",
            body,
            String.class);
  }

  @Test
  void theCoordinatorStartsADayWhoseConcernsAreTheSummarysGroupedNeeds() throws Exception {
    TestNetwork network = networks.create(1);
    publishSummary(network.id(), "2025-2026", true);
    Map<String, Object> body =
        Map.of(
            WorkshopDayVariables.TITLE, "Journée du bilan",
            WorkshopDayVariables.ESTABLISHMENTS, "Collège de test",
            WorkshopDayVariables.DAY_DATE, "2027-03-18");

    ResponseEntity<String> proposal =
        rest.withBasicAuth(network.coordinator(), TestNetworks.PASSWORD)
            .getForEntity(
                "/api/networks/" + network.id() + "/summaries/2025-2026/workshop-day",
                String.class);
    assertThat(proposal.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(proposal.getBody())
        .contains("Éducation aux médias", "Accueil des classes", "Fonds documentaire")
        .doesNotContain("Politique documentaire");

    ResponseEntity<String> started = post(network.coordinator(), network.id(), "2025-2026", body);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    long dayId =
        json.readTree(started.getBody()).path(WorkshopDayVariables.WORKSHOP_DAY_ID).asLong();
    String instanceId = json.readTree(started.getBody()).path("processInstanceId").asText();

    WorkshopDay day = days.findById(dayId).orElseThrow();
    assertThat(day.getConcernSource()).isEqualTo("networkSummary");
    assertThat(day.getSummarySchoolYear()).isEqualTo("2025-2026");
    assertThat(day.getProposedConcerns())
        .isEqualTo("Éducation aux médias|Accueil des classes|Fonds documentaire");
    // Pre-filled in « Choisir les préoccupations », and waiting for the questionnaire.
    TypedValue chosen =
        runtimeService.getVariableTyped(instanceId, WorkshopDayVariables.CHOSEN_CONCERNS);
    assertThat(json.readValue(chosen.getValue().toString(), List.class))
        .containsExactly("Éducation aux médias", "Accueil des classes", "Fonds documentaire");
    assertThat(runtimeService.getVariable(instanceId, WorkshopDayVariables.SUMMARY_SCHOOL_YEAR))
        .isEqualTo("2025-2026");
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult())
        .extracting(t -> t.getTaskDefinitionKey())
        .isEqualTo("Task_ImportQuestionnaire");
    // Concerns of the day even though no teacher answered yet; the needs shown are that year's.
    assertThat(questionnaire.consolidate(dayId))
        .extracting(ConcernConsolidation.ConcernShare::concern)
        .containsExactly("Éducation aux médias", "Accueil des classes", "Fonds documentaire");
    assertThat(questionnaire.needsToShow(dayId)).hasSize(4);
  }

  @Test
  void onlyThePublishedSummaryOfTheNetworkAndOnlyItsTeams() throws Exception {
    TestNetwork network = networks.create(1);
    TestNetwork other = networks.create(1);
    publishSummary(network.id(), "2025-2026", true);
    publishSummary(network.id(), "2026-2027", false);
    Map<String, Object> body =
        Map.of(
            WorkshopDayVariables.TITLE,
            "Journée",
            WorkshopDayVariables.ESTABLISHMENTS,
            "Collège",
            WorkshopDayVariables.DAY_DATE,
            "2027-03-18");

    assertThat(post(network.coordinator(), network.id(), "2026-2027", body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(other.coordinator(), network.id(), "2025-2026", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            post(network.documentalistes().get(0), network.id(), "2025-2026", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            rest.postForEntity(
                    "/api/networks/" + network.id() + "/summaries/2025-2026/workshop-day",
                    body,
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> noTitle =
        post(
            network.coordinator(),
            network.id(),
            "2025-2026",
            Map.of(
                WorkshopDayVariables.ESTABLISHMENTS,
                "Collège",
                WorkshopDayVariables.DAY_DATE,
                "2027-03-18"));
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTitle.getBody()).contains("\"field\":\"title\"");
    ResponseEntity<String> saturday =
        post(
            network.coordinator(),
            network.id(),
            "2025-2026",
            Map.of(
                WorkshopDayVariables.TITLE,
                "Journée",
                WorkshopDayVariables.ESTABLISHMENTS,
                "Collège",
                WorkshopDayVariables.DAY_DATE,
                "2027-03-20"));
    assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(saturday.getBody()).contains("\"field\":\"dayDate\"").contains("samedi");
    assertThat(days.findByNetworkIdOrderByDayDateDesc(network.id())).isEmpty();
  }
}
