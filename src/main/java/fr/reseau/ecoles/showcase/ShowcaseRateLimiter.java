package fr.reseau.ecoles.showcase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many requests a client may send to the public part ({@code /vitrine}, {@code /oai}) per
 * minute, counted in the database so that the limit holds across every node of one PostgreSQL: a
 * fixed one-minute window per client, counted by {@code update ... set hits = hits + 1} and read
 * back in the same short transaction, while the update's row lock is held: every request reads its
 * own count (no read-modify-write race; reading after the commit let concurrent requests read one
 * another's counts and refuse too many on PostgreSQL). The first request of a window inserts the
 * row in a transaction of its own, so that an insert that loses on the primary key aborts nothing;
 * it then counts again through the update.
 *
 * <p>A client is a salted SHA-256 of its address (app.showcase.rate-limit.salt): no address is
 * stored. Windows older than the previous minute are deleted, at most once a minute per node.
 */
@Component
public class ShowcaseRateLimiter {

  static final long WINDOW_MILLIS = 60_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final int perMinute;
  private final String salt;
  private final AtomicLong lastPurgedWindow = new AtomicLong();

  public ShowcaseRateLimiter(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${app.showcase.rate-limit.requests-per-minute:120}") int perMinute,
      @Value("${app.showcase.rate-limit.salt:reseau-ecoles-vitrine}") String salt) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.perMinute = perMinute;
    this.salt = salt;
  }

  /** Counts the request; false once the client has used up the minute's allowance. */
  public boolean tryAcquire(String clientAddress, long nowMillis) {
    return tryAcquire(clientAddress, nowMillis, perMinute);
  }

  boolean tryAcquire(String clientAddress, long nowMillis, int limit) {
    String key = clientKey(clientAddress);
    long window = nowMillis - Math.floorMod(nowMillis, WINDOW_MILLIS);
    int hits = count(key, window);
    purgeBefore(window);
    return hits <= limit;
  }

  /** Seconds until the client's current window ends (the Retry-After header). */
  static long secondsLeft(long nowMillis) {
    return Math.max(1, (WINDOW_MILLIS - Math.floorMod(nowMillis, WINDOW_MILLIS) + 999) / 1000);
  }

  private int count(String key, long window) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Integer counted = transaction.execute(status -> countedInWindow(key, window));
      if (counted != null) {
        return counted;
      }
      try {
        transaction.executeWithoutResult(
            status ->
                jdbc.update(
                    "insert into showcase_rate_window (client_key, window_start, hits)"
                        + " values (?, ?, 1)",
                    key,
                    window));
        return 1;
      } catch (DuplicateKeyException raced) {
        // another request of the same client inserted it first: count again
      }
    }
    return 1;
  }

  /** This request's count, or null when the window has no row yet. */
  private Integer countedInWindow(String key, long window) {
    int updated =
        jdbc.update(
            "update showcase_rate_window set hits = hits + 1"
                + " where client_key = ? and window_start = ?",
            key,
            window);
    if (updated == 0) {
      return null;
    }
    return jdbc.queryForObject(
        "select hits from showcase_rate_window where client_key = ? and window_start = ?",
        Integer.class,
        key,
        window);
  }

  private void purgeBefore(long window) {
    long previous = lastPurgedWindow.get();
    if (previous < window && lastPurgedWindow.compareAndSet(previous, window)) {
      jdbc.update(
          "delete from showcase_rate_window where window_start < ?", window - WINDOW_MILLIS);
    }
  }

  String clientKey(String clientAddress) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((salt + "|" + clientAddress).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
