package fr.reseau.ecoles.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators ({@code /outbox}): messages pending, sent, failed (with the error),
 * waiting for a digest, skipped or cancelled; each message rendered (text, and HTML on its own
 * sandboxed page) with its files to download. Without an SMTP server (the demo), this is where
 * messages are read.
 */
@RestController
public class OutboxController {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE)
          .withZone(ZoneId.of("Europe/Paris"));

  /** The HTML of a message: its own inline styles, no script, no form, no request elsewhere. */
  static final String MESSAGE_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'; sandbox";

  private final PageUser pageUser;
  private final OutboxRepository outbox;
  private final OutboxAttachmentRepository attachments;
  private final OutboxWorker worker;
  private final JdbcTemplate jdbc;

  public OutboxController(
      PageUser pageUser,
      OutboxRepository outbox,
      OutboxAttachmentRepository attachments,
      OutboxWorker worker,
      javax.sql.DataSource dataSource) {
    this.pageUser = pageUser;
    this.outbox = outbox;
    this.attachments = attachments;
    this.worker = worker;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The status as administrators read it. */
  String label(OutboxStatus status) {
    return switch (status) {
      case PENDING ->
          worker.smtpConfigured()
              ? "en attente d'envoi"
              : "non envoyé : pas de serveur SMTP configuré";
      case SENT -> "envoyé";
      case FAILED -> "échec (abandonné)";
      case DIGEST -> "attend le résumé quotidien";
      case DIGESTED -> "envoyé dans un résumé quotidien";
      case SKIPPED -> "non envoyé : rappels désactivés par la personne";
      case CANCELLED -> "annulé : la personne a quitté le réseau";
    };
  }

  private Optional<ResponseEntity<String>> refuse(
      HttpServletRequest request, HttpServletResponse response) {
    NotificationPages.policy(response, NotificationPages.CSP_WITH_FORMS);
    Optional<Authentication> user = pageUser.of(request);
    if (user.isEmpty()) {
      return Optional.of(PreferencesController.notLoggedIn());
    }
    if (!PageUser.isAdministrator(user.get())) {
      return Optional.of(
          NotificationPages.refusal(
              HttpStatus.FORBIDDEN, "Accès refusé", "Page réservée aux administrateurs."));
    }
    return Optional.empty();
  }

  @GetMapping(Links.OUTBOX_PATH)
  public ResponseEntity<String> list(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "statut", required = false) String filter) {
    Optional<ResponseEntity<String>> refused = refuse(request, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    OutboxStatus only = null;
    if (filter != null && !filter.isBlank()) {
      try {
        only = OutboxStatus.valueOf(filter);
      } catch (IllegalArgumentException e) {
        return NotificationPages.refusal(
            HttpStatus.BAD_REQUEST,
            "Filtre inconnu",
            "Paramètre « statut » : une des valeurs " + EnumSet.allOf(OutboxStatus.class) + ".");
      }
    }
    List<OutboxMessage> rows =
        only == null
            ? outbox.findAllByOrderByIdDesc(PageRequest.of(0, 500))
            : outbox.findByStatusInOrderByIdDesc(List.of(only), PageRequest.of(0, 500));
    List<Map<String, Object>> messages = new ArrayList<>();
    for (OutboxMessage m : rows) {
      messages.add(summary(m));
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    for (OutboxStatus s : OutboxStatus.values()) {
      counts.put(s.name(), Map.of("label", label(s), "count", outbox.countByStatus(s)));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("messages", messages);
    values.put("counts", counts);
    values.put("filter", only == null ? null : only.name());
    values.put("smtp", worker.smtpConfigured());
    return NotificationPages.page(HttpStatus.OK, "outbox", values);
  }

  private Map<String, Object> summary(OutboxMessage m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", m.getId());
    row.put("createdAt", TIME.format(m.getCreatedAt()));
    row.put("recipient", m.getRecipientUserId());
    row.put("network", m.getNetworkId());
    row.put("kind", m.getKind());
    row.put("category", m.getCategory().name());
    row.put("subject", m.getSubject());
    row.put("status", m.getStatus().name());
    row.put("statusLabel", label(m.getStatus()));
    row.put("attempts", m.getAttempts());
    row.put(
        "nextAttemptAt",
        m.getStatus() == OutboxStatus.PENDING ? TIME.format(m.getNextAttemptAt()) : null);
    row.put("sentAt", m.getSentAt() == null ? null : TIME.format(m.getSentAt()));
    row.put("lastError", m.getLastError());
    row.put("path", Links.OUTBOX_PATH + "/" + m.getId());
    return row;
  }

  @GetMapping(Links.OUTBOX_PATH + "/{id:\\d+}")
  public ResponseEntity<String> show(
      HttpServletRequest request, HttpServletResponse response, @PathVariable long id) {
    Optional<ResponseEntity<String>> refused = refuse(request, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<OutboxMessage> message = outbox.findById(id);
    if (message.isEmpty()) {
      return notFound(id);
    }
    OutboxMessage m = message.get();
    Map<String, Object> values = new LinkedHashMap<>(summary(m));
    values.put("messageId", m.getMessageId());
    values.put("dedupKey", m.getDedupKey());
    values.put("address", m.getRecipientAddress());
    values.put("link", m.getLink());
    values.put("text", m.getBodyText());
    values.put("htmlPath", Links.OUTBOX_PATH + "/" + id + "/html");
    values.put(
        "digestPath", m.getDigestId() == null ? null : Links.OUTBOX_PATH + "/" + m.getDigestId());
    values.put("retryPath", Links.OUTBOX_PATH + "/" + id + "/renvoyer");
    values.put("canRetry", m.getStatus() == OutboxStatus.FAILED);
    values.put(
        "files",
        attachments.findByOutboxIdOrderByPosition(id).stream()
            .map(
                a ->
                    Map.of(
                        "name",
                        a.getFilename(),
                        "type",
                        a.getContentType(),
                        "size",
                        a.getContent().length,
                        "path",
                        Links.OUTBOX_PATH + "/" + id + "/fichiers/" + a.getId()))
            .toList());
    return NotificationPages.page(HttpStatus.OK, "outbox-message", values);
  }

  @GetMapping(Links.OUTBOX_PATH + "/{id:\\d+}/html")
  public ResponseEntity<String> html(
      HttpServletRequest request, HttpServletResponse response, @PathVariable long id) {
    Optional<ResponseEntity<String>> refused = refuse(request, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    NotificationPages.policy(response, MESSAGE_CSP);
    return outbox
        .findById(id)
        .map(
            m ->
                ResponseEntity.ok()
                    .contentType(NotificationPages.HTML)
                    .body(m.getBodyHtml() == null ? "" : m.getBodyHtml()))
        .orElseGet(() -> notFound(id));
  }

  @GetMapping(Links.OUTBOX_PATH + "/{id:\\d+}/fichiers/{fileId:\\d+}")
  public ResponseEntity<?> file(
      HttpServletRequest request,
      HttpServletResponse response,
      @PathVariable long id,
      @PathVariable long fileId) {
    Optional<ResponseEntity<String>> refused = refuse(request, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<OutboxAttachment> file =
        attachments.findById(fileId).filter(a -> a.getOutboxId() == id);
    if (file.isEmpty()) {
      return notFound(id);
    }
    OutboxAttachment a = file.get();
    MediaType type;
    try {
      type = MediaType.parseMediaType(a.getContentType());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.getFilename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(a.getContent());
  }

  /** A failed message is tried again at the next poll, with the same Message-ID. */
  @PostMapping(Links.OUTBOX_PATH + "/{id:\\d+}/renvoyer")
  public ResponseEntity<String> retry(
      HttpServletRequest request, HttpServletResponse response, @PathVariable long id) {
    Optional<ResponseEntity<String>> refused = refuse(request, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!PageUser.sameOrigin(request)) {
      return NotificationPages.refusal(
          HttpStatus.FORBIDDEN, "Refusé", "Formulaire envoyé depuis un autre site : refusé.");
    }
    int changed =
        jdbc.update(
            "update notification_outbox set status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ? where id = ? and status = 'FAILED'",
            java.sql.Timestamp.from(java.time.Instant.now()),
            id);
    if (changed == 0) {
      return NotificationPages.refusal(
          HttpStatus.BAD_REQUEST,
          "Rien à renvoyer",
          "Seul un message en échec peut être renvoyé (message n° " + id + ").");
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, Links.OUTBOX_PATH + "/" + id)
        .build();
  }

  private static ResponseEntity<String> notFound(long id) {
    return NotificationPages.refusal(
        HttpStatus.NOT_FOUND, "Message introuvable", "Aucun message n° " + id + ".");
  }
}
