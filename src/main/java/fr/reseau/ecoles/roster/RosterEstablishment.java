package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.network.EstablishmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a roster says about one establishment, gathered from all its lines: {@code null} for what no
 * line gives (an existing establishment keeps its value). {@code line} is its first line; {@code
 * hadErrors} says a value was refused, so its absence is not reported a second time. {@code
 * networkZone} is the {@code zone_reseau} cell (a zone of the network, by code or name), or null.
 */
public record RosterEstablishment(
    String code,
    int line,
    String name,
    EstablishmentKind kind,
    String town,
    String department,
    String zone,
    Double latitude,
    Double longitude,
    boolean hadErrors,
    String networkZone) {

  /** Without a network zone, as before issue 19. */
  public RosterEstablishment(
      String code,
      int line,
      String name,
      EstablishmentKind kind,
      String town,
      String department,
      String zone,
      Double latitude,
      Double longitude,
      boolean hadErrors) {
    this(code, line, name, kind, town, department, zone, latitude, longitude, hadErrors, null);
  }

  /** The columns a new establishment needs but this one lacks, in the documented order. */
  List<String> missingForCreation() {
    List<String> missing = new ArrayList<>();
    if (name == null) {
      missing.add(RosterColumn.ESTABLISHMENT.header());
    }
    if (kind == null) {
      missing.add(RosterColumn.KIND.header());
    }
    if (town == null) {
      missing.add(RosterColumn.TOWN.header());
    }
    if (zone == null) {
      missing.add(RosterColumn.ZONE.header());
    }
    if (latitude == null) {
      missing.add(RosterColumn.LATITUDE.header());
      missing.add(RosterColumn.LONGITUDE.header());
    }
    return missing;
  }
}
