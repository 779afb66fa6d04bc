package fr.reseau.ecoles.notification;

/** How a person receives information and reminders (escalations are always immediate). */
public enum DeliveryMode {
  /** One message per notice, as soon as it is written. */
  IMMEDIATE,
  /** One message a day gathering the day's notices. */
  DAILY_DIGEST
}
