package fr.reseau.ecoles.support;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.territory.TrioRole;
import fr.reseau.ecoles.territory.ZonePilotService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zones and steering trios for a test network (issue 19), until the demo réseau Sainte Victoire has
 * its own: a zone over some of the network's establishments, an inspector member, a trio.
 */
@Component
public class TestZones {

  private final NetworkZoneRepository zones;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final ZonePilotService pilots;

  public TestZones(
      NetworkZoneRepository zones,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkAccounts accounts,
      ZonePilotService pilots) {
    this.zones = zones;
    this.establishments = establishments;
    this.members = members;
    this.accounts = accounts;
    this.pilots = pilots;
  }

  /** A zone of the network over its establishments number {@code schools} (0-based). */
  @Transactional
  public NetworkZone zone(TestNetwork network, String code, String name, int... schools) {
    NetworkZone zone = zones.save(new NetworkZone(network.id(), code, name));
    List<Establishment> all = establishments.findByNetworkIdOrderByCode(network.id());
    for (int school : schools) {
      all.get(school).assignZone(code);
    }
    return zone;
  }

  /** An inspector of the network (attached to its establishment {@code school}), degree unknown. */
  @Transactional
  public String inspector(TestNetwork network, String name, int school) {
    return inspector(network, name, school, null);
  }

  /** An inspector of the network of that degree (null: unknown). */
  @Transactional
  public String inspector(
      TestNetwork network, String name, int school, fr.reseau.ecoles.network.SchoolDegree degree) {
    String userId = "ien." + name + "." + network.id();
    String code = establishments.findByNetworkIdOrderByCode(network.id()).get(school).getCode();
    Member member =
        members.save(
            new Member(
                userId,
                "Inspecteur",
                name,
                userId + "@test",
                MemberRole.INSPECTOR,
                code,
                network.id()));
    member.setDegree(degree);
    accounts.ensureAccount(member, TestNetworks.PASSWORD);
    return userId;
  }

  /** The zone's trio: head of school, secondary and primary inspectors (a null leaves a seat). */
  public ZonePilotService.Trio trio(
      NetworkZone zone, String head, String secondary, String primary, boolean escalate) {
    List<ZonePilotService.Seat> seats = new ArrayList<>();
    if (head != null) {
      seats.add(new ZonePilotService.Seat(TrioRole.HEAD_OF_SCHOOL, head));
    }
    if (secondary != null) {
      seats.add(new ZonePilotService.Seat(TrioRole.SECONDARY_INSPECTOR, secondary));
    }
    if (primary != null) {
      seats.add(new ZonePilotService.Seat(TrioRole.PRIMARY_INSPECTOR, primary));
    }
    return pilots.replace(zone, seats, escalate);
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
