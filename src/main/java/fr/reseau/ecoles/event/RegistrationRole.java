package fr.reseau.ecoles.event;

/** Participant, or contributor (who presents something and gets an ordre de mission). */
public enum RegistrationRole {
  PARTICIPANT,
  CONTRIBUTOR
}
