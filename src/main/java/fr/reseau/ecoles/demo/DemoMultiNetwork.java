package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkMembership;
import fr.reseau.ecoles.network.NetworkMembershipRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person of both demo networks (issue 19): {@code ipr.martin}, IA-IPR, inspector in the trios of
 * Aix and Pertuis of réseau Sainte Victoire (their home network), is also an inspector of réseau
 * Ventoux Baronnies. Runs after {@link DemoDataSeeder}, which creates them from {@link DemoNetwork}
 * when the zones' demo lists them; otherwise this class creates them. Idempotent.
 */
@Component
@Profile("demo")
@Order(12)
public class DemoMultiNetwork implements ApplicationRunner {

  static final String PERSON = "ipr.martin";
  static final String HOME_NETWORK = "sainte-victoire";
  static final String OTHER_NETWORK = DemoNetwork.NETWORK_ID;

  private static final Logger LOG = LoggerFactory.getLogger(DemoMultiNetwork.class);

  private final MemberRepository members;
  private final NetworkMembershipRepository memberships;
  private final NetworkAccounts accounts;

  public DemoMultiNetwork(
      MemberRepository members, NetworkMembershipRepository memberships, NetworkAccounts accounts) {
    this.members = members;
    this.memberships = memberships;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Member person =
        members
            .findById(PERSON)
            .orElseGet(
                () ->
                    members.save(
                        new Member(
                            PERSON,
                            "Isabelle",
                            "Martin",
                            PERSON + "@demo.reseau-ecoles.fr",
                            MemberRole.INSPECTOR,
                            null,
                            HOME_NETWORK)));
    if (person.getDegree() == null) {
      person.setDegree(DemoNetwork.INSPECTOR_DEGREES.get(PERSON));
    }
    if (!person.getNetworkId().equals(OTHER_NETWORK)
        && memberships.findByUserIdAndNetworkId(PERSON, OTHER_NETWORK).isEmpty()) {
      memberships.save(new NetworkMembership(PERSON, OTHER_NETWORK, person.getRole(), null));
    }
    accounts.ensureAccount(person, DemoDataSeeder.DEMO_PASSWORD);
    LOG.info("Demo: {} is a member of {} and {}", PERSON, person.getNetworkId(), OTHER_NETWORK);
  }
}
