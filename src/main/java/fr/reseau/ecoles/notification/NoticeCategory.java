package fr.reseau.ecoles.notification;

/**
 * What a message is for; decides how a person's preferences apply (docs/notifications.md).
 *
 * <ul>
 *   <li>{@link #INFORMATION}: sent at once, or in the daily digest if the person chose it;
 *   <li>{@link #REMINDER}: like information, and the person may turn reminders off;
 *   <li>{@link #ESCALATION}: to a coordinator about a stalled step, always sent at once.
 * </ul>
 */
public enum NoticeCategory {
  INFORMATION,
  REMINDER,
  ESCALATION
}
