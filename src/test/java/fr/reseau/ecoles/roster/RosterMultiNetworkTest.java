package fr.reseau.ecoles.roster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.NetworkMembershipRepository;
import fr.reseau.ecoles.roster.RosterController.Rejection;
import fr.reseau.ecoles.roster.RosterReport.Counts;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Members of several networks through the roster (issue 19, item 4): the rosters of two networks
 * list the same documentaliste, each with its own establishment; both imports succeed, round-trip
 * unchanged, and the person belongs to both tenants. Another person with the same id is refused;
 * the same person may have another role in each network. Leaving one network ends only that
 * membership.
 */
class RosterMultiNetworkTest extends IntegrationTest {

  static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** The role as a roster may write it (any case). */
  static final String DOCUMENTALISTE = "Documentaliste";

  static final String HEADER =
      "nom;prenom;email;identifiant;code_etablissement;role;etablissement;type;commune;departement;zone;latitude;longitude";

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired IdentityService identityService;
  @Autowired MemberRepository members;
  @Autowired NetworkMembershipRepository memberships;
  @Autowired NetworkDirectory directory;

  String a;
  String b;
  String schoolA;
  String schoolB;
  String shared;
  String onlyA;
  String onlyB;

  @BeforeEach
  void twoNetworks() {
    a = networks.createEmpty();
    b = networks.createEmpty();
    int n = SEQUENCE.incrementAndGet();
    schoolA = String.format("098%04dA", n);
    schoolB = String.format("098%04dB", n);
    shared = "marie.sallet." + a;
    onlyA = "doc.a." + a;
    onlyB = "doc.b." + b;
  }

  String fileA() {
    return lines(
        HEADER,
        "Sallet;Marie;Marie.Sallet@"
            + a
            + ".test;"
            + shared
            + ";"
            + schoolA
            + ";documentaliste;Collège des Cèdres;college;Pertuis;84;B;43,69;5,50",
        "Roche;Anne;anne.roche@" + a + ".test;" + onlyA + ";" + schoolA + ";documentaliste;;;;;;;");
  }

  /** Network B lists Marie with her address (any case) and its own school for her. */
  String fileB(String sharedRole) {
    return lines(
        HEADER,
        "Sallet;Marie;marie.sallet@"
            + a
            + ".test;"
            + shared
            + ";"
            + schoolB
            + ";"
            + sharedRole
            + ";Lycée du Val;lycee;Manosque;04;B;43,83;5,78",
        "Blanc;Luc;luc.blanc@" + b + ".test;" + onlyB + ";" + schoolB + ";documentaliste;;;;;;;");
  }

  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  <T> ResponseEntity<T> post(String network, String csv, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return rest.withBasicAuth("admin", "demo")
        .exchange(
            "/api/networks/{networkId}/roster",
            HttpMethod.POST,
            new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
            type,
            network);
  }

