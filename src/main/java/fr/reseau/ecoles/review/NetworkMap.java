package fr.reseau.ecoles.review;

import fr.reseau.ecoles.visit.VisitStatus;
import java.util.List;

/** The network's establishments (by town, no names) and the year's visits between them. */
public record NetworkMap(List<Point> points, List<Link> links) {

  public record Point(double latitude, double longitude, String town) {}

  public record Link(
      double fromLatitude,
      double fromLongitude,
      double toLatitude,
      double toLongitude,
      State state) {}

  public enum State {
    HELD("Visite réalisée", "#2e7d32"),
    CANCELLED("Visite annulée", "#c62828"),
    IN_PROGRESS("Visite en préparation", "#1565c0");

    private final String label;
    private final String colour;

    State(String label, String colour) {
      this.label = label;
      this.colour = colour;
    }

    public String label() {
      return label;
    }

    public String colour() {
      return colour;
    }

    static State of(VisitStatus status) {
      return status.held() ? HELD : status == VisitStatus.CANCELLED ? CANCELLED : IN_PROGRESS;
    }
  }
}
