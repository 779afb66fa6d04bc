package fr.reseau.ecoles.support;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zones and primary schools for a test network (issue 19): the network's establishments, in the
 * order of their codes, are put into zones and given a kind.
 */
@Component
public class TestZones {

  private final NetworkZoneRepository zones;
  private final EstablishmentRepository establishments;

  public TestZones(NetworkZoneRepository zones, EstablishmentRepository establishments) {
    this.zones = zones;
    this.establishments = establishments;
  }

  /** Creates the zone and puts the network's establishments number {@code schools} in it. */
  @Transactional
  public void zone(String networkId, String code, String name, int... schools) {
    zones.save(new NetworkZone(networkId, code, name));
    List<Establishment> all = establishments.findByNetworkIdOrderByCode(networkId);
    for (int school : schools) {
      Establishment e = all.get(school);
      e.assignZone(code);
      establishments.save(e);
    }
  }

  /** Makes the network's establishment number {@code school} of the given kind. */
  @Transactional
  public void kind(String networkId, int school, EstablishmentKind kind) {
    Establishment e = establishments.findByNetworkIdOrderByCode(networkId).get(school);
    e.update(
        e.getName(),
        kind,
        e.getTown(),
        e.getDepartment(),
        e.getHolidayZone(),
        e.getLatitude(),
        e.getLongitude(),
        e.getNetworkId(),
        e.getPrincipalUserId());
    establishments.save(e);
  }
}
