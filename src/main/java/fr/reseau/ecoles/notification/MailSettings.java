package fr.reseau.ecoles.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.mail.*} (application.yaml, docs/notifications.md "Configuration").
 *
 * @param from sender address of every message
 * @param pollDelay how often the worker looks for messages to send
 * @param firstRetry back-off after the first failure, doubled at each further failure
 * @param maxRetry longest back-off
 * @param maxAttempts attempts before a message is marked failed
 * @param claimLease how long a node keeps a claimed message before another node may take it
 * @param batchSize messages a node claims per poll
 * @param digestCron when daily digests are gathered (Spring cron, server time zone)
 */
@ConfigurationProperties(prefix = "app.mail")
public record MailSettings(
    String from,
    Duration pollDelay,
    Duration firstRetry,
    Duration maxRetry,
    Integer maxAttempts,
    Duration claimLease,
    Integer batchSize,
    String digestCron) {

  public MailSettings {
    from = from == null || from.isBlank() ? "ne-pas-repondre@localhost" : from;
    pollDelay = pollDelay == null ? Duration.ofSeconds(10) : pollDelay;
    firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
    maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    maxAttempts = maxAttempts == null ? 20 : maxAttempts;
    claimLease = claimLease == null ? Duration.ofMinutes(5) : claimLease;
    batchSize = batchSize == null ? 20 : batchSize;
    digestCron = digestCron == null || digestCron.isBlank() ? "0 0 7 * * *" : digestCron;
  }

  /** Back-off before attempt {@code attempts + 1}, after {@code attempts} failures. */
  public Duration backoff(int attempts) {
    Duration delay = firstRetry;
    for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
  }
}
