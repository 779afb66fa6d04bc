package fr.reseau.ecoles.support;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkMembership;
import fr.reseau.ecoles.network.NetworkMembershipRepository;
import fr.reseau.ecoles.network.NetworkService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small networks made for one test each, so tests sharing the database never see each other's
 * campaigns, visits or earlier pairs. Establishment i sits i × 10 km east of the first (zone B).
 */
@Component
public class TestNetworks {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** Password of every test network's user, for the REST tests. */
  public static final String PASSWORD = "test";

  private final NetworkService networks;
  private final NetworkAccounts accounts;
  private final EstablishmentRepository establishments;
  private final MemberRepository members;
  private final NetworkMembershipRepository memberships;

  public TestNetworks(
      NetworkService networks,
      NetworkAccounts accounts,
      EstablishmentRepository establishments,
      MemberRepository members,
      NetworkMembershipRepository memberships) {
    this.networks = networks;
    this.accounts = accounts;
    this.establishments = establishments;
    this.members = members;
    this.memberships = memberships;
  }

  /**
   * Makes a member of one network a member of another too (members of several networks, issue 19),
   * with their home role, in that network's establishment {@code school}; returns its code.
   */
  @Transactional
  public String addToNetwork(String userId, TestNetwork network, int school) {
    return addToNetwork(userId, network, school, members.findById(userId).orElseThrow().getRole());
  }

  /** The same with another role in that network (a role in each network). */
  @Transactional
  public String addToNetwork(
      String userId, TestNetwork network, int school, fr.reseau.ecoles.access.MemberRole role) {
    String code = establishments.findByNetworkIdOrderByCode(network.id()).get(school).getCode();
    Member person = members.findById(userId).orElseThrow();
    memberships.save(new NetworkMembership(userId, network.id(), role, code));
    accounts.ensureAccount(person, null);
    return code;
  }

  private void save(Member member) {
    accounts.ensureAccount(members.save(member), PASSWORD);
  }

  public record TestNetwork(
      String id, List<String> documentalistes, List<String> principals, String coordinator) {}

  /** A second documentaliste in the network's establishment {@code school}. */
  @Transactional
  public String addColleague(TestNetwork network, int school) {
    String code = establishments.findByNetworkIdOrderByCode(network.id()).get(school).getCode();
    String userId = network.documentalistes().get(school) + ".collegue";
    save(
        new Member(
            userId,
            "Collègue",
            "Test",
            userId + "@test",
            MemberRole.DOCUMENTALISTE,
            code,
            network.id()));
    return userId;
  }

  /** A network with no establishment and no member yet, e.g. to import a roster into. */
  @Transactional
  public String createEmpty() {
    int n = SEQUENCE.incrementAndGet();
    String networkId = "test-net-" + n;
    networks.ensureNetwork(networkId, "Réseau de test " + n, "Aix-Marseille");
    return networkId;
  }

  /** One documentaliste per establishment, and one head per establishment. */
  @Transactional
  public TestNetwork create(int schools) {
    int n = SEQUENCE.incrementAndGet();
    String networkId = "test-net-" + n;
    networks.ensureNetwork(networkId, "Réseau de test " + n, "Aix-Marseille");
    List<String> documentalistes = new ArrayList<>();
    List<String> principals = new ArrayList<>();
    for (int i = 0; i < schools; i++) {
      String code = String.format("T%03d%03d", n, i);
      String principal = "chef.t" + n + "." + i;
      establishments.save(
          new Establishment(
              code,
              "Collège de test " + n + "-" + i,
              EstablishmentKind.COLLEGE,
              "Ville " + i,
              "84",
              "B",
              44.0,
              5.0 + i * 0.125,
              networkId,
              principal));
      String doc = "doc.t" + n + "." + i;
      save(
          new Member(
              doc,
              "Doc" + i,
              "Test" + n,
              doc + "@test",
              MemberRole.DOCUMENTALISTE,
              code,
              networkId));
      save(
          new Member(
              principal,
              "Chef" + i,
              "Test" + n,
              principal + "@test",
              MemberRole.PRINCIPAL,
              code,
              networkId));
      documentalistes.add(doc);
      principals.add(principal);
    }
    String coordinator = "coord.t" + n;
    save(
        new Member(
            coordinator,
            "Coord",
            "Test" + n,
            coordinator + "@test",
            MemberRole.COORDINATOR,
            String.format("T%03d%03d", n, 0),
            networkId));
    return new TestNetwork(networkId, documentalistes, principals, coordinator);
  }
}
