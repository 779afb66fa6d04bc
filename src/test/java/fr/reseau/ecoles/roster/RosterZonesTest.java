package fr.reseau.ecoles.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.network.SchoolDegree;
import fr.reseau.ecoles.roster.RosterController.Rejection;
import fr.reseau.ecoles.roster.RosterReport.Counts;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
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
 * Zones, primary schools and inspectors in the roster (issue 19): the {@code zone_reseau} column
 * creates and assigns the network's zones, the kinds of primary schools and inspectors without
 * establishment are read, and {@code GET roster.csv} gives a file that imports back unchanged.
 */
class RosterZonesTest extends IntegrationTest {

  static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String HEADER =
      "nom;prenom;email;identifiant;code_etablissement;role;etablissement;type;commune;departement;zone;zone_reseau;latitude;longitude";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired EstablishmentRepository establishments;
  @Autowired MemberRepository members;
  @Autowired NetworkZoneRepository zones;

  String networkId;
  String college;
  String ecole;
  String lycee;

  @BeforeEach
  void network() {
    networkId = networks.createEmpty();
    int n = SEQUENCE.incrementAndGet();
    college = String.format("098%04dA", n * 10 + 1);
    ecole = String.format("098%04dB", n * 10 + 2);
    lycee = String.format("098%04dC", n * 10 + 3);
  }

  String user(String name) {
    return name + "." + networkId;
  }

  String file() {
    return lines(
        HEADER,
        "Castel;Léa;lea@"
            + networkId
            + ".test;"
            + user("lea")
            + ";"
            + college
            + ";documentaliste;Collège de la Montagne;college;Aix-en-Provence;13;B;Aix;43,5297;5,4474",
        "Barthélemy;Inès;ines@"
            + networkId
            + ".test;"
            + user("ines")
            + ";"
            + ecole
            + ";professeure des écoles;École élémentaire des Platanes;élémentaire;Aix-en-Provence;13;B;aix;43,5263;5,4454",
        "Diallo;Amina;amina@"
            + networkId
            + ".test;"
            + user("amina")
            + ";"
            + lycee
            + ";documentaliste;Lycée du Luberon;lycee;Pertuis;84;B;Pertuis;43,6942;5,5019",
        "Martin;Philippe;philippe@" + networkId + ".test;" + user("ipr") + ";;IA-IPR;;;;;;;;;");
  }

  static String lines(String... lines) {
    return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
  }

  <T> ResponseEntity<T> post(String csv, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return rest.withBasicAuth("admin", "demo")
        .exchange(
            "/api/networks/{networkId}/roster",
            HttpMethod.POST,
            new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
            type,
            networkId);
  }

