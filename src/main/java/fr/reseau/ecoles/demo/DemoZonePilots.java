package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.territory.TrioRole;
import fr.reseau.ecoles.territory.ZonePilotService;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The steering trios of the réseau Sainte Victoire's zones (issue 19): Aix, Pertuis and Gardanne,
 * each with its head of school, secondary inspector and primary inspector. Seeded once: a zone
 * whose trio is already named (by the demo or by a coordinator since) is left as it is; a zone or a
 * person the demo does not have yet is skipped.
 */
@Component
@Profile("demo")
public class DemoZonePilots {

  private static final Logger LOG = LoggerFactory.getLogger(DemoZonePilots.class);

  static final String NETWORK_ID = "sainte-victoire";

  /** A zone's trio; {@code escalate}: its escalations go to the trio too. */
  record Trio(String zone, String head, String secondary, String primary, boolean escalate) {}

  static final List<Trio> TRIOS =
      List.of(
          new Trio("aix", "chef.saintevictoire", "ipr.martin", "ien.aix", true),
          new Trio("pertuis", "chef.luberon", "ipr.martin", "ien.pertuis", false),
          new Trio("gardanne", "chef.mine", "ienet.garcia", "ien.gardanne", false));

  private final ZonePilotService pilots;
  private final MemberRepository members;

  public DemoZonePilots(ZonePilotService pilots, MemberRepository members) {
    this.pilots = pilots;
    this.members = members;
  }

  /** Called by {@link DemoDataSeeder} once the network and its people are seeded. */
  public void seed() {
    for (Trio trio : TRIOS) {
      pilots
          .zone(NETWORK_ID, trio.zone())
          .filter(zone -> pilots.trio(zone).pilots().isEmpty())
          .ifPresent(
              zone -> {
                List<ZonePilotService.Seat> seats = new ArrayList<>();
                add(seats, TrioRole.HEAD_OF_SCHOOL, trio.head());
                add(seats, TrioRole.SECONDARY_INSPECTOR, trio.secondary());
                add(seats, TrioRole.PRIMARY_INSPECTOR, trio.primary());
                pilots.replace(zone, seats, trio.escalate());
                LOG.info("Demo trio of zone '{}': {} seat(s)", trio.zone(), seats.size());
              });
    }
  }

  private void add(List<ZonePilotService.Seat> seats, TrioRole role, String userId) {
    members
        .findById(userId)
        .filter(m -> NETWORK_ID.equals(m.getNetworkId()))
        .filter(m -> ZonePilotService.fits(role, m.getRole()))
        .filter(m -> ZonePilotService.fitsDegree(role, m.getDegree()))
        .ifPresent(m -> seats.add(new ZonePilotService.Seat(role, userId)));
  }
}
