package fr.reseau.ecoles.visit;

/**
 * What happened to a visit that people must hear of outside Tasklist (an e-mail, a calendar
 * invitation). Published by {@link VisitService} inside the step's transaction, so what listeners
 * write (the outbox) commits or rolls back with the step; the visit package names no listener.
 */
public sealed interface VisitEvent {

  Long visitId();

  /** A date was agreed: the first one, or another one than the date announced before. */
  record DateAgreed(Long visitId, boolean changed) implements VisitEvent {}

  /** A visit whose date had been announced is cancelled. */
  record Cancelled(Long visitId) implements VisitEvent {}

  /** The head of the visitor's school signed the mission order. */
  record MissionOrderSigned(Long visitId) implements VisitEvent {}
}