  RosterReport imported(String csv) {
    ResponseEntity<RosterReport> response = post(csv, RosterReport.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  String exported() {
    ResponseEntity<String> response =
        rest.withBasicAuth("admin", "demo")
            .getForEntity("/api/networks/{networkId}/roster.csv", String.class, networkId);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    return response.getBody();
  }

  @Test
  void theZoneColumnCreatesAndAssignsZonesWithPrimarySchoolsAndInspectors() {
    RosterReport report = imported(file());

    assertThat(report.zonesCreated()).containsExactly("aix", "pertuis");
    assertThat(report.establishments()).isEqualTo(new Counts(3, 0, 0));
    assertThat(zones.findByNetworkIdOrderByName(networkId))
        .extracting(NetworkZone::getCode, NetworkZone::getName)
        .containsExactly(new Tuple("aix", "Aix"), new Tuple("pertuis", "Pertuis"));
    assertThat(establishments.findByNetworkIdOrderByCode(networkId))
        .extracting(Establishment::getCode, Establishment::getKind, Establishment::getZoneCode)
        .containsExactly(
            new Tuple(college, EstablishmentKind.COLLEGE, "aix"),
            new Tuple(ecole, EstablishmentKind.ECOLE_ELEMENTAIRE, "aix"),
            new Tuple(lycee, EstablishmentKind.LYCEE, "pertuis"));
    assertThat(members.findById(user("ipr")))
        .get()
        .extracting(Member::getRole, Member::getEstablishmentCode)
        .containsExactly(MemberRole.INSPECTOR, null);
    assertThat(members.findById(user("ines")).orElseThrow().getRole())
        .isEqualTo(MemberRole.TEACHER);
  }

  @Test
  void theExportImportsBackUnchanged() {
    imported(file());

    String csv = exported();
    assertThat(csv)
        .startsWith(
            "\uFEFF"
                + String.join(
                    ";", RosterExport.COLUMNS.stream().map(RosterColumn::header).toList()))
        .contains(";ecole_elementaire;")
        .contains(";inspecteur;")
        .contains(";enseignant;")
        .contains(";pertuis;");
    RosterReport again = imported(csv);
    assertThat(again.establishments()).isEqualTo(new Counts(0, 0, 3));
    assertThat(again.members()).isEqualTo(new Counts(0, 0, 4));
    assertThat(again.zonesCreated()).isEmpty();
    assertThat(again.ignoredColumns()).isEmpty();
    assertThat(exported()).isEqualTo(csv);
  }

  @Test
  void aZoneIsNamedByCodeOrNameAucuneTakesAnEstablishmentOutAndAnEmptyCellKeepsIt() {
    imported(file());
    String moves =
        lines(
            "code_etablissement;nom;prenom;email;identifiant;role;zone_reseau",
            college
                + ";Castel;Léa;lea@"
                + networkId
                + ".test;"
                + user("lea")
                + ";documentaliste;PERTUIS",
            ecole
                + ";Barthélemy;Inès;ines@"
                + networkId
                + ".test;"
                + user("ines")
                + ";enseignante;aucune",
            lycee
                + ";Diallo;Amina;amina@"
                + networkId
                + ".test;"
                + user("amina")
                + ";documentaliste;");

    RosterReport report = imported(moves);

    assertThat(report.zonesCreated()).isEmpty();
    assertThat(report.establishments()).isEqualTo(new Counts(0, 2, 1));
    assertThat(establishments.findByNetworkIdOrderByCode(networkId))
        .extracting(Establishment::getZoneCode)
        .containsExactly("pertuis", null, "pertuis");
  }

  @Test
  void aZoneCellWithoutLetterIsRefusedWithItsLineAndNothingIsCreated() {
    String bad = file().replace(";Pertuis;43,6942", ";—;43,6942");

    ResponseEntity<Rejection> response = post(bad, Rejection.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.field()).isEqualTo("zone_reseau");
            });
    assertThat(zones.findByNetworkIdOrderByName(networkId)).isEmpty();
    assertThat(establishments.findByNetworkIdOrderByCode(networkId)).isEmpty();
  }

