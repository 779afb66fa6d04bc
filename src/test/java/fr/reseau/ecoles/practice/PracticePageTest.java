package fr.reseau.ecoles.practice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The page {@code /carte/{networkId}} and the members' form, as a browser gets them. */
class PracticePageTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired PracticeRepository practices;

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  ResponseEntity<String> post(
      String user, String path, MultiValueMap<String, String> form, String origin) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    return rest.withBasicAuth(user, "demo")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  @Test
  void theMapShowsTheDemoPracticesOnAPlainMapAndFilters() {
    ResponseEntity<String> page = get("lucie.martin", "/carte/ventoux-baronnies");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String html = page.getBody();
    assertThat(html)
        .contains("<html lang=\"fr\"", "Carte des pratiques", "Réseau Ventoux Baronnies")
        .contains("<svg", "Club lecture du midi", "Défi EMI : vrai ou faux ?")
        .contains("Accueille des visiteurs", "jeudi midi")
        // No tile server configured: no script, no Leaflet.
        .doesNotContain("<script", "leaflet.js");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
        .contains("form-action 'self'")
        .doesNotContain("script-src");

    String digital = get("lucie.martin", "/carte/ventoux-baronnies?theme=digital").getBody();
    assertThat(digital)
        .contains("Ressources numériques de l&#39;ENT", "Podcasts d&#39;élèves")
        .doesNotContain("Club lecture du midi");
    String welcoming =
        get("lucie.martin", "/carte/ventoux-baronnies?welcomesVisitors=true&public=lycee")
            .getBody();
    assertThat(welcoming)
        .contains("Espace CDI réaménagé en îlots")
        .doesNotContain("Parcours orientation au CDI");

    assertThat(get("sandrine.olivier", "/carte/ventoux-baronnies").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/carte/ventoux-baronnies", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("lucie.martin", "/carte/ventoux-baronnies?theme=chant").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMemberDescribesAPracticeThroughTheFormAndACoordinatorHidesIt() {
    ResponseEntity<String> form = get("elise.blanc", "/carte/ventoux-baronnies/pratiques/nouvelle");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("Décrire une pratique", "name=\"themes\"", "0840111L");

    MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    fields.add(PracticeInput.TITLE, "Rallye lecture des 6e");
    fields.add("description", "Un rallye en équipes sur vingt romans.");
    fields.add("themes", "reading-culture");
    fields.add("themes", "teaching-cooperation");
    fields.add(PracticeInput.PUBLIC_SERVED, "college");
    fields.add("establishmentCode", "0840111L");
    fields.add("welcomesVisitors", "true");
    fields.add("periodStart1", "2027-03-01");
    fields.add("periodEnd1", "2027-03-26");
    fields.add("periodHalfDays1", "lundi matin");

    ResponseEntity<String> otherSite =
        post(
            "elise.blanc",
            "/carte/ventoux-baronnies/pratiques",
            fields,
            "https://ailleurs.example");
    assertThat(otherSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(practices.findByNetworkIdAndTitle("ventoux-baronnies", "Rallye lecture des 6e"))
        .isEmpty();

    MultiValueMap<String, String> bad = new LinkedMultiValueMap<>(fields);
    bad.set("periodEnd1", "2027-02-01");
    ResponseEntity<String> refused =
        post("elise.blanc", "/carte/ventoux-baronnies/pratiques", bad, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("« periods »", "Rallye lecture des 6e");

    ResponseEntity<String> saved =
        post("elise.blanc", "/carte/ventoux-baronnies/pratiques", fields, null);
    assertThat(saved.getStatusCode().is3xxRedirection() || saved.getStatusCode().is2xxSuccessful())
        .as(saved.getStatusCode() + " " + saved.getBody())
        .isTrue();
    Practice practice =
        practices.findByNetworkIdAndTitle("ventoux-baronnies", "Rallye lecture des 6e").get(0);
    assertThat(practice.getAuthorUserId()).isEqualTo("elise.blanc");
    assertThat(practice.getThemes()).containsExactly("reading-culture", "teaching-cooperation");
    assertThat(practice.getPeriods())
        .singleElement()
        .satisfies(p -> assertThat(p.getHalfDays()).isEqualTo("lundi matin"));

    String edit = "/carte/ventoux-baronnies/pratiques/" + practice.getId() + "/modifier";
    assertThat(get("elise.blanc", edit).getBody()).contains("2027-03-01", "lundi matin");
    assertThat(get("camille.roux", "/carte/ventoux-baronnies").getBody())
        .contains("Rallye lecture des 6e")
        .doesNotContain("/pratiques/" + practice.getId() + "/modifier");

    MultiValueMap<String, String> moderation = new LinkedMultiValueMap<>();
    moderation.add("hidden", "true");
    moderation.add("reason", "Doublon");
    String moderate = "/carte/ventoux-baronnies/pratiques/" + practice.getId() + "/moderation";
    assertThat(post("camille.roux", moderate, moderation, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    post("mathilde.arnaud", moderate, moderation, null);
    assertThat(practices.findById(practice.getId()).orElseThrow().getStatus())
        .isEqualTo(PracticeStatus.HIDDEN);
    assertThat(get("camille.roux", "/carte/ventoux-baronnies").getBody())
        .doesNotContain("Rallye lecture des 6e");
    assertThat(get("mathilde.arnaud", "/carte/ventoux-baronnies").getBody())
        .contains("Rallye lecture des 6e", "Masquée par la coordination", "Doublon", "Republier");
  }
}
