package fr.reseau.ecoles.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * The coordinators' choices for a zone: whether its escalations (« Relancer ou réaffecter ») also
 * go to its steering trio. No row: they do not.
 */
@Entity
@Table(
    name = "zone_steering",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_zone_steering_zone",
            columnNames = {"networkId", "zoneCode"}))
public class ZoneSteering {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String networkId;

  @Column(nullable = false, length = 50)
  private String zoneCode;

  @Column(nullable = false)
  private boolean escalateToTrio;

  protected ZoneSteering() {}

  public ZoneSteering(String networkId, String zoneCode, boolean escalateToTrio) {
    this.networkId = networkId;
    this.zoneCode = zoneCode;
    this.escalateToTrio = escalateToTrio;
  }

  public void escalateToTrio(boolean escalate) {
    this.escalateToTrio = escalate;
  }

  public boolean isEscalateToTrio() {
    return escalateToTrio;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getZoneCode() {
    return zoneCode;
  }
}
