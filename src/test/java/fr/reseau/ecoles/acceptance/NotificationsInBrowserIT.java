package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.notification.Attachment;
import fr.reseau.ecoles.notification.DeliveryMode;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.NotificationPreferenceRepository;
import fr.reseau.ecoles.notification.Notifications;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two notification pages in a real browser: a documentaliste logged into Tasklist opens the
 * link of a message's footer and chooses the daily digest without reminders; an administrator reads
 * the outbox (no SMTP server in the demo), opens a message, its HTML version and its file.
 */
class NotificationsInBrowserIT extends BrowserStory {

  static final String DOCUMENTALISTE = "lucie.martin";

  @Autowired Notifications notifications;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired Links links;

  final String subjectTask =
      "Valider le récapitulatif " + UUID.randomUUID().toString().substring(0, 8);

  @AfterAll
  void forget() {
    preferences.deleteById(DOCUMENTALISTE);
  }

  private String body() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  @Test
  @Order(1)
  void aDocumentalisteChoosesTheDailyDigestFromTheFooterLink() {
    webapps.login("tasklist", DOCUMENTALISTE);
    browser.open(Links.PREFERENCES_PATH);
    assertThat(body()).contains("Mes messages").contains("Compte " + DOCUMENTALISTE);
    browser.screenshot("mail-preferences");
    browser.click(By.cssSelector("input[value=\"DAILY_DIGEST\"]"));
    WebElement reminders = browser.visible(By.cssSelector("input[name=\"reminders\"]"));
    if (reminders.isSelected()) {
      browser.click(reminders);
    }
    browser.click(By.id("save"));
    browser.waitFor(d -> d.findElements(By.id("saved")).size() == 1);
    assertThat(body()).contains("Vos choix sont enregistrés");
    assertThat(browser.visible(By.cssSelector("input[value=\"DAILY_DIGEST\"]")).isSelected())
        .isTrue();
    var stored = preferences.findById(DOCUMENTALISTE).orElseThrow();
    assertThat(stored.getDelivery()).isEqualTo(DeliveryMode.DAILY_DIGEST);
    assertThat(stored.isReminders()).isFalse();
  }

  @Test
  @Order(2)
  void anAdministratorReadsAMessageOfTheOutboxWithoutSmtpServer() {
    byte[] file =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    notifications.send(
        new Notice(
            "task-waiting",
            "camille.roux",
            "ventoux-baronnies",
            NoticeCategory.ESCALATION,
            Map.of("taskName", subjectTask),
            links.task("t-browser"),
            List.of(new Attachment("visite.ics", "text/calendar", file)),
            "browser:" + subjectTask));
    webapps.login("cockpit", "admin");
    browser.open(Links.OUTBOX_PATH);
    assertThat(body())
        .contains("Aucun serveur SMTP configuré")
        .contains("Une tâche vous attend : " + subjectTask)
        .contains("non envoyé : pas de serveur SMTP configuré");
    browser.screenshot("mail-outbox");
    browser.click(By.linkText("Une tâche vous attend : " + subjectTask));
    browser.waitFor(d -> d.findElements(By.id("text")).size() == 1);
    assertThat(browser.visible(By.id("text")).getText())
        .contains("Bonjour Camille Roux")
        .contains(links.task("t-browser"));
    assertThat(browser.visible(By.id("files")).getText()).contains("visite.ics");
    browser.screenshot("mail-outbox-message");
    browser.click(By.id("html-version"));
    browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains(subjectTask));
    assertThat(body()).contains("Ouvrir la tâche");
  }

  @Test
  @Order(3)
  void aDocumentalisteIsRefusedTheOutbox() {
    webapps.login("tasklist", DOCUMENTALISTE);
    browser.open(Links.OUTBOX_PATH);
    assertThat(body()).contains("Page réservée aux administrateurs").doesNotContain(subjectTask);
  }
}
