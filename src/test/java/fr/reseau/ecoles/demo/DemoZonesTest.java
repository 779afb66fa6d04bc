package fr.reseau.ecoles.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo réseau Sainte Victoire (issue 19): three zones, its four secondary establishments in
 * them, a primary school with its teacher in each, and the inspectors of the trios.
 */
class DemoZonesTest extends IntegrationTest {

  static final String SV = "sainte-victoire";

  @Autowired NetworkZoneRepository zones;
  @Autowired EstablishmentRepository establishments;
  @Autowired MemberRepository members;

  @Test
  void threeZonesWithTheirEstablishmentsAndAPrimarySchoolEach() {
    assertThat(zones.findByNetworkIdOrderByName(SV))
        .extracting(NetworkZone::getCode, NetworkZone::getName)
        .containsExactly(
            new Tuple("aix", "Aix"),
            new Tuple("gardanne", "Gardanne"),
            new Tuple("pertuis", "Pertuis"));
    Map<String, String> zoneOf =
        establishments.findByNetworkIdOrderByCode(SV).stream()
            .collect(Collectors.toMap(Establishment::getCode, Establishment::getZoneCode));
    assertThat(zoneOf)
        .containsEntry("0130201M", "aix")
        .containsEntry("0130202N", "aix")
        .containsEntry("0840203P", "pertuis")
        .containsEntry("0130204R", "gardanne");
    for (String zone : List.of("aix", "pertuis", "gardanne")) {
      List<Establishment> primary =
          establishments.findByNetworkIdOrderByCode(SV).stream()
              .filter(e -> zone.equals(e.getZoneCode()) && e.degree() == SchoolDegree.PRIMAIRE)
              .toList();
      assertThat(primary).as(zone).isNotEmpty();
      for (Establishment school : primary) {
        assertThat(members.findByNetworkIdOrderByUserId(SV))
            .as(school.getName())
            .anyMatch(
                m ->
                    m.getRole() == MemberRole.TEACHER
                        && school.getCode().equals(m.getEstablishmentCode()));
      }
    }
  }

  @Test
  void theInspectorsOfTheTriosHaveNoEstablishment() {
    assertThat(members.findByNetworkIdOrderByUserId(SV))
        .filteredOn(m -> m.getRole() == MemberRole.INSPECTOR)
        .extracting(Member::getUserId, Member::getEstablishmentCode)
        .containsExactlyInAnyOrder(
            new Tuple("ipr.martin", null),
            new Tuple("ienet.garcia", null),
            new Tuple("ien.aix", null),
            new Tuple("ien.pertuis", null),
            new Tuple("ien.gardanne", null));
  }
}
