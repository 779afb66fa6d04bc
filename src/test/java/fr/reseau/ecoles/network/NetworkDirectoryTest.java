package fr.reseau.ecoles.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.reseau.ecoles.access.MemberRole;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one place that answers "member of network N, with which role, in which establishment" for a
 * person of several networks: Marie's home is network A (school A1), she also works in network B
 * (school B1); Paul is of A only.
 */
class NetworkDirectoryTest {

  final MemberRepository members = mock(MemberRepository.class);
  final NetworkMembershipRepository memberships = mock(NetworkMembershipRepository.class);
  final NetworkDirectory directory =
      new NetworkDirectory(
          mock(NetworkRepository.class),
          mock(EstablishmentRepository.class),
          members,
          mock(NetworkZoneRepository.class),
          memberships);

  final Member marie =
      new Member("marie", "Marie", "Sallet", "marie@a.test", MemberRole.DOCUMENTALISTE, "A1", "A");
  final Member paul =
      new Member("paul", "Paul", "Roche", "paul@a.test", MemberRole.DOCUMENTALISTE, "A2", "A");
  final Member zoe =
      new Member("zoe", "Zoé", "Blanc", "zoe@b.test", MemberRole.DOCUMENTALISTE, "B2", "B");
  final NetworkMembership marieInB =
      new NetworkMembership("marie", "B", MemberRole.DOCUMENTALISTE, "B1");

  @BeforeEach
  void directory() {
    when(members.findById("marie")).thenReturn(Optional.of(marie));
    when(members.findById("paul")).thenReturn(Optional.of(paul));
    when(members.findById("zoe")).thenReturn(Optional.of(zoe));
    when(members.findById("nobody")).thenReturn(Optional.empty());
    when(memberships.findByUserIdAndNetworkId("marie", "B")).thenReturn(Optional.of(marieInB));
    when(memberships.findByUserIdAndNetworkId("paul", "B")).thenReturn(Optional.empty());
    when(memberships.findByUserIdAndNetworkId("marie", "C")).thenReturn(Optional.empty());
    when(memberships.findByUserIdOrderByNetworkId("marie")).thenReturn(List.of(marieInB));
    when(memberships.findByUserIdOrderByNetworkId("paul")).thenReturn(List.of());
    when(members.findByNetworkIdAndRoleOrderByUserId("B", MemberRole.DOCUMENTALISTE))
        .thenReturn(List.of(zoe));
    when(memberships.findByNetworkIdAndRoleOrderByUserId("B", MemberRole.DOCUMENTALISTE))
        .thenReturn(List.of(marieInB));
    when(members.findByNetworkIdOrderByUserId("A")).thenReturn(List.of(marie, paul));
    when(memberships.findByNetworkIdOrderByUserId("A")).thenReturn(List.of());
    when(members.findAllById(anyCollection()))
        .thenAnswer(
            call ->
                List.of(marie, paul, zoe).stream()
                    .filter(
                        m -> call.<java.util.Collection<?>>getArgument(0).contains(m.getUserId()))
                    .toList());
    when(memberships.findByUserIdInOrderByNetworkId(anyCollection()))
        .thenAnswer(
            call ->
                call.<java.util.Collection<?>>getArgument(0).contains("marie")
                    ? List.of(marieInB)
                    : List.of());
  }

  @Test
  void aPersonIsAMemberOfEachOfTheirNetworksWithThatNetworksEstablishment() {
    assertThat(directory.memberIn("marie", "A")).containsSame(marie);
    Member inB = directory.memberIn("marie", "B").orElseThrow();
    assertThat(inB)
        .extracting(
            Member::getUserId,
            Member::getNetworkId,
            Member::getRole,
            Member::getEstablishmentCode,
            Member::getEmail,
            Member::fullName)
        .containsExactly(
            "marie", "B", MemberRole.DOCUMENTALISTE, "B1", "marie@a.test", "Marie Sallet");
    assertThat(directory.memberIn("marie", "C")).isEmpty();
    assertThat(directory.memberIn("paul", "B")).isEmpty();
    assertThat(directory.memberIn("nobody", "A")).isEmpty();
    assertThat(directory.memberIn(null, "A")).isEmpty();
    assertThat(directory.isMemberOf("marie", "B")).isTrue();
    assertThat(directory.isMemberOf("paul", "B")).isFalse();
    assertThat(directory.networkIdsOf("marie")).containsExactly("A", "B");
    assertThat(directory.networkIdsOf("paul")).containsExactly("A");
    assertThat(directory.networkIdsOf("nobody")).isEmpty();
  }

  @Test
  void aNetworksListsCountItsMembersOfSeveralNetworksOnceWithTheirEstablishmentThere() {
    assertThat(directory.documentalistes("B"))
        .extracting(Member::getUserId, Member::getEstablishmentCode, Member::getNetworkId)
        .containsExactly(new Tuple("marie", "B1", "B"), new Tuple("zoe", "B2", "B"));
    assertThat(directory.membersOf("A")).containsExactly(marie, paul);
    assertThat(directory.membersIn("B", List.of("marie", "paul", "zoe")))
        .hasEntrySatisfying("marie", m -> assertThat(m.getEstablishmentCode()).isEqualTo("B1"))
        .containsEntry("zoe", zoe)
        .doesNotContainKey("paul");
    assertThat(directory.membersIn("A", List.of("marie", "zoe")))
        .containsOnlyKeys("marie")
        .containsEntry("marie", marie);
  }

  @Test
  void whatTheyTookPartInFindsThemOnceTheyLeftThatNetworkButNeverAnUnknownPerson() {
    assertThat(directory.requireMemberIn("marie", "B").getEstablishmentCode()).isEqualTo("B1");
    // Paul was never in B (or left it): his home row, as for anyone who left.
    assertThat(directory.requireMemberIn("paul", "B")).isSameAs(paul);
    assertThatThrownBy(() -> directory.requireMemberIn("nobody", "B"))
        .isInstanceOf(IllegalStateException.class);
  }
}
