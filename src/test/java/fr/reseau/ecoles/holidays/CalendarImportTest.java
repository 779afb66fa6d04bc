package fr.reseau.ecoles.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.reseau.ecoles.calendar.HolidayPeriodRepository;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkCalendar;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 2027-2028 campaign on the bundled calendar (which ends with 2026-2027) warns the coordination;
 * once the official calendar is imported it does not, and its holidays are refused.
 */
class CalendarImportTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired HolidayPeriodRepository periods;
  @Autowired SchoolCalendar calendar;
  @Autowired NetworkCalendar networkCalendar;
  @Autowired HolidayImportService imports;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void today() {
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  @AfterEach
  void forgetImports() {
    // The other tests run on the bundled calendar only.
    periods.deleteAll();
    calendar.refresh();
  }

  ResponseEntity<String> upload(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.postForEntity(
        "/api/calendar/holidays", new HttpEntity<>(body, headers), String.class);
  }

  ProcessInstance startCampaign(TestNetwork network) {
    return startProcess(
        CdiTourVariables.PROCESS_KEY,
        network.id(),
        Map.of(
            CdiTourVariables.SCHOOL_YEAR,
            "2027-2028",
            CdiTourVariables.NETWORK_ID,
            network.id(),
            CdiTourVariables.VOLUNTEERING_DEADLINE,
            "2027-09-24",
            CdiTourVariables.VISIT_WINDOW_START,
            "2027-09-27",
            CdiTourVariables.VISIT_WINDOW_END,
            "2028-05-26"));
  }

  String warning(ProcessInstance tour) {
    return (String) runtimeService.getVariable(tour.getId(), CdiTourVariables.CALENDAR_WARNING);
  }

  ProcessInstance startWorkshopDay(TestNetwork network, String day) {
    return startProcess(
        WorkshopDayVariables.PROCESS_KEY,
        network.id(),
        Map.of(
            WorkshopDayVariables.TITLE,
            "Journée de test",
            WorkshopDayVariables.ESTABLISHMENTS,
            "Collège de test",
            WorkshopDayVariables.DAY_DATE,
            day,
            WorkshopDayVariables.CONCERN_SOURCE,
            "questionnaire"));
  }

  @Test
  void aNextYearCampaignWarnsUntilTheOfficialCalendarIsImported() throws IOException {
    TestNetwork before = networks.create(2);
    ProcessInstance uncovered = startCampaign(before);
    assertThat(warning(uncovered))
        .startsWith(
            "Attention : le calendrier scolaire connu pour la zone B s'arrête le 2027-08-31")
        .contains("jusqu'au 2028-05-26 ne sont pas couvertes");
    assertThatThrownBy(() -> startWorkshopDay(before, "2027-10-12"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(WorkshopDayVariables.DAY_DATE)
        .hasMessageContaining("n'est pas couvert par le calendrier scolaire connu pour la zone B");

    String csv = OfficialCalendarFilesTest.testCsv();
    assertThat(upload(null, csv).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload("mathilde.arnaud", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String broken = csv.replace("2028-02-18T23:00:00+00:00", "18/02/2028");
    ResponseEntity<String> refused = upload("admin", broken);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("ligne 8").contains("« 18/02/2028 »");
    assertThat(periods.count()).as("all or nothing").isZero();

    ResponseEntity<String> imported = upload("admin", csv);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).contains("\"periods\":12").contains("\"B\":\"2028-08-31\"");
    assertThat(periods.findAll())
        .allSatisfy(p -> assertThat(p.getSource()).isEqualTo("fichier envoyé"));
    // Importing the same file again replaces its periods rather than adding them twice.
    assertThat(upload("admin", csv).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(periods.count()).isEqualTo(12);

    TestNetwork after = networks.create(2);
    assertThat(warning(startCampaign(after))).isEmpty();
    ProcessInstance workshop = startWorkshopDay(after, "2027-10-12");
    assertThat(runtimeService.getVariable(workshop.getId(), WorkshopDayVariables.DAY_DATE))
        .isEqualTo("2027-10-12");
  }

  @Test
  void noWorkshopOrVisitDayOnAnImportedHolidayOrPublicHoliday() throws IOException {
    upload("admin", OfficialCalendarFilesTest.testCsv());
    TestNetwork network = networks.create(2);

    assertThatThrownBy(() -> startWorkshopDay(network, "2027-10-26"))
        .hasMessageContaining(WorkshopDayVariables.DAY_DATE)
        .hasMessageContaining("Vacances de la Toussaint (zone B)");
    // Not in the official file (holidays only): computed.
    assertThat(networkCalendar.whyNotPlannable(network.id(), LocalDate.of(2027, 11, 11)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Armistice (jour férié)"));
    assertThat(networkCalendar.whyNotPlannable(network.id(), LocalDate.of(2028, 5, 26)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Pont de l'Ascension"));
    assertThat(networkCalendar.whyNotPlannable(network.id(), LocalDate.of(2028, 6, 5)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Lundi de Pentecôte"));
    assertThat(networkCalendar.whyNotPlannable(network.id(), LocalDate.of(2028, 6, 6))).isEmpty();
  }

  @Test
  void anIcsFileWithoutZonesIsImportedForTheZoneGiven() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//calendrier//FR",
            "BEGIN:VEVENT",
            "UID:1@test",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20280708",
            "DTEND;VALUE=DATE:20280901",
            "SUMMARY:Vacances d'Été",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/calendar"));
    ResponseEntity<String> answer =
        rest.withBasicAuth("admin", "demo")
            .postForEntity(
                "/api/calendar/holidays?zone=Zone C",
                new HttpEntity<>(ics.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.coveredUntil("C")).contains(LocalDate.of(2028, 9, 1));
  }

  @Test
  void theScheduledFetchRunsOnOneNodeAtATimeAndImportsTheFileServed() throws Exception {
    byte[] csv = OfficialCalendarFilesTest.testCsv().getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/calendrier.csv",
        exchange -> {
          exchange.sendResponseHeaders(200, csv.length);
          exchange.getResponseBody().write(csv);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/calendrier.csv";
      OfficialCalendarFetch node1 = new OfficialCalendarFetch(url, imports, jdbc);
      OfficialCalendarFetch node2 = new OfficialCalendarFetch(url, imports, jdbc);
      Instant now = Instant.now().plus(Duration.ofDays(3650));
      assertThat(node1.claim(now)).isTrue();
      assertThat(node2.claim(now.plusSeconds(5))).as("the other node, same night").isFalse();
      assertThat(node2.claim(now.plus(Duration.ofHours(2)))).isTrue();

      node1.fetchNow();
      assertThat(periods.findAll())
          .hasSize(12)
          .allSatisfy(p -> assertThat(p.getSource()).isEqualTo(url));
      assertThat(calendar.covers(LocalDate.of(2028, 5, 2), "B")).isTrue();
    } finally {
      server.stop(0);
      jdbc.update("update school_calendar_fetch set last_run_at = timestamp '2000-01-01 00:00:00'");
    }
  }
}
