package fr.reseau.ecoles.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A school of a network, identified by its UAI code. The holiday zone (A, B, C, Corse, overseas)
 * decides its school days: one network can span two académies and so two holiday calendars.
 */
@Entity
@Table(
    name = "establishment",
    indexes = @Index(name = "idx_establishment_network", columnList = "networkId"))
public class Establishment {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EstablishmentKind kind;

  @Column(nullable = false)
  private String town;

  private String department;

  /** A, B, C, or Corse and the overseas zones as {@code calendar.HolidayZones} names them. */
  @Column(nullable = false, length = 40)
  private String holidayZone;

  private double latitude;
  private double longitude;

  @Column(nullable = false)
  private String networkId;

  /** User id of the head of the establishment (chef d'établissement), who signs mission orders. */
  private String principalUserId;

  /** Code of the network's {@link NetworkZone} it belongs to, if the network has zones. */
  @Column(length = 50)
  private String zoneCode;

  protected Establishment() {}

  public Establishment(
      String code,
      String name,
      EstablishmentKind kind,
      String town,
      String department,
      String holidayZone,
      double latitude,
      double longitude,
      String networkId,
      String principalUserId) {
    this.code = code;
    update(
        name, kind, town, department, holidayZone, latitude, longitude, networkId, principalUserId);
  }

  public void update(
      String name,
      EstablishmentKind kind,
      String town,
      String department,
      String holidayZone,
      double latitude,
      double longitude,
      String networkId,
      String principalUserId) {
    this.name = name;
    this.kind = kind;
    this.town = town;
    this.department = department;
    this.holidayZone = holidayZone;
    this.latitude = latitude;
    this.longitude = longitude;
    this.networkId = networkId;
    this.principalUserId = principalUserId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public EstablishmentKind getKind() {
    return kind;
  }

  public String getTown() {
    return town;
  }

  public String getDepartment() {
    return department;
  }

  public String getHolidayZone() {
    return holidayZone;
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getPrincipalUserId() {
    return principalUserId;
  }

  public String getZoneCode() {
    return zoneCode;
  }

  /** Puts the establishment in a zone of its network, or in none ({@code null}). */
  public void assignZone(String zoneCode) {
    this.zoneCode = zoneCode;
  }

  public SchoolDegree degree() {
    return kind.degree();
  }

  /** "Collège Joseph d'Arbaud (Vaison-la-Romaine)". */
  public String displayName() {
    return name + " (" + town + ")";
  }
}
