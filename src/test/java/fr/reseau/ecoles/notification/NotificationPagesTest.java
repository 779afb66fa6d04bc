package fr.reseau.ecoles.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.WebappSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The preferences page (the logged-in person only, French, a bad value answered 400 naming the
 * field) and the outbox page (administrators only; without SMTP server the messages are readable,
 * rendered, with their files).
 */
class NotificationPagesTest extends IntegrationTest {

  private static final String PERSON = "julien.faure";
  private static final String DEMO_PASSWORD = "demo";

  @Autowired TestRestTemplate rest;
  @Autowired Notifications notifications;
  @Autowired OutboxRepository outbox;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired Links links;
  @LocalServerPort int port;

  @AfterEach
  void forget() {
    preferences.deleteById(PERSON);
  }

  private ResponseEntity<String> post(String user, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return rest.withBasicAuth(user, DEMO_PASSWORD)
        .postForEntity(Links.PREFERENCES_PATH, new HttpEntity<>(form, headers), String.class);
  }

  @Test
  void aPersonChoosesTheDailyDigestAndNoReminders() {
    assertThat(rest.getForEntity(Links.PREFERENCES_PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> page =
        rest.withBasicAuth(PERSON, DEMO_PASSWORD)
            .getForEntity(Links.PREFERENCES_PATH, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("Mes messages")
        .contains("Un résumé par jour")
        .contains("value=\"IMMEDIATE\" checked")
        .contains("name=\"reminders\" value=\"true\" checked");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
        .contains("form-action 'self'");

    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add(PreferencesController.DELIVERY, "DAILY_DIGEST");
    // 303 to the page, which the client follows.
    ResponseEntity<String> saved = post(PERSON, form);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).contains("Vos choix sont enregistrés");
    NotificationPreference stored = preferences.findById(PERSON).orElseThrow();
    assertThat(stored.getDelivery()).isEqualTo(DeliveryMode.DAILY_DIGEST);
    assertThat(stored.isReminders()).isFalse();
    assertThat(
            rest.withBasicAuth(PERSON, DEMO_PASSWORD)
                .getForObject(Links.PREFERENCES_PATH + "?enregistre", String.class))
        .contains("Vos choix sont enregistrés")
        .contains("value=\"DAILY_DIGEST\" checked")
        .doesNotContain("value=\"true\" checked");

    // The next reminder is kept, not sent; information waits for the digest.
    String reminder = "pages:" + UUID.randomUUID();
    notifications.send(
        new Notice(
            "task-waiting",
            PERSON,
            "ventoux-baronnies",
            NoticeCategory.REMINDER,
            Map.of("taskName", "Rédiger le récapitulatif"),
            links.task("x"),
            List.of(),
            reminder));
    assertThat(outbox.findByDedupKey(reminder).orElseThrow().getStatus())
        .isEqualTo(OutboxStatus.SKIPPED);
  }

  @Test
  void aBadValueIsRefusedWith400NamingTheFieldAndNothingStored() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add(PreferencesController.DELIVERY, "WEEKLY");
    form.add(PreferencesController.REMINDERS, "true");
    ResponseEntity<String> refused = post(PERSON, form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Champ « delivery »");
    assertThat(preferences.findById(PERSON)).isEmpty();

    form.set(PreferencesController.DELIVERY, "IMMEDIATE");
    form.set(PreferencesController.REMINDERS, "peut-être");
    assertThat(post(PERSON, form).getBody()).contains("Champ « reminders »");
    assertThat(preferences.findById(PERSON)).isEmpty();
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("Origin", "https://evil.example");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add(PreferencesController.DELIVERY, "DAILY_DIGEST");
    ResponseEntity<String> refused =
        rest.withBasicAuth(PERSON, DEMO_PASSWORD)
            .postForEntity(Links.PREFERENCES_PATH, new HttpEntity<>(form, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(preferences.findById(PERSON)).isEmpty();
  }

  @Test
  void thePersonLoggedIntoTasklistOpensTheLinkOfTheFooter() {
    WebappSession session = WebappSession.login(port, "tasklist", PERSON, DEMO_PASSWORD);
    assertThat(session.loginStatus()).isEqualTo(200);
    var page = session.get(Links.PREFERENCES_PATH);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Compte julien.faure");
  }

  @Test
  void administratorsReadTheOutboxWithoutSmtpServerOthersDoNot() {
    String key = "pages:" + UUID.randomUUID();
    byte[] file = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes();
    notifications.send(
        new Notice(
            "task-waiting",
            "camille.roux",
            "ventoux-baronnies",
            NoticeCategory.INFORMATION,
            Map.of("taskName", "Valider la date <b>proposée</b>"),
            links.task("t-9"),
            List.of(new Attachment("visite.ics", "text/calendar", file)),
            key));
    OutboxMessage row = outbox.findByDedupKey(key).orElseThrow();

    assertThat(rest.getForEntity(Links.OUTBOX_PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth("camille.roux", DEMO_PASSWORD)
                .getForEntity(Links.OUTBOX_PATH, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            rest.withBasicAuth("camille.roux", DEMO_PASSWORD)
                .getForEntity(Links.OUTBOX_PATH + "/" + row.getId(), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    TestRestTemplate admin = rest.withBasicAuth("admin", DEMO_PASSWORD);
    String list = admin.getForObject(Links.OUTBOX_PATH, String.class);
    assertThat(list)
        .contains("Aucun serveur SMTP configuré")
        .contains("non envoyé : pas de serveur SMTP configuré")
        .contains("Une tâche vous attend : Valider la date &lt;b&gt;proposée&lt;/b&gt;");
    assertThat(admin.getForObject(Links.OUTBOX_PATH + "?statut=PENDING", String.class))
        .contains(row.getSubject().replace("<", "&lt;").replace(">", "&gt;"));
    assertThat(
            admin
                .getForEntity(Links.OUTBOX_PATH + "?statut=NIMPORTE", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    String detail = admin.getForObject(Links.OUTBOX_PATH + "/" + row.getId(), String.class);
    assertThat(detail)
        .contains("Bonjour Camille Roux")
        .contains(links.task("t-9"))
        .contains("visite.ics")
        .contains(row.getMessageId().replace("<", "&lt;").replace(">", "&gt;"));
    ResponseEntity<String> html =
        admin.getForEntity(Links.OUTBOX_PATH + "/" + row.getId() + "/html", String.class);
    assertThat(html.getBody())
        .contains("Valider la date &lt;b&gt;proposée&lt;/b&gt;")
        .contains("href=\"http://localhost:8080/preferences\"");
    assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");

    String filePath =
        detail.replaceAll("(?s).*href=\"(/outbox/" + row.getId() + "/fichiers/\\d+)\".*", "$1");
    ResponseEntity<byte[]> download = admin.getForEntity(filePath, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(file);
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("visite.ics");
    assertThat(admin.getForEntity(Links.OUTBOX_PATH + "/999999999", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
