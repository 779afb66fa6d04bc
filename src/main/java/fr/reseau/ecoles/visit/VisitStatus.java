package fr.reseau.ecoles.visit;

/** Where a visit stands; the network summary counts planned, held and cancelled visits. */
public enum VisitStatus {
  PLANNED("Prévue"),
  DATE_AGREED("Date convenue"),
  MISSION_ORDER_SIGNED("Ordre de mission signé"),
  HELD("Réalisée"),
  COMPLETED("Récapitulatif validé"),
  CANCELLED("Annulée");

  private final String label;

  VisitStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean held() {
    return this == HELD || this == COMPLETED;
  }

  public boolean ended() {
    return this == COMPLETED || this == CANCELLED;
  }
}
