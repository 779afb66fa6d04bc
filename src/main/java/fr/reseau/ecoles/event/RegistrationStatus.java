package fr.reseau.ecoles.event;

/** A registration's place: on the list, waiting for a place, or withdrawn. */
public enum RegistrationStatus {
  REGISTERED,
  WAITING,
  CANCELLED
}
