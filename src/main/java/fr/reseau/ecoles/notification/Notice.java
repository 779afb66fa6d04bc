package fr.reseau.ecoles.notification;

import java.util.List;
import java.util.Map;

/**
 * One message to one person, handed to {@link Notifications#send}.
 *
 * @param kind template name: {@code templates/mail/<kind>.txt} (first line: the subject) and {@code
 *     .html}, in French
 * @param recipientUserId the Camunda user id, which is the {@code network.Member} user id; the
 *     address is looked up from the member when the message is sent
 * @param networkId the network (Camunda tenant) the message is about
 * @param category information, reminder (the person may turn them off) or escalation (always sent)
 * @param model template values: names, dates, establishments; never a private answer or a recap
 * @param link absolute deep link to the person's task or page, built with {@link Links}; may be
 *     null
 * @param attachments files sent with the message; may be empty
 * @param dedupKey stable key: the same key twice is stored once; seeds the {@code Message-ID}
 */
public record Notice(
    String kind,
    String recipientUserId,
    String networkId,
    NoticeCategory category,
    Map<String, Object> model,
    String link,
    List<Attachment> attachments,
    String dedupKey) {

  public Notice {
    model = model == null ? Map.of() : model;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
