package fr.reseau.ecoles.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.territory.TrioRole;
import fr.reseau.ecoles.territory.ZonePilotService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo réseau Sainte Victoire's trios: once its zones and inspectors exist (seeded by the
 * zones' demo, created here when absent), each zone has its head of school and inspectors; a second
 * seeding changes nothing.
 */
class DemoZonePilotsTest extends IntegrationTest {

  @Autowired DemoZonePilots demo;
  @Autowired ZonePilotService pilots;
  @Autowired NetworkZoneRepository zones;
  @Autowired MemberRepository members;
  @Autowired NetworkAccounts accounts;

  void ensureZone(String code, String name) {
    if (zones.findByNetworkIdAndCode(DemoZonePilots.NETWORK_ID, code).isEmpty()) {
      zones.save(new NetworkZone(DemoZonePilots.NETWORK_ID, code, name));
    }
  }

  void ensureInspector(String userId) {
    if (members.findById(userId).isEmpty()) {
      accounts.ensureAccount(
          members.save(
              new Member(
                  userId,
                  "Inspection",
                  userId,
                  userId + "@demo",
                  MemberRole.INSPECTOR,
                  "0130201M",
                  DemoZonePilots.NETWORK_ID)),
          "demo");
    }
  }

  @Test
  void eachZoneOfSainteVictoireHasItsTrio() {
    ensureZone("aix", "Aix");
    ensureZone("pertuis", "Pertuis");
    ensureZone("gardanne", "Gardanne");
    for (String inspector :
        List.of("ipr.martin", "ienet.garcia", "ien.aix", "ien.pertuis", "ien.gardanne")) {
      ensureInspector(inspector);
    }
    demo.seed();
    demo.seed();

    ZonePilotService.Trio aix = trio("aix");
    assertThat(aix.pilots())
        .extracting(ZonePilotService.Pilot::role, ZonePilotService.Pilot::userId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TrioRole.HEAD_OF_SCHOOL, "chef.saintevictoire"),
            org.assertj.core.groups.Tuple.tuple(TrioRole.SECONDARY_INSPECTOR, "ipr.martin"),
            org.assertj.core.groups.Tuple.tuple(TrioRole.PRIMARY_INSPECTOR, "ien.aix"));
    assertThat(aix.escalateToTrio()).isTrue();
    assertThat(trio("pertuis").pilots())
        .extracting(ZonePilotService.Pilot::userId)
        .containsExactly("chef.luberon", "ipr.martin", "ien.pertuis");
    assertThat(trio("gardanne").pilots())
        .extracting(ZonePilotService.Pilot::userId)
        .containsExactly("chef.mine", "ienet.garcia", "ien.gardanne");
    // ipr.martin sits in two zones.
    assertThat(pilots.isPilotOf("ipr.martin", DemoZonePilots.NETWORK_ID, "aix")).isTrue();
    assertThat(pilots.isPilotOf("ipr.martin", DemoZonePilots.NETWORK_ID, "gardanne")).isFalse();
  }

  ZonePilotService.Trio trio(String zone) {
    return pilots.trio(pilots.zone(DemoZonePilots.NETWORK_ID, zone).orElseThrow());
  }
}
