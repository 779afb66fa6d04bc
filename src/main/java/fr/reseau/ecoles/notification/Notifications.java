package fr.reseau.ecoles.notification;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to tell someone something by e-mail: {@link #send} renders the notice and writes it
 * to the outbox in the caller's transaction (a step that rolls back leaves no message); {@link
 * OutboxWorker} sends it after commit. See docs/notifications.md.
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final MailTemplates templates;
  private final OutboxWriter writer;
  private final NotificationPreferenceRepository preferences;
  private final Recipients recipients;
  private final Links links;

  public Notifications(
      MailTemplates templates,
      OutboxWriter writer,
      NotificationPreferenceRepository preferences,
      Recipients recipients,
      Links links) {
    this.templates = templates;
    this.writer = writer;
    this.preferences = preferences;
    this.recipients = recipients;
    this.links = links;
  }

  /**
   * Writes the notice to the outbox, in the caller's transaction. A notice whose dedup key is
   * already stored is ignored. Never throws for a template error: the message is stored as failed
   * with the error, for the administrators' outbox page.
   */
  @Transactional
  public void send(Notice notice) {
    write(notice, null);
  }

  /**
   * Writes the notice with that status (null: from the category and the person's preferences);
   * returns the new row's id, or null when the dedup key is already stored.
   */
  Long write(Notice notice, OutboxStatus forced) {
    Objects.requireNonNull(notice.kind(), "kind");
    Objects.requireNonNull(notice.recipientUserId(), "recipientUserId");
    Objects.requireNonNull(notice.category(), "category");
    Objects.requireNonNull(notice.dedupKey(), "dedupKey");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, Object> values = new HashMap<>(notice.model());
    values.put(
        MailTemplates.RECIPIENT_NAME,
        recipients
            .find(notice.recipientUserId())
            .map(Recipients.Recipient::name)
            .orElse(notice.recipientUserId()));
    values.put(MailTemplates.LINK, notice.link());
    values.put(MailTemplates.PREFERENCES_LINK, links.page(Links.PREFERENCES_PATH));
    OutboxStatus status = forced != null ? forced : statusFor(notice);
    String subject = null;
    String text = null;
    String html = null;
    String error = null;
    try {
      MailTemplates.Rendered rendered = templates.render(notice.kind(), values);
      subject = rendered.subject();
      text = rendered.text();
      html = rendered.html();
    } catch (RuntimeException e) {
      LOG.error("Message {} not rendered from template {}", notice.dedupKey(), notice.kind(), e);
      status = OutboxStatus.FAILED;
      error = truncate("Modèle illisible (" + notice.kind() + ") : " + e.getMessage());
    }
    Long id =
        writer.insert(
            new OutboxWriter.Row(
                notice.dedupKey(),
                OutboxWriter.messageId(notice.dedupKey(), host()),
                notice.kind(),
                notice.recipientUserId(),
                notice.networkId(),
                notice.category(),
                status,
                subject,
                text,
                html,
                notice.link(),
                error,
                now,
                notice.attachments()));
    if (id == null) {
      LOG.debug("Notice {} already in the outbox, ignored", notice.dedupKey());
    }
    return id;
  }

  private OutboxStatus statusFor(Notice notice) {
    if (notice.category() == NoticeCategory.ESCALATION) {
      return OutboxStatus.PENDING;
    }
    NotificationPreference preference =
        preferences
            .findById(notice.recipientUserId())
            .orElseGet(() -> new NotificationPreference(notice.recipientUserId()));
    if (notice.category() == NoticeCategory.REMINDER && !preference.isReminders()) {
      return OutboxStatus.SKIPPED;
    }
    return preference.getDelivery() == DeliveryMode.DAILY_DIGEST
        ? OutboxStatus.DIGEST
        : OutboxStatus.PENDING;
  }

  private String host() {
    try {
      String host = URI.create(links.base()).getHost();
      return host == null ? "localhost" : host;
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }

  static String truncate(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
  }
}
