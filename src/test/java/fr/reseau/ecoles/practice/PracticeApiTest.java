package fr.reseau.ecoles.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code /api/networks/{networkId}/practices} on the demo networks: members read and search, write
 * their own; coordinators moderate; another network gets 403; bad input 400 naming the field.
 */
class PracticeApiTest extends IntegrationTest {

  static final String VB = "/api/networks/ventoux-baronnies/practices";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired PracticeRepository practices;

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo")
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }

  static List<String> titles(JsonNode array) {
    List<String> titles = new ArrayList<>();
    array.forEach(p -> titles.add(p.path(PracticeInput.TITLE).asText()));
    return titles;
  }

  @Test
  void membersSearchTheDemoPracticesAndOtherNetworksGet403() throws Exception {
    ResponseEntity<String> all = call("lucie.martin", HttpMethod.GET, VB, null);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(titles(json(all)))
        .contains("Club lecture du midi", "Défi EMI : vrai ou faux ?")
        .doesNotContain("Escape game documentaire");
    JsonNode club = json(call("chef.ouveze", HttpMethod.GET, VB + "?theme=reading-culture", null));
    assertThat(titles(club))
        .contains("Club lecture du midi", "Podcasts d'élèves")
        .doesNotContain("Défi EMI : vrai ou faux ?");
    club.forEach(
        p -> assertThat(p.path("themes").toString()).contains("Lecture et ouverture culturelle"));
    JsonNode welcoming =
        json(
            call(
                "julien.faure",
                HttpMethod.GET,
                VB + "?welcomesVisitors=true&public=college",
                null));
    assertThat(titles(welcoming))
        .contains("Club lecture du midi")
        .doesNotContain("Podcasts d'élèves");
    welcoming.forEach(
        p -> {
          assertThat(p.path("welcomesVisitors").asBoolean()).isTrue();
          assertThat(p.path("establishment").path("latitude").asDouble()).isPositive();
        });

    assertThat(call("sandrine.olivier", HttpMethod.GET, VB, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("lea.castel", HttpMethod.GET, VB, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(VB, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> badTheme =
        call("lucie.martin", HttpMethod.GET, VB + "?theme=chant", null);
    assertThat(badTheme.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badTheme.getBody()).contains("« theme »");
  }

  @Test
  void aMemberWritesTheirOwnPracticeAndOnlyTheyOrACoordinatorChangeIt() throws Exception {
    Map<String, Object> body =
        Map.of(
            PracticeInput.TITLE,
            "Atelier booktube",
            "description",
            "Des vidéos de lecteurs tournées au CDI.",
            "themes",
            List.of("digital", "reading-culture"),
            PracticeInput.PUBLIC_SERVED,
            "college",
            "welcomesVisitors",
            true,
            "periods",
            List.of(Map.of("startsOn", "2027-01-11", "endsOn", "2027-02-05")),
            "links",
            List.of("https://example.org/booktube"));
    ResponseEntity<String> created = call("pierre.chabert", HttpMethod.POST, VB, body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode practice = json(created);
    long id = practice.path("id").asLong();
    assertThat(practice.path("establishment").path("code").asText()).isEqualTo("0840109J");
    assertThat(practice.path("periods").get(0).path("startsOn").asText()).isEqualTo("2027-01-11");
    assertThat(practice.path("author").path("userId").asText()).isEqualTo("pierre.chabert");

    Map<String, Object> changed =
        Map.of(
            PracticeInput.TITLE,
            "Atelier booktube (3e)",
            "description",
            "Des vidéos de lecteurs.",
            "themes",
            List.of("digital"));
    assertThat(call("claire.fabre", HttpMethod.PUT, VB + "/" + id, changed).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("sandrine.olivier", HttpMethod.PUT, VB + "/" + id, changed).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> updated = call("pierre.chabert", HttpMethod.PUT, VB + "/" + id, changed);
    assertThat(updated.getStatusCode()).as(updated.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json(updated).path("welcomesVisitors").asBoolean()).isFalse();
    assertThat(practices.findById(id))
        .hasValueSatisfying(p -> assertThat(p.getTitle()).isEqualTo("Atelier booktube (3e)"));

    // A coordinator hides it with a reason: the others no longer see it, the author does.
    assertThat(
            call(
                    "claire.fabre",
                    HttpMethod.PUT,
                    VB + "/" + id + "/moderation",
                    Map.of("hidden", true, "reason", "x"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason =
        call(
            "mathilde.arnaud",
            HttpMethod.PUT,
            VB + "/" + id + "/moderation",
            Map.of("hidden", true));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("« reason »");
    ResponseEntity<String> hidden =
        call(
            "mathilde.arnaud",
            HttpMethod.PUT,
            VB + "/" + id + "/moderation",
            Map.of("hidden", true, "reason", "Lien vers une vidéo d'élève identifiable"));
    assertThat(hidden.getStatusCode()).as(hidden.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json(hidden).path("status").asText()).isEqualTo("HIDDEN");
    assertThat(titles(json(call("claire.fabre", HttpMethod.GET, VB, null))))
        .doesNotContain("Atelier booktube (3e)");
    assertThat(call("claire.fabre", HttpMethod.GET, VB + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(titles(json(call("pierre.chabert", HttpMethod.GET, VB, null))))
        .contains("Atelier booktube (3e)");
    call("mathilde.arnaud", HttpMethod.PUT, VB + "/" + id + "/moderation", Map.of("hidden", false));
    assertThat(titles(json(call("claire.fabre", HttpMethod.GET, VB, null))))
        .contains("Atelier booktube (3e)");

    assertThat(call("claire.fabre", HttpMethod.DELETE, VB + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("pierre.chabert", HttpMethod.DELETE, VB + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(practices.findById(id)).isEmpty();
  }

  @Test
  void badInputIs400NamingTheFieldAndStoresNothing() {
    long before = practices.count();
    Map<String, Object> ok =
        Map.of(PracticeInput.TITLE, "Titre", "description", "Texte", "themes", List.of("digital"));
    for (Object[] bad :
        new Object[][] {
          {with(ok, PracticeInput.TITLE, ""), PracticeInput.TITLE},
          {with(ok, PracticeInput.TITLE, 12), PracticeInput.TITLE},
          {with(ok, "description", "x".repeat(4001)), "description"},
          {with(ok, "themes", List.of()), "themes"},
          {with(ok, "themes", List.of("chant")), "themes"},
          {with(ok, "themes", "digital"), "themes"},
          {with(ok, PracticeInput.PUBLIC_SERVED, "maternelle"), PracticeInput.PUBLIC_SERVED},
          {with(ok, "establishmentCode", "0130201M"), "establishmentCode"},
          {with(ok, "links", List.of("javascript:alert(1)")), "links"},
          {with(ok, "welcomesVisitors", "oui"), "welcomesVisitors"},
          {
            with(
                with(ok, "welcomesVisitors", true),
                "periods",
                List.of(Map.of("startsOn", "2027-02-01", "endsOn", "2027-01-01"))),
            "periods"
          },
          {
            with(ok, "periods", List.of(Map.of("startsOn", "demain", "endsOn", "2027-01-01"))),
            "periods"
          },
        }) {
      ResponseEntity<String> response = call("camille.roux", HttpMethod.POST, VB, bad[0]);
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(bad[1].toString()).contains("« " + bad[1] + " »");
    }
    ResponseEntity<String> notJson =
        rest.withBasicAuth("camille.roux", "demo")
            .exchange(VB, HttpMethod.POST, new HttpEntity<>("{", jsonHeaders()), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(practices.count()).isEqualTo(before);
  }

  static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
    copy.put(key, value);
    return copy;
  }
}
