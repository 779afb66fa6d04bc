package fr.reseau.ecoles.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox after commit (docs/notifications.md). Each poll claims due messages one by one
 * with a conditional {@code UPDATE} (status pending, due, not claimed or claim expired): on H2 and
 * PostgreSQL alike only one node's update matches, so with two nodes each message is sent once. The
 * claim is committed before the SMTP conversation, and the result is written after it: a failure
 * sets the next attempt time by exponential back-off and keeps the error; after {@code
 * max-attempts} the message is marked failed. A node that dies between the SMTP server's acceptance
 * and the marking leaves a claim that expires after {@code claim-lease}; the message is then sent
 * again with the same {@code Message-ID}.
 *
 * <p>Without {@code spring.mail.host} there is no {@link JavaMailSender}: nothing is sent, messages
 * wait in the outbox (readable at {@code /outbox}).
 */
@Component
public class OutboxWorker {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  private static final String CLAIMABLE =
      "status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)";

  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> senders;
  private final Recipients recipients;
  private final MailSettings settings;
  private final String node;

  @org.springframework.beans.factory.annotation.Autowired
  public OutboxWorker(
      DataSource dataSource,
      ObjectProvider<JavaMailSender> senders,
      Recipients recipients,
      MailSettings settings) {
    this(dataSource, senders, recipients, settings, nodeName());
  }

  OutboxWorker(
      DataSource dataSource,
      ObjectProvider<JavaMailSender> senders,
      Recipients recipients,
      MailSettings settings,
      String node) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.senders = senders;
    this.recipients = recipients;
    this.settings = settings;
    this.node = node;
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Whether an SMTP server is configured ({@code spring.mail.host}). */
  public boolean smtpConfigured() {
    return senders.getIfAvailable() != null;
  }

  @Scheduled(
      initialDelayString = "${app.mail.poll-delay:10s}",
      fixedDelayString = "${app.mail.poll-delay:10s}")
  public void poll() {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return;
    }
    try {
      sendDue(sender);
    } catch (RuntimeException e) {
      LOG.warn("Outbox poll failed, next poll will retry: {}", e.toString());
    }
  }

  /** Claims and sends the due messages, up to {@code batch-size}; returns how many were sent. */
  public int sendDue(JavaMailSender sender) {
    int sent = 0;
    OffsetDateTime now = now();
    JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
    limited.setMaxRows(settings.batchSize());
    List<Long> due =
        limited.queryForList(
            "select id from notification_outbox where " + CLAIMABLE + " order by id",
            Long.class,
            ts(now),
            ts(now));
    for (Long id : due) {
      if (claim(id, now)) {
        if (deliver(id, sender)) {
          sent++;
        }
      }
    }
    return sent;
  }

  /** True when this node took the message: only one node's update matches. */
  boolean claim(Long id, OffsetDateTime now) {
    return jdbc.update(
            "update notification_outbox set claimed_by = ?, claimed_until = ? where id = ? and "
                + CLAIMABLE,
            node,
            ts(now.plus(settings.claimLease())),
            id,
            ts(now),
            ts(now))
        == 1;
  }

  private boolean deliver(Long id, JavaMailSender sender) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "select message_id, recipient_user_id, subject, body_text, body_html, attempts,"
                + " status from notification_outbox where id = ?",
            id);
    if (!OutboxStatus.PENDING.name().equals(row.get("status"))) {
      // Cancelled since the claim (the person left the network): not sent, the claim released.
      jdbc.update(
          "update notification_outbox set claimed_by = null, claimed_until = null"
              + " where id = ? and claimed_by = ?",
          id,
          node);
      return false;
    }
    int attempts = ((Number) row.get("attempts")).intValue() + 1;
    String userId = (String) row.get("recipient_user_id");
    Optional<Recipients.Recipient> recipient = recipients.find(userId);
    String address =
        recipient.map(Recipients.Recipient::email).filter(e -> !e.isBlank()).orElse(null);
    try {
      if (address == null) {
        throw new MessagingException(
            "Pas d'adresse e-mail pour " + userId + " (fiche du membre ou compte)");
      }
      MimeMessage message =
          mimeMessage(
              sender,
              (String) row.get("message_id"),
              new InternetAddress(address, recipient.get().name(), "UTF-8"),
              (String) row.get("subject"),
              (String) row.get("body_text"),
              (String) row.get("body_html"),
              attachments(id));
      sender.send(message);
    } catch (Exception e) {
      failed(id, attempts, e);
      return false;
    }
    jdbc.update(
        "update notification_outbox set status = 'SENT', sent_at = ?, attempts = ?,"
            + " recipient_address = ?, last_error = null, claimed_by = null, claimed_until = null"
            + " where id = ? and claimed_by = ?",
        ts(now()),
        attempts,
        address,
        id,
        node);
    return true;
  }

  private void failed(Long id, int attempts, Exception e) {
    boolean giveUp = attempts >= settings.maxAttempts();
    String error = Notifications.truncate(describe(e));
    LOG.warn(
        "Message {} not sent (attempt {}{}): {}", id, attempts, giveUp ? ", given up" : "", error);
    jdbc.update(
        "update notification_outbox set status = ?, attempts = ?, last_error = ?,"
            + " next_attempt_at = ?, claimed_by = null, claimed_until = null"
            + " where id = ? and claimed_by = ? and status = 'PENDING'",
        giveUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(),
        attempts,
        error,
        ts(now().plus(settings.backoff(attempts))),
        id,
        node);
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ; cause : ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  private List<Attachment> attachments(Long id) {
    return jdbc.query(
        "select filename, content_type, content from notification_attachment"
            + " where outbox_id = ? order by position",
        (rs, i) ->
            new Attachment(
                rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")),
        id);
  }

  /** The message as sent: text and HTML alternatives, the files, our stable Message-ID. */
  MimeMessage mimeMessage(
      JavaMailSender sender,
      String messageId,
      InternetAddress to,
      String subject,
      String text,
      String html,
      List<Attachment> attachments)
      throws MessagingException, UnsupportedEncodingException {
    Session session =
        sender instanceof JavaMailSenderImpl impl
            ? impl.getSession()
            : Session.getInstance(new Properties());
    MimeMessage message = new FixedIdMimeMessage(session, messageId);
    MimeMessageHelper helper =
        new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    InternetAddress from = InternetAddress.parse(settings.from())[0];
    if (from.getPersonal() != null) {
      from = new InternetAddress(from.getAddress(), from.getPersonal(), "UTF-8");
    }
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(subject == null ? "" : subject);
    helper.setText(text == null ? "" : text, html == null ? "" : html);
    for (Attachment attachment : attachments) {
      helper.addAttachment(
          attachment.filename(),
          new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
    return message;
  }

  /** Keeps the Message-ID it is given (Jakarta Mail makes a new one at each save). */
  private static final class FixedIdMimeMessage extends MimeMessage {
    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static Timestamp ts(OffsetDateTime time) {
    return Timestamp.from(time.toInstant());
  }
}
