package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.calendar.EngineClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Inserts outbox rows with plain JDBC on the caller's connection (same transaction), with an insert
 * that cannot fail on a duplicate key: {@code INSERT … SELECT … WHERE NOT EXISTS}, plus {@code ON
 * CONFLICT DO NOTHING} on PostgreSQL where two transactions may race on the same key. A failed
 * insert would mark the caller's transaction rollback-only: a second notice with the same dedup key
 * is simply not stored.
 */
@Component
class OutboxWriter {

  /** A row to insert. */
  record Row(
      String dedupKey,
      String messageId,
      String kind,
      String recipientUserId,
      String networkId,
      NoticeCategory category,
      OutboxStatus status,
      String subject,
      String bodyText,
      String bodyHtml,
      String link,
      String lastError,
      OffsetDateTime now,
      List<Attachment> attachments) {}

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  OutboxWriter(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(
              dataSource, metaData -> metaData.getDatabaseProductName());
      return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (Exception e) {
      return false;
    }
  }

  /** The id of the new row, or null when the dedup key is already stored. */
  Long insert(Row row) {
    Timestamp now = Timestamp.from(row.now().toInstant());
    // The step's time on the engine's clock: the retention purge dates a message by it, as it dates
    // the rest of the school year (the same as the wall clock outside tests that move the clock).
    Timestamp written = Timestamp.from(EngineClock.now());
    String sql =
        "insert into notification_outbox (dedup_key, message_id, kind, recipient_user_id,"
            + " network_id, category, status, subject, body_text, body_html, link, last_error,"
            + " created_at, next_attempt_at, attempts)"
            // Typed timestamps: PostgreSQL resolves untyped parameters of a SELECT list as text.
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as timestamp with time zone),"
            + " cast(? as timestamp with time zone), 0"
            + " where not exists (select 1 from notification_outbox where dedup_key = ?)"
            + (postgres ? " on conflict (dedup_key) do nothing" : "");
    int inserted =
        jdbc.update(
            sql,
            row.dedupKey(),
            row.messageId(),
            row.kind(),
            row.recipientUserId(),
            row.networkId(),
            row.category().name(),
            row.status().name(),
            row.subject(),
            row.bodyText(),
            row.bodyHtml(),
            row.link(),
            row.lastError(),
            written,
            now,
            row.dedupKey());
    if (inserted == 0) {
      return null;
    }
    Long id =
        jdbc.queryForObject(
            "select id from notification_outbox where dedup_key = ?", Long.class, row.dedupKey());
    int position = 0;
    for (Attachment attachment : row.attachments()) {
      jdbc.update(
          "insert into notification_attachment (outbox_id, position, filename, content_type,"
              + " content) values (?, ?, ?, ?, ?)",
          id,
          position++,
          attachment.filename(),
          attachment.contentType(),
          attachment.content());
    }
    return id;
  }

  /** {@code <hash@host>}: the same for every attempt of a message, from its dedup key. */
  static String messageId(String dedupKey, String host) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@" + host + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
