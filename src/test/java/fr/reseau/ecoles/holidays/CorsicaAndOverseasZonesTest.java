package fr.reseau.ecoles.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.calendar.HolidayPeriodRepository;
import fr.reseau.ecoles.calendar.HolidayZones;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkCalendar;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
 * Zones beyond A/B/C: the ministry's files for Corse and the overseas zones import, and a network
 * (or an establishment) in those zones gets their holidays.
 */
class CorsicaAndOverseasZonesTest extends IntegrationTest {

  /** As the dataset « fr-en-calendrier-scolaire » exports them (Corse in Paris instants). */
  static final String CSV =
      String.join(
          "\n",
          "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire",
          "Vacances de la Toussaint;-;2027-10-22T22:00:00+00:00;2027-11-07T23:00:00+00:00;Corse;Corse;2027-2028",
          "Vacances d'Été;-;2028-07-03T22:00:00+00:00;2028-08-31T22:00:00+00:00;Corse;Corse;2027-2028",
          "Vacances de la Toussaint;-;2027-10-16;2027-10-25;La Réunion;Réunion;2027-2028",
          "Vacances d'Été austral;-;2027-12-18;2028-01-24;La Réunion;Réunion;2027-2028",
          "Vacances de fin d'année;-;2028-07-08;2028-08-17;La Réunion;Réunion;2027-2028",
          "");

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired HolidayPeriodRepository periods;
  @Autowired SchoolCalendar calendar;
  @Autowired NetworkCalendar networkCalendar;
  @Autowired EstablishmentRepository establishments;

  @BeforeEach
  void today() {
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  @AfterEach
  void forgetImports() {
    periods.deleteAll();
    calendar.refresh();
  }

  ResponseEntity<String> upload(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return rest.withBasicAuth("admin", "demo")
        .postForEntity(
            "/api/calendar/holidays",
            new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
            String.class);
  }

  ResponseEntity<String> putNetwork(String networkId, String academy, String zone) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("admin", "demo")
        .exchange(
            "/api/networks/" + networkId,
            HttpMethod.PUT,
            new HttpEntity<>(
                Map.of("name", "Réseau " + networkId, "academy", academy, "holidayZone", zone),
                headers),
            String.class);
  }

  @Test
  void theDatasetsNamesAndOtherSpellingsAreOneZone() {
    assertThat(HolidayZones.known("La Réunion")).contains("Réunion");
    assertThat(HolidayZones.known("Nouvelle-Calédonie")).contains("Nouvelle Calédonie");
    assertThat(HolidayZones.known("zone Saint-Pierre-et-Miquelon"))
        .contains("Saint Pierre et Miquelon");
    assertThat(HolidayZones.known("POLYNÉSIE")).contains("Polynésie");
    assertThat(HolidayZones.known("Wallis-et-Futuna")).contains("Wallis et Futuna");
    assertThat(HolidayZones.known("Zone D")).isEmpty();
    assertThat(HolidayZones.ofAcademy("académie de La Réunion")).contains("Réunion");
    assertThat(HolidayZones.ALL).hasSize(13);
  }

  @Test
  void aCorsicanNetworkAndAReunionEstablishmentGetTheirHolidays() {
    ResponseEntity<String> imported = upload(CSV);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).contains("\"Corse\":2").contains("\"Réunion\":3");

    // A network in Corse: its zone given in another spelling is stored as the dataset's.
    String corsica = networks.createEmpty();
    ResponseEntity<String> zoneSet = putNetwork(corsica, "Corse", "corse");
    assertThat(zoneSet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zoneSet.getBody()).contains("\"holidayZone\":\"Corse\"");
    assertThat(networkCalendar.zones(corsica)).containsExactly("Corse");
    assertThat(networkCalendar.whyNotPlannable(corsica, LocalDate.of(2027, 10, 26)))
        .hasValueSatisfying(r -> assertThat(r).contains("Vacances de la Toussaint (zone Corse)"));
    // Holidays of Réunion are not those of Corse; the Corsican year is known until September.
    assertThat(networkCalendar.whyNotPlannable(corsica, LocalDate.of(2027, 10, 19))).isEmpty();
    assertThat(networkCalendar.coverageWarning(corsica, LocalDate.of(2028, 6, 30))).isEmpty();

    // An establishment in La Réunion (the column holds more than a letter).
    String reunion = networks.createEmpty();
    assertThat(putNetwork(reunion, "académie de La Réunion", "").getBody())
        .contains("\"holidayZone\":\"Réunion\"");
    establishments.save(
        new Establishment(
            "9740001A",
            "Collège de Saint-Denis",
            EstablishmentKind.COLLEGE,
            "Saint-Denis",
            "974",
            HolidayZones.known("La Réunion").orElseThrow(),
            -20.9,
            55.4,
            reunion,
            null));
    assertThat(establishments.findById("9740001A").orElseThrow().getHolidayZone())
        .isEqualTo("Réunion");
    assertThat(networkCalendar.zones(reunion)).contains("Réunion");
    assertThat(networkCalendar.whyNotPlannable(reunion, LocalDate.of(2027, 10, 19)))
        .hasValueSatisfying(r -> assertThat(r).contains("(zone Réunion)"));
  }

  @Test
  void anUnknownZoneIsRefusedNamingTheField() {
    String network = networks.createEmpty();
    ResponseEntity<String> answer = putNetwork(network, "Corse", "Zone D");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("holidayZone").contains("Saint Pierre et Miquelon");
  }
}
