package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the messages of {@link MessageService} to {@link Notifications} (information notices unless
 * told otherwise), once per transaction. Apart from the service because this bookkeeping is
 * transaction plumbing, not a rule of who is told what.
 */
@Component
class MessageSender {

  private static final Object SENT_KEYS = new Object();

  private final Notifications notifications;

  MessageSender(Notifications notifications) {
    this.notifications = notifications;
  }

  /**
   * Hands the notice over once per transaction, whatever calls it twice (the outbox also keeps one
   * message per dedup key across transactions).
   */
  void send(
      MessageKind kind,
      String recipient,
      String networkId,
      Map<String, Object> model,
      String link,
      String dedupKey) {
    send(kind, NoticeCategory.INFORMATION, recipient, networkId, model, link, dedupKey);
  }

  /** The same, with the category that decides how the person's preferences apply. */
  void send(
      MessageKind kind,
      NoticeCategory category,
      String recipient,
      String networkId,
      Map<String, Object> model,
      String link,
      String dedupKey) {
    if (!firstInTransaction(dedupKey)) {
      return;
    }
    notifications.send(
        new Notice(
            kind.template(), recipient, networkId, category, model, link, List.of(), dedupKey));
  }

  @SuppressWarnings("unchecked")
  private static boolean firstInTransaction(String dedupKey) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return true;
    }
    Set<String> sent = (Set<String>) TransactionSynchronizationManager.getResource(SENT_KEYS);
    if (sent == null) {
      Set<String> created = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(SENT_KEYS, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(SENT_KEYS);
            }
          });
      sent = created;
    }
    return sent.add(dedupKey);
  }
}
