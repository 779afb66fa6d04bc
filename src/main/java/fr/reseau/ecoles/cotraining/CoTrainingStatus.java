package fr.reseau.ecoles.cotraining;

/** Where a co-training request stands. */
public enum CoTrainingStatus {
  /** The team describes the project (participants, dates, expert), first or after changes. */
  DESCRIBING,
  /** Waiting for the head of the requester's establishment. */
  WAITING_FOR_HEAD,
  /** Approved by the head, waiting for the coordinators to schedule it. */
  WAITING_FOR_COORDINATORS,
  /** Scheduled: the participants were convened. */
  SCHEDULED,
  REFUSED_BY_HEAD,
  REFUSED_BY_COORDINATORS
}
