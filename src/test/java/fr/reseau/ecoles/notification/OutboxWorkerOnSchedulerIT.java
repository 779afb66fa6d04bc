package fr.reseau.ecoles.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.reseau.ecoles.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application as configured in production, with {@code spring.mail.host} set: its own scheduled
 * worker sends the outbox to a real SMTP server (GreenMail), which is then stopped and started
 * again: messages wait with their error, then arrive once each.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.process-engine-name=mailworker",
      "spring.mail.host=127.0.0.1",
      "app.public-base-url=https://ecoles.example.org",
      "app.mail.poll-delay=200ms",
      "app.mail.first-retry=300ms",
      "app.mail.max-retry=1s"
    })
@ActiveProfiles({"demo", "test"})
class OutboxWorkerOnSchedulerIT {

  private static final int PORT = freePort();
  private static GreenMail smtp;

  @DynamicPropertySource
  static void ownDatabaseAndSmtp(DynamicPropertyRegistry registry) {
    TestDatabase.ownDatabase("mailworker", registry);
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired Notifications notifications;
  @Autowired OutboxRepository outbox;
  @Autowired Links links;
  @Autowired PlatformTransactionManager transactions;

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  @BeforeAll
  static void smtpUp() {
    smtp = start();
  }

  @AfterAll
  static void smtpDown() {
    smtp.stop();
  }

  private String send(NoticeCategory category) {
    String key = "scheduler:" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                notifications.send(
                    new Notice(
                        "task-waiting",
                        "helene.garcia",
                        "ventoux-baronnies",
                        category,
                        Map.of("taskName", "Confirmer la visite"),
                        links.task("t-1"),
                        List.of(),
                        key)));
    return key;
  }

  private List<MimeMessage> received(String messageId) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (messageId.equals(m.getMessageID())) {
        found.add(m);
      }
    }
    return found;
  }

  @Test
  void theScheduledWorkerSendsOnceAndSurvivesAnSmtpOutage() throws Exception {
    String first = send(NoticeCategory.INFORMATION);
    String messageId = outbox.findByDedupKey(first).orElseThrow().getMessageId();
    assertThat(messageId).endsWith("@ecoles.example.org>");
    await().atMost(Duration.ofMinutes(1)).until(() -> received(messageId).size() == 1);
    assertThat(NotificationOutboxTest.part(received(messageId).get(0), "text/plain"))
        .contains("https://ecoles.example.org/preferences");

    smtp.stop();
    List<String> keys = List.of(send(NoticeCategory.REMINDER), send(NoticeCategory.ESCALATION));
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                keys.stream()
                    .map(k -> outbox.findByDedupKey(k).orElseThrow())
                    .allMatch(
                        m ->
                            m.getStatus() == OutboxStatus.PENDING
                                && m.getAttempts() >= 2
                                && m.getLastError() != null));

    smtp = start();
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                keys.stream()
                    .allMatch(
                        k ->
                            outbox.findByDedupKey(k).orElseThrow().getStatus()
                                == OutboxStatus.SENT));
    Thread.sleep(1000);
    for (String k : keys) {
      OutboxMessage row = outbox.findByDedupKey(k).orElseThrow();
      assertThat(received(row.getMessageId())).as(k).hasSize(1);
    }
    assertThat(received(messageId)).isEmpty(); // a new server: the first message is not resent
    assertThat(outbox.findByDedupKey(first).orElseThrow().getAttempts()).isEqualTo(1);
  }
}