  @Test
  void theEstablishmentsEndpointGivesKindTownZoneAndDegree() throws Exception {
    imported(file());

    ResponseEntity<String> response =
        rest.withBasicAuth("admin", "demo")
            .getForEntity("/api/networks/{networkId}/establishments", String.class, networkId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode ecoleJson = JSON.readTree(response.getBody()).get(1);
    assertThat(ecoleJson.path("uai").asText()).isEqualTo(ecole);
    assertThat(ecoleJson.path("kind").asText()).isEqualTo("ecole_elementaire");
    assertThat(ecoleJson.path("town").asText()).isEqualTo("Aix-en-Provence");
    assertThat(ecoleJson.path("zone").asText()).isEqualTo("aix");
    assertThat(ecoleJson.path("degree").asText()).isEqualTo("primaire");
    assertThat(JSON.readTree(response.getBody()).get(2).path("degree").asText())
        .isEqualTo("secondaire");
    JsonNode zonesJson =
        JSON.readTree(
            rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/networks/{networkId}/zones", String.class, networkId)
                .getBody());
    assertThat(zonesJson.toString())
        .isEqualTo(
            "[{\"code\":\"aix\",\"name\":\"Aix\",\"establishments\":2},"
                + "{\"code\":\"pertuis\",\"name\":\"Pertuis\",\"establishments\":1}]");
    assertThat(
            rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/networks/nowhere-19/establishments", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anInspectorsDegreeComesFromTheDegreColumnOrTheRoleAndRoundTrips() {
    String header = "nom;prenom;email;identifiant;code_etablissement;role;degre";
    String ien = "Fabre;Agnès;agnes@" + networkId + ".test;" + user("ien") + ";;IEN;premier degré";
    String ienEt = "Garcia;Nathalie;nathalie@" + networkId + ".test;" + user("ienet") + ";;IEN ET;";
    String ipr = "Martin;Philippe;philippe@" + networkId + ".test;" + user("ipr") + ";;IA-IPR;";
    String unknown = "Blanc;Thierry;thierry@" + networkId + ".test;" + user("ien2") + ";;IEN;";

    // Refused, nothing imported: a word that is no degree, a degree against the role's word, a
    // degree on a line that is not an inspector's.
    ResponseEntity<Rejection> refused =
        post(
            lines(
                header,
                ien.replace("premier degré", "maternelle"),
                ipr.replace(";IA-IPR;", ";IA-IPR;primaire"),
                "Castel;Léa;lea@"
                    + networkId
                    + ".test;"
                    + user("lea")
                    + ";"
                    + college
                    + ";documentaliste;secondaire"),
            Rejection.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().errors())
        .filteredOn(e -> "degre".equals(e.field()))
        .extracting(RosterError::line)
        .containsExactly(2, 3, 4);
    assertThat(members.findById(user("ien"))).isEmpty();

    imported(lines(header, ien, ienEt, ipr, unknown));
    assertThat(members.findById(user("ien")).orElseThrow().getDegree())
        .isEqualTo(SchoolDegree.PRIMAIRE);
    assertThat(members.findById(user("ienet")).orElseThrow().getDegree())
        .isEqualTo(SchoolDegree.SECONDAIRE);
    assertThat(members.findById(user("ipr")).orElseThrow().getDegree())
        .isEqualTo(SchoolDegree.SECONDAIRE);
    assertThat(members.findById(user("ien2")).orElseThrow().getDegree()).isNull();

    // The export writes each known degree; it imports back unchanged, and a file without the
    // column keeps the degrees.
    String csv = exported();
    assertThat(csv)
        .contains(user("ien") + ";;;;;;;;;primaire\r\n")
        .contains(user("ienet") + ";;;;;;;;;secondaire\r\n")
        .contains(user("ien2") + ";;;;;;;;;\r\n");
    assertThat(imported(csv).members()).isEqualTo(new Counts(0, 0, 4));
    String withoutColumn =
        lines(
            "nom;prenom;email;identifiant;code_etablissement;role",
            ien.replace(";premier degré", ""),
            ienEt.substring(0, ienEt.length() - 1),
            ipr.substring(0, ipr.length() - 1),
            unknown.substring(0, unknown.length() - 1));
    assertThat(imported(withoutColumn).members()).isEqualTo(new Counts(0, 0, 4));
    assertThat(members.findById(user("ien")).orElseThrow().getDegree())
        .isEqualTo(SchoolDegree.PRIMAIRE);
    // A new degree is an update.
    assertThat(imported(lines(header, unknown + "primaire")).members())
        .isEqualTo(new Counts(0, 1, 0));
    assertThat(members.findById(user("ien2")).orElseThrow().getDegree())
        .isEqualTo(SchoolDegree.PRIMAIRE);
  }

  @Test
  void inspectorsNeedNoEstablishmentButOthersStillDo() {
    String noCode =
        lines(
            "nom;prenom;email;code_etablissement;role",
            "Blanc;Thierry;thierry@" + networkId + ".test;;IEN",
            "Roux;Camille;camille@" + networkId + ".test;;documentaliste");

    ResponseEntity<Rejection> response = post(noCode, Rejection.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().errors())
        .extracting(RosterError::line, RosterError::field)
        .containsExactly(new Tuple(3, "code_etablissement"));
  }
}
