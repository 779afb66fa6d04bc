package fr.reseau.ecoles.notification;

/** Where a message of the outbox stands (docs/notifications.md). */
public enum OutboxStatus {
  /** To be sent by the worker, at or after its next attempt time. */
  PENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Given up after the configured number of attempts (the last error is kept). */
  FAILED,
  /** Waiting for the recipient's daily digest. */
  DIGEST,
  /** Sent inside a daily digest (the digest is its own message). */
  DIGESTED,
  /** A reminder to a person who turned reminders off: kept, never sent. */
  SKIPPED,
  /** Not sent yet when the person left the network (or their account was deleted): never sent. */
  CANCELLED
}
