package fr.reseau.ecoles.academic;

/** Where a pedagogical scenario stands in process {@code production-publication}. */
public enum ProductionStatus {
  DRAFT,
  IN_PEER_REVIEW,
  IN_VALIDATION,
  CHANGES_REQUESTED,
  PUBLISHED,
  WITHDRAWN
}
