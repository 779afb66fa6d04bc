package fr.reseau.ecoles.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.notification.OutboxStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/**
 * The SMTP server of the job-executor tests: one GreenMail on {@code 127.0.0.1}, on a free port,
 * for the whole test JVM. The application is pointed at it ({@code spring.mail.host=127.0.0.1}, see
 * {@link JobExecutorIntegrationTest}) and sends its outbox there with its own scheduled worker, as
 * in production. It stops with the JVM.
 */
public final class TestSmtp {

  private static GreenMail server;

  private TestSmtp() {}

  private static synchronized GreenMail server() {
    if (server == null) {
      GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      started.start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
      server = started;
    }
    return server;
  }

  /** The port the application sends to. */
  public static int port() {
    return server().getSmtp().getPort();
  }

  /**
   * Waits until the application's worker has sent every message that is due (none {@code PENDING}
   * whose next attempt has come), then forgets what the server received: what arrives next is the
   * calling test's.
   */
  public static void startAfresh(OutboxRepository outbox) {
    awaitSent(outbox);
    try {
      server().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits, for a bounded time, until the worker has sent every due message: no message is {@code
   * PENDING} with its next attempt come. A message the server refused waits for its next attempt
   * and is not waited for.
   */
  public static void awaitSent(OutboxRepository outbox) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                outbox
                    .findByStatusInOrderByIdDesc(
                        List.of(OutboxStatus.PENDING), Pageable.ofSize(10_000))
                    .stream()
                    .noneMatch(
                        m ->
                            m.getStatus() == OutboxStatus.PENDING
                                && !m.getNextAttemptAt().isAfter(OffsetDateTime.now())));
  }

  /** Every message received since {@link #startAfresh}, parsed. */
  public static List<ReceivedMail> received() {
    return Stream.of(server().getReceivedMessages()).map(ReceivedMail::of).toList();
  }
}
