package fr.reseau.ecoles.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's person of both networks: one account, both tenants, an inspector in each. */
class DemoMultiNetworkTest extends IntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired NetworkDirectory directory;

  @Test
  void iprMartinIsAnInspectorOfBothDemoNetworks() {
    assertThat(
            identityService.createTenantQuery().userMember(DemoMultiNetwork.PERSON).list().stream()
                .map(Tenant::getId))
        .containsExactlyInAnyOrder(DemoMultiNetwork.HOME_NETWORK, DemoMultiNetwork.OTHER_NETWORK);
    assertThat(directory.networkIdsOf(DemoMultiNetwork.PERSON))
        .containsExactly(DemoMultiNetwork.HOME_NETWORK, DemoMultiNetwork.OTHER_NETWORK);
    for (String network :
        new String[] {DemoMultiNetwork.HOME_NETWORK, DemoMultiNetwork.OTHER_NETWORK}) {
      assertThat(directory.memberIn(DemoMultiNetwork.PERSON, network).orElseThrow().getRole())
          .as(network)
          .isEqualTo(MemberRole.INSPECTOR);
    }
    assertThat(
            identityService
                .createUserQuery()
                .userId(DemoMultiNetwork.PERSON)
                .memberOfGroup(MemberRole.INSPECTOR.groupId())
                .count())
        .isEqualTo(1);
  }
}
