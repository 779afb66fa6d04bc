package fr.reseau.ecoles.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.reseau.ecoles.support.IntegrationTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and its worker against a real SMTP server (GreenMail on a free port): messages arrive
 * once, in French, with their link, footer and files; a step that rolls back leaves nothing; an
 * SMTP server down delays without losing; two workers claiming at once send each message once;
 * preferences and the daily digest.
 */
class NotificationOutboxTest extends IntegrationTest {

  private static final String CAMILLE = "camille.roux";
  private static final String LUCIE = "lucie.martin";
  private static final String NETWORK = "ventoux-baronnies";

  @Autowired Notifications notifications;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;
  @Autowired NotificationPreferenceRepository preferences;
  @Autowired DailyDigest digest;
  @Autowired Links links;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Recipients recipients;
  @Autowired ApplicationContext context;

  private GreenMail smtp;
  private int port;

  @BeforeEach
  void smtpUp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    port = smtp.getSmtp().getPort();
  }

  @AfterEach
  void smtpDown() {
    smtp.stop();
    preferences.deleteAllById(List.of(CAMILLE, LUCIE));
  }

  private JavaMailSender sender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.setDefaultEncoding("UTF-8");
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return sender;
  }

  private OutboxWorker worker(String node) {
    return worker(node, Duration.ofMillis(200));
  }

  private OutboxWorker worker(String node, Duration firstRetry) {
    MailSettings settings =
        new MailSettings(
            "Réseau d'écoles <ne-pas-repondre@reseau.test>",
            Duration.ofSeconds(1),
            firstRetry,
            firstRetry.compareTo(Duration.ofSeconds(1)) > 0 ? firstRetry : Duration.ofSeconds(1),
            5,
            Duration.ofMinutes(5),
            500,
            null);
    return new OutboxWorker(
        dataSource, context.getBeanProvider(JavaMailSender.class), recipients, settings, node);
  }

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  private Notice notice(String userId, NoticeCategory category, String key) {
    return new Notice(
        "task-waiting",
        userId,
        NETWORK,
        category,
        Map.of("taskName", "Préparer la visite", "processName", "La tournée des CDI"),
        links.task("tache-42"),
        List.of(),
        key);
  }

  private void sendInTransaction(Notice notice) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.send(notice));
  }

  /** Sends everything due (other tests' messages too) until nothing is left. */
  private void drain(OutboxWorker worker) {
    for (int i = 0; i < 50 && worker.sendDue(sender()) > 0; i++) {}
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
  void aNoticeArrivesOnceInFrenchWithItsLinkFooterAndFile() throws Exception {
    byte[] pdf = new byte[3000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 7);
    }
    String key = key();
    sendInTransaction(
        new Notice(
            "task-waiting",
            CAMILLE,
            NETWORK,
            NoticeCategory.INFORMATION,
            Map.of("taskName", "Signer l'ordre de mission", "dueDate", "12 mars 2027"),
            links.task("tache-7"),
            List.of(new Attachment("ordre-de-mission.pdf", "application/pdf", pdf)),
            key));
    // The same key again (a retried step): stored once, no exception.
    sendInTransaction(notice(CAMILLE, NoticeCategory.INFORMATION, key));

    OutboxMessage row = outbox.findByDedupKey(key).orElseThrow();
    assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row.getMessageId()).matches("<[0-9a-f]{40}@localhost>");

    OutboxWorker worker = worker("node-a");
    drain(worker);
    drain(worker);

    List<MimeMessage> got = received(row.getMessageId());
    assertThat(got).hasSize(1);
    MimeMessage mail = got.get(0);
    assertThat(mail.getSubject()).isEqualTo("Une tâche vous attend : Signer l'ordre de mission");
    assertThat(mail.getAllRecipients()[0].toString())
        .contains("camille.roux@demo.reseau-ecoles.fr");
    assertThat(mail.getFrom()[0].toString()).contains("ne-pas-repondre@reseau.test");
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text)
        .contains("Bonjour Camille Roux")
        .contains("À faire avant le 12 mars 2027")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=tache-7")
        .contains("http://localhost:8080/preferences");
    assertThat(html)
        .contains("Signer l&#39;ordre de mission")
        .contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=tache-7\"")
        .contains("href=\"http://localhost:8080/preferences\"");
    Part file = attachmentPart(mail);
    assertThat(file.getFileName()).isEqualTo("ordre-de-mission.pdf");
    assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);

    OutboxMessage sent = outbox.findById(row.getId()).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(1);
    assertThat(sent.getRecipientAddress()).isEqualTo("camille.roux@demo.reseau-ecoles.fr");
    assertThat(sent.getSentAt()).isNotNull();
  }

  @Test
  void aStepThatRollsBackLeavesNoMessage() {
    String key = key();
    try {
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              s -> {
                notifications.send(notice(CAMILLE, NoticeCategory.INFORMATION, key));
                throw new IllegalStateException("the step fails");
              });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("the step fails");
    }
    assertThat(outbox.findByDedupKey(key)).isEmpty();
  }

  @Test
  void aDuplicateKeyInTheSameTransactionDoesNotFailTheStep() {
    String key = key();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              notifications.send(notice(CAMILLE, NoticeCategory.INFORMATION, key));
              notifications.send(notice(CAMILLE, NoticeCategory.REMINDER, key));
              assertThat(s.isRollbackOnly()).isFalse();
            });
    assertThat(outbox.findByDedupKey(key).orElseThrow().getCategory())
        .isEqualTo(NoticeCategory.INFORMATION);
  }

  @Test
  void anSmtpServerDownDelaysThenEverythingArrivesOnce() throws Exception {
    List<String> keys = List.of(key(), key(), key());
    keys.forEach(k -> sendInTransaction(notice(LUCIE, NoticeCategory.REMINDER, k)));
    smtp.stop();

    OutboxWorker worker = worker("node-a", Duration.ofSeconds(5));
    worker.sendDue(sender());
    for (String k : keys) {
      OutboxMessage row = outbox.findByDedupKey(k).orElseThrow();
      assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
      assertThat(row.getAttempts()).isEqualTo(1);
      assertThat(row.getLastError()).contains("MailSendException");
      assertThat(row.getNextAttemptAt()).isAfter(OffsetDateTime.now().minusSeconds(1));
      assertThat(row.getClaimedBy()).isNull();
    }
    // Not due yet: the back-off holds the retry.
    assertThat(worker.claim(outbox.findByDedupKey(keys.get(0)).orElseThrow().getId(), now()))
        .isFalse();

    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    drain(worker);
    for (String k : keys) {
      assertThat(outbox.findByDedupKey(k).orElseThrow().getAttempts()).isEqualTo(1);
    }
    Thread.sleep(5200);
    drain(worker);

    for (String k : keys) {
      OutboxMessage row = outbox.findByDedupKey(k).orElseThrow();
      assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
      assertThat(row.getAttempts()).isEqualTo(2);
      assertThat(received(row.getMessageId())).hasSize(1);
    }
  }

  @Test
  void twoWorkersClaimingAtOnceSendEachMessageOnce() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String k = key();
      keys.add(k);
      sendInTransaction(notice(i % 2 == 0 ? CAMILLE : LUCIE, NoticeCategory.INFORMATION, k));
    }
    OutboxWorker a = worker("node-a");
    OutboxWorker b = worker("node-b");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxWorker w : List.of(a, b)) {
        Callable<Integer> run =
            () -> {
              start.await();
              return w.sendDue(sender());
            };
        runs.add(pool.submit(run));
      }
      int total = 0;
      for (Future<Integer> run : runs) {
        total += run.get();
      }
      assertThat(total).isGreaterThanOrEqualTo(keys.size());
    } finally {
      pool.shutdown();
    }
    for (String k : keys) {
      OutboxMessage row = outbox.findByDedupKey(k).orElseThrow();
      assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
      assertThat(row.getAttempts()).isEqualTo(1);
      assertThat(received(row.getMessageId())).as(k).hasSize(1);
    }
  }

  @Test
  void remindersOffAreNotSentButEscalationsAre() throws Exception {
    NotificationPreference choice = new NotificationPreference(CAMILLE);
    choice.change(DeliveryMode.IMMEDIATE, false);
    preferences.save(choice);
    String reminder = key();
    String escalation = key();
    String information = key();
    sendInTransaction(notice(CAMILLE, NoticeCategory.REMINDER, reminder));
    sendInTransaction(notice(CAMILLE, NoticeCategory.ESCALATION, escalation));
    sendInTransaction(notice(CAMILLE, NoticeCategory.INFORMATION, information));
    drain(worker("node-a"));

    OutboxMessage skipped = outbox.findByDedupKey(reminder).orElseThrow();
    assertThat(skipped.getStatus()).isEqualTo(OutboxStatus.SKIPPED);
    assertThat(received(skipped.getMessageId())).isEmpty();
    for (String k : List.of(escalation, information)) {
      OutboxMessage row = outbox.findByDedupKey(k).orElseThrow();
      assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
      assertThat(received(row.getMessageId())).hasSize(1);
    }
  }

  @Test
  void theDailyDigestGathersWaitingNoticesIntoOneMessage() throws Exception {
    NotificationPreference choice = new NotificationPreference(LUCIE);
    choice.change(DeliveryMode.DAILY_DIGEST, true);
    preferences.save(choice);
    String first = key();
    String second = key();
    String escalation = key();
    sendInTransaction(
        new Notice(
            "task-waiting",
            LUCIE,
            NETWORK,
            NoticeCategory.INFORMATION,
            Map.of("taskName", "Rédiger le récapitulatif"),
            links.task("t1"),
            List.of(),
            first));
    sendInTransaction(
        new Notice(
            "task-waiting",
            LUCIE,
            NETWORK,
            NoticeCategory.REMINDER,
            Map.of("taskName", "Valider le récapitulatif"),
            links.task("t2"),
            List.of(),
            second));
    sendInTransaction(notice(LUCIE, NoticeCategory.ESCALATION, escalation));
    assertThat(outbox.findByDedupKey(first).orElseThrow().getStatus())
        .isEqualTo(OutboxStatus.DIGEST);
    assertThat(outbox.findByDedupKey(escalation).orElseThrow().getStatus())
        .isEqualTo(OutboxStatus.PENDING);

    OutboxWorker worker = worker("node-a");
    drain(worker);
    assertThat(received(outbox.findByDedupKey(first).orElseThrow().getMessageId())).isEmpty();

    assertThat(digest.gather()).isGreaterThanOrEqualTo(1);
    assertThat(digest.gather()).isZero();
    drain(worker);

    OutboxMessage one = outbox.findByDedupKey(first).orElseThrow();
    OutboxMessage two = outbox.findByDedupKey(second).orElseThrow();
    assertThat(one.getStatus()).isEqualTo(OutboxStatus.DIGESTED);
    assertThat(two.getDigestId()).isEqualTo(one.getDigestId()).isNotNull();
    OutboxMessage gathered = outbox.findById(one.getDigestId()).orElseThrow();
    assertThat(gathered.getStatus()).isEqualTo(OutboxStatus.SENT);
    List<MimeMessage> got = received(gathered.getMessageId());
    assertThat(got).hasSize(1);
    assertThat(got.get(0).getSubject()).startsWith("Vos messages du réseau d'écoles du ");
    assertThat(part(got.get(0), "text/plain"))
        .contains("Une tâche vous attend : Rédiger le récapitulatif")
        .contains("Une tâche vous attend : Valider le récapitulatif")
        .contains(links.task("t2"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(java.time.ZoneOffset.UTC);
  }

  static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Part attachmentPart(Part part) throws Exception {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part;
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part found = attachmentPart(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
