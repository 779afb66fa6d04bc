package fr.reseau.ecoles.visit;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's secret key of the pair history: {@code app.pair-history.key} when set (kept
 * out of the database, so a stolen dump alone cannot test pairs), else a random 256-bit key
 * generated on the first start and stored in {@code installation_secret}. Several nodes starting
 * together each try to insert theirs; the primary key lets one win and the others read it, so every
 * node hashes with the same key.
 */
@Component
public class PairHistoryKey {

  static final String SECRET_NAME = "pair-history.key";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final String configured;
  private volatile byte[] key;

  public PairHistoryKey(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${app.pair-history.key:}") String configured) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.configured = configured;
  }

  /** Generated (or read) on start rather than in the middle of someone's task. */
  @EventListener(ApplicationReadyEvent.class)
  public void onStart() {
    key();
  }

  byte[] key() {
    byte[] current = key;
    if (current == null) {
      current = configured.isBlank() ? storedOrCreated() : bytes(configured);
      key = current;
    }
    return current;
  }

  private byte[] storedOrCreated() {
    for (int attempt = 0; attempt < 3; attempt++) {
      List<String> stored =
          ownTransaction.execute(
              status ->
                  jdbc.queryForList(
                      "select secret_value from installation_secret where name = ?",
                      String.class,
                      SECRET_NAME));
      if (stored != null && !stored.isEmpty()) {
        return Base64.getDecoder().decode(stored.get(0));
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      String encoded = Base64.getEncoder().encodeToString(fresh);
      try {
        ownTransaction.executeWithoutResult(
            status ->
                jdbc.update(
                    "insert into installation_secret (name, secret_value, created_at)"
                        + " values (?, ?, ?)",
                    SECRET_NAME,
                    encoded,
                    Timestamp.from(Instant.now())));
        return fresh;
      } catch (DataIntegrityViolationException anotherNodeWasFirst) {
        // read the winner's key on the next round
      }
    }
    throw new IllegalStateException("No pair-history key could be stored or read");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
