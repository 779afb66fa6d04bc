package fr.reseau.ecoles.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One seat of a zone's steering trio: a member of the network in one of the {@link TrioRole}s. A
 * person may sit in several zones (an inspector in two trios), one person per seat and zone.
 */
@Entity
@Table(
    name = "zone_pilot",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_zone_pilot_role",
            columnNames = {"networkId", "zoneCode", "trioRole"}),
    indexes = @Index(name = "idx_zone_pilot_user", columnList = "userId"))
public class ZonePilot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 50)
  private String zoneCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TrioRole trioRole;

  @Column(nullable = false)
  private String userId;

  protected ZonePilot() {}

  public ZonePilot(String networkId, String zoneCode, TrioRole trioRole, String userId) {
    this.networkId = networkId;
    this.zoneCode = zoneCode;
    this.trioRole = trioRole;
    this.userId = userId;
  }

  public Long getId() {
    return id;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getZoneCode() {
    return zoneCode;
  }

  public TrioRole getTrioRole() {
    return trioRole;
  }

  public String getUserId() {
    return userId;
  }
}