  RosterReport imported(String network, String csv) {
    ResponseEntity<RosterReport> response = post(network, csv, RosterReport.class);
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  List<String> rejected(String network, String csv) {
    ResponseEntity<Rejection> response = post(network, csv, Rejection.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().errors().stream().map(RosterError::message).toList();
  }

  List<String> tenantsOf(String userId) {
    return identityService.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId)
        .sorted()
        .toList();
  }

  /** What the directory says of the network: who, with which role, in which establishment. */
  List<Tuple> directoryOf(String network) {
    return directory.membersOf(network).stream()
        .map(m -> new Tuple(m.getUserId(), m.getRole(), m.getEstablishmentCode()))
        .toList();
  }

  @Test
  void twoNetworksListTheSamePersonEachWithItsOwnEstablishmentAndRoundTrip() {
    assertThat(imported(a, fileA()).members()).isEqualTo(new Counts(2, 0, 0));
    RosterReport intoB = imported(b, fileB(DOCUMENTALISTE));

    assertThat(intoB.members()).isEqualTo(new Counts(2, 0, 0));
    assertThat(tenantsOf(shared)).containsExactlyInAnyOrder(a, b);
    assertThat(
            identityService
                .createUserQuery()
                .userId(shared)
                .memberOfGroup(MemberRole.DOCUMENTALISTE.groupId())
                .count())
        .isEqualTo(1);
    // Her home row is untouched: B's roster neither moves her nor renames her.
    Member home = members.findById(shared).orElseThrow();
    assertThat(home.getNetworkId()).isEqualTo(a);
    assertThat(home.getEstablishmentCode()).isEqualTo(schoolA);
    assertThat(home.getEmail()).isEqualTo("Marie.Sallet@" + a + ".test");
    assertThat(directoryOf(a))
        .containsExactly(
            new Tuple(onlyA, MemberRole.DOCUMENTALISTE, schoolA),
            new Tuple(shared, MemberRole.DOCUMENTALISTE, schoolA));
    assertThat(directoryOf(b))
        .containsExactly(
            new Tuple(onlyB, MemberRole.DOCUMENTALISTE, schoolB),
            new Tuple(shared, MemberRole.DOCUMENTALISTE, schoolB));
    // Each network's campaign lists her once, with that network's school.
    assertThat(directory.documentalistes(b).stream().map(Member::getUserId).toList())
        .containsExactly(onlyB, shared);
    assertThat(directory.memberIn(shared, b).orElseThrow().getEstablishmentCode())
        .isEqualTo(schoolB);
    assertThat(directory.networkIdsOf(shared)).containsExactly(a, b);

    // Round trip: each file again changes nothing, in either order.
    assertThat(imported(b, fileB(DOCUMENTALISTE)).members()).isEqualTo(new Counts(0, 0, 2));
    assertThat(imported(a, fileA()).members()).isEqualTo(new Counts(0, 0, 2));
    assertThat(tenantsOf(shared)).containsExactlyInAnyOrder(a, b);
    assertThat(directoryOf(b))
        .containsExactly(
            new Tuple(onlyB, MemberRole.DOCUMENTALISTE, schoolB),
            new Tuple(shared, MemberRole.DOCUMENTALISTE, schoolB));

    // B moves her to another of its schools: only B's membership changes.
    String otherSchoolB = schoolB.substring(0, 7) + "C";
    String moved =
        lines(
            HEADER,
            "Sallet;Marie;marie.sallet@"
                + a
                + ".test;"
                + shared
                + ";"
                + otherSchoolB
                + ";documentaliste;Collège du Moulin;college;Oraison;04;B;43,92;5,92",
            "Blanc;Luc;luc.blanc@"
                + b
                + ".test;"
                + onlyB
                + ";"
                + schoolB
                + ";documentaliste;;;;;;;");
    RosterReport movedReport = imported(b, moved);
    assertThat(movedReport.members()).isEqualTo(new Counts(0, 1, 1));
    assertThat(directory.memberIn(shared, b).orElseThrow().getEstablishmentCode())
        .isEqualTo(otherSchoolB);
    assertThat(members.findById(shared).orElseThrow().getEstablishmentCode()).isEqualTo(schoolA);
  }

  @Test
  void anotherPersonWithTheSameIdIsRefused() {
    imported(a, fileA());

    List<String> otherAddress =
        rejected(b, fileB(DOCUMENTALISTE).replace("marie.sallet@" + a, "marie.sallet@" + b));
    assertThat(otherAddress)
        .containsExactly(
            "Ligne 2, colonne identifiant : l'identifiant « "
                + shared
                + " » est celui d'un membre d'un autre réseau, dont l'adresse n'est pas « marie.sallet@"
                + b
                + ".test » : s'il s'agit de la même personne, indiquez son adresse ; sinon, choisissez un autre identifiant.");
    assertThat(tenantsOf(shared)).containsExactly(a);
    assertThat(memberships.findByUserIdOrderByNetworkId(shared)).isEmpty();
  }

  List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId)
        .sorted()
        .toList();
  }

  String exported(String network) {
    ResponseEntity<String> response =
        rest.withBasicAuth("admin", "demo")
            .getForEntity("/api/networks/{networkId}/roster.csv", String.class, network);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** A role in each network (docs/access.md): documentaliste of A, coordinator of B. */
  @Test
  void theSamePersonHasAnotherRoleInAnotherNetworkAndItRoundTrips() {
    imported(a, fileA());
    assertThat(imported(b, fileB("coordinatrice")).members()).isEqualTo(new Counts(2, 0, 0));

    assertThat(directoryOf(a)).contains(new Tuple(shared, MemberRole.DOCUMENTALISTE, schoolA));
    assertThat(directoryOf(b)).contains(new Tuple(shared, MemberRole.COORDINATOR, schoolB));
    assertThat(members.findById(shared).orElseThrow().getRole())
        .isEqualTo(MemberRole.DOCUMENTALISTE);
    // Her Camunda groups: each network's role, in that network only.
    assertThat(groupsOf(shared)).containsExactly("coordinators@" + b, "documentalistes@" + a);
    assertThat(tenantsOf(shared)).containsExactlyInAnyOrder(a, b);

    // Round trip: each network's export gives her role there, and imports back unchanged.
    String exportA = exported(a);
    String exportB = exported(b);
    assertThat(exportB.lines().filter(l -> l.contains(shared)).findFirst().orElseThrow())
        .containsIgnoringCase(";coordinat");
    assertThat(exportA.lines().filter(l -> l.contains(shared)).findFirst().orElseThrow())
        .containsIgnoringCase(";documentaliste");
    assertThat(imported(b, exportB).members()).isEqualTo(new Counts(0, 0, 2));
    assertThat(imported(a, exportA).members()).isEqualTo(new Counts(0, 0, 2));
    assertThat(groupsOf(shared)).containsExactly("coordinators@" + b, "documentalistes@" + a);

    // A changes her home role to B's: one role everywhere again, the global group.
    assertThat(
            imported(
                    a,
                    fileA()
                        .replace(
                            schoolA + ";documentaliste;Collège",
                            schoolA + ";coordinatrice;Collège"))
                .members())
        .isEqualTo(new Counts(0, 1, 1));
    assertThat(groupsOf(shared)).containsExactly("coordinators");
    // And B makes her a documentaliste: two roles again.
    assertThat(imported(b, fileB(DOCUMENTALISTE)).members()).isEqualTo(new Counts(0, 1, 1));
    assertThat(groupsOf(shared)).containsExactly("coordinators@" + a, "documentalistes@" + b);
  }

  @Test
  void leavingOneNetworkEndsOnlyThatMembership() {
    imported(a, fileA());
    imported(b, fileB(DOCUMENTALISTE));

    // B's coordinator removes her from B (Camunda Admin: the tenant's members).
    identityService.deleteTenantUserMembership(b, shared);
    assertThat(tenantsOf(shared)).containsExactly(a);
    assertThat(memberships.findByUserIdOrderByNetworkId(shared)).isEmpty();
    assertThat(members.findById(shared).orElseThrow().getNetworkId()).isEqualTo(a);
    assertThat(directoryOf(b)).extracting(t -> t.toList().get(0)).containsExactly(onlyB);
    assertThat(identityService.createUserQuery().userId(shared).count()).isEqualTo(1);

    // Back in B; then A removes her: B becomes her home, with B's school, and she stays in B.
    imported(b, fileB(DOCUMENTALISTE));
    identityService.deleteTenantUserMembership(a, shared);
    Member home = members.findById(shared).orElseThrow();
    assertThat(home.getNetworkId()).isEqualTo(b);
    assertThat(home.getEstablishmentCode()).isEqualTo(schoolB);
    assertThat(memberships.findByUserIdOrderByNetworkId(shared)).isEmpty();
    assertThat(tenantsOf(shared)).containsExactly(b);
    // B's roster again does not put her back into A (it now owns her name and address, written
    // in lower case by this file).
    assertThat(imported(b, fileB(DOCUMENTALISTE)).members()).isEqualTo(new Counts(0, 1, 1));
    assertThat(tenantsOf(shared)).containsExactly(b);
    assertThat(directoryOf(a)).extracting(t -> t.toList().get(0)).containsExactly(onlyA);
  }
}
