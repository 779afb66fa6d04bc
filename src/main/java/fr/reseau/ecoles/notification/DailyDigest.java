package fr.reseau.ecoles.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code app.mail.digest-cron}), one message per person who chose the daily digest,
 * gathering their notices waiting in the outbox (status {@link OutboxStatus#DIGEST}). For each
 * person, in one transaction: the digest is written to the outbox (status pending, dedup key made
 * of the person and the ids gathered), then each gathered row is moved to {@link
 * OutboxStatus#DIGESTED} by a conditional update ({@code … and status = 'DIGEST'}). When another
 * node gathered the same rows first, its digest key already exists or an update matches nothing:
 * this transaction rolls back, and each notice is in exactly one digest.
 */
@Component
public class DailyDigest {

  private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

  /** Template of the digest: {@code templates/mail/digest.txt} and {@code .html}. */
  public static final String KIND = "digest";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Notifications notifications;
  private final Links links;

  public DailyDigest(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      Notifications notifications,
      Links links) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactions);
    this.notifications = notifications;
    this.links = links;
  }

  @Scheduled(cron = "${app.mail.digest-cron:0 0 7 * * *}")
  public void daily() {
    try {
      gather();
    } catch (RuntimeException e) {
      LOG.warn("Daily digest not gathered: {}", e.toString());
    }
  }

  /** Gathers every waiting notice into one digest per person; returns the digests written. */
  public int gather() {
    List<String> people =
        jdbc.queryForList(
            "select distinct recipient_user_id from notification_outbox where status = 'DIGEST'",
            String.class);
    int written = 0;
    for (String userId : people) {
      try {
        Boolean done = transaction.execute(status -> gatherFor(userId));
        if (Boolean.TRUE.equals(done)) {
          written++;
        }
      } catch (ConcurrentDigest e) {
        LOG.info("Digest of {} gathered by another node", userId);
      }
    }
    return written;
  }

  private boolean gatherFor(String userId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, subject, link, network_id from notification_outbox"
                + " where recipient_user_id = ? and status = 'DIGEST' order by id",
            userId);
    if (rows.isEmpty()) {
      return false;
    }
    List<Map<String, Object>> items =
        rows.stream()
            .map(
                r -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("subject", r.get("subject"));
                  item.put("link", r.get("link"));
                  return item;
                })
            .toList();
    long first = ((Number) rows.get(0).get("id")).longValue();
    long last = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("items", items);
    model.put("day", LocalDate.now(ZoneId.of("Europe/Paris")).format(DAY));
    Long digestId =
        notifications.write(
            new Notice(
                KIND,
                userId,
                (String) rows.get(0).get("network_id"),
                NoticeCategory.INFORMATION,
                model,
                links.page(Links.PREFERENCES_PATH),
                List.of(),
                "digest:" + userId + ":" + first + "-" + last + ":" + rows.size()),
            OutboxStatus.PENDING);
    if (digestId == null) {
      throw new ConcurrentDigest();
    }
    for (Map<String, Object> row : rows) {
      int moved =
          jdbc.update(
              "update notification_outbox set status = 'DIGESTED', digest_id = ?"
                  + " where id = ? and status = 'DIGEST'",
              digestId,
              row.get("id"));
      if (moved != 1) {
        throw new ConcurrentDigest();
      }
    }
    return true;
  }

  /** Another node gathered some of these notices: this digest is rolled back. */
  private static final class ConcurrentDigest extends RuntimeException {
    ConcurrentDigest() {
      super("digest gathered by another node", null, false, false);
    }
  }
}
