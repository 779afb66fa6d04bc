package fr.reseau.ecoles.workshop;

/** Where a workshop day stands; the process drives it forward. */
public enum WorkshopDayStatus {
  PREPARING,
  INVITED,
  HELD,
  PUBLISHED
}
