package fr.reseau.ecoles.notification;

import fr.reseau.ecoles.network.MemberLeft;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person left a network ({@link MemberLeft}, in the transaction of the removal): their
 * preferences are deleted (unless they still belong to another network), and their messages not
 * sent yet (pending, waiting for the digest, or failed and waiting for an administrator's «
 * Renvoyer ») about that network, or about any network when the account was deleted, are {@link
 * OutboxStatus#CANCELLED}: kept for the record on the outbox page, never sent.
 */
@Component
public class MemberDepartures {

  private static final Logger LOG = LoggerFactory.getLogger(MemberDepartures.class);

  /** What the outbox page shows as the reason. */
  static final String REASON = "Annulé : la personne a quitté le réseau.";

  private final JdbcTemplate jdbc;
  private final NotificationPreferenceRepository preferences;
  private final NetworkDirectory directory;

  public MemberDepartures(
      DataSource dataSource,
      NotificationPreferenceRepository preferences,
      NetworkDirectory directory) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.preferences = preferences;
    this.directory = directory;
  }

  @EventListener
  @Transactional
  public void memberLeft(MemberLeft left) {
    // Preferences are the person's, not a network's: kept while they belong to another network.
    boolean stillMember =
        !left.accountDeleted()
            && directory.networkIdsOf(left.userId()).stream()
                .anyMatch(id -> !id.equals(left.networkId()));
    if (!stillMember) {
      preferences.findById(left.userId()).ifPresent(preferences::delete);
    }
    String sql =
        "update notification_outbox set status = 'CANCELLED', last_error = ?, next_attempt_at = ?"
            + " where recipient_user_id = ? and status in ('PENDING', 'DIGEST', 'FAILED')";
    Timestamp now = Timestamp.from(Instant.now());
    int cancelled =
        left.accountDeleted()
            ? jdbc.update(sql, REASON, now, left.userId())
            : jdbc.update(
                sql + " and network_id = ?", REASON, now, left.userId(), left.networkId());
    LOG.info(
        "{} left {}: preferences removed, {} message(s) cancelled",
        left.userId(),
        left.accountDeleted() ? "every network" : left.networkId(),
        cancelled);
  }
}
