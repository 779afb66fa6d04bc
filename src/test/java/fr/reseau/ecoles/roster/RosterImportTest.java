package fr.reseau.ecoles.roster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.roster.RosterController.Rejection;
import fr.reseau.ecoles.roster.RosterReport.Counts;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Roster import through {@code POST /api/networks/{networkId}/roster}, into a network made for each
 * test: entities and Camunda identity after a good file, nothing at all after a bad one, nothing
 * new after the same file again, and who may import.
 */
class RosterImportTest extends IntegrationTest {

  static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final String HEADER =
      "nom;prenom;email;identifiant;code_etablissement;role;etablissement;type;commune;departement;zone;latitude;longitude";

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired IdentityService identityService;
  @Autowired MemberRepository members;
  @Autowired EstablishmentRepository establishments;
  @Autowired RosterImportService imports;
  @Autowired PlatformTransactionManager transactionManager;

  String networkId;
  String school1;
  String school2;
  String camille;
  String julien;
  String head;
  String coordinator;

  @BeforeEach
  void network() {
    networkId = networks.createEmpty();
    int n = SEQUENCE.incrementAndGet();
    school1 = String.format("099%04dA", n * 10 + 1);
    school2 = String.format("099%04dB", n * 10 + 2);
    // No identifiant column value: the email, lower-cased, is the user id.
    camille = "camille.roux@" + networkId + ".test";
    julien = "julien.faure." + networkId;
    head = "chef." + networkId;
    coordinator = "coord." + networkId;
  }

  String goodFile() {
    return lines(
        HEADER,
        "Roux;Camille;Camille.Roux@"
            + networkId
            + ".test;;"
            + school1
            + ";documentaliste;Collège du Pont romain;college;Vaison-la-Romaine;84;B;44,2406;5,0747",
        "Faure;Julien;julien.faure@"
            + networkId
            + ".test;"
            + julien
            + ";"
            + school2
            + ";Documentaliste;Lycée de l'Eygues;lycée;Nyons;26;A;44,358;5,132",
        "Lefèvre;Bernard;bernard.lefevre@"
            + networkId
            + ".test;"
            + head
            + ";"
            + school1
            + ";chef_etablissement;;;;;;;",
        "Arnaud;Mathilde;mathilde.arnaud@"
            + networkId
            + ".test;"
            + coordinator
            + ";"
            + school1
            + ";coordinatrice;;;;;;;");
  }

  static String lines(String... lines) {
    return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
  }

  <T> ResponseEntity<T> postCsv(String user, String network, String csv, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(
        "/api/networks/{networkId}/roster",
        HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
        type,
        network);
  }

  RosterReport importAsAdmin(String csv) {
    ResponseEntity<RosterReport> response = postCsv("admin", networkId, csv, RosterReport.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  Rejection rejected(String csv) {
    ResponseEntity<Rejection> response = postCsv("admin", networkId, csv, Rejection.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody();
  }

  boolean inGroup(String userId, MemberRole role) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count()
        == 1;
  }

  List<String> tenantsOf(String userId) {
    return identityService.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId)
        .toList();
  }

  /** Everything an import may write, for this network, and the identity tables' sizes. */
  List<String> state() {
    List<String> state = new ArrayList<>();
    state.add(
        "users "
            + identityService.createUserQuery().count()
            + ", groups "
            + identityService.createGroupQuery().count()
            + ", tenants "
            + identityService.createTenantQuery().count()
            + ", members "
            + members.count()
            + ", establishments "
            + establishments.count());
    for (Establishment e : establishments.findByNetworkIdOrderByCode(networkId)) {
      state.add(
          String.join(
              "|",
              e.getCode(),
              e.getName(),
              e.getKind().name(),
              e.getTown(),
              e.getDepartment(),
              e.getHolidayZone(),
              e.getLatitude() + "," + e.getLongitude(),
              e.getNetworkId(),
              e.getPrincipalUserId()));
    }
    for (Member m : members.findByNetworkIdOrderByUserId(networkId)) {
      state.add(
          String.join(
              "|",
              m.getUserId(),
              m.getFirstName(),
              m.getLastName(),
              m.getEmail(),
              m.getRole().name(),
              m.getEstablishmentCode(),
              m.getNetworkId()));
      User user = identityService.createUserQuery().userId(m.getUserId()).singleResult();
      state.add(
          user == null
              ? "no user"
              : String.join(
                  "|",
                  user.getId(),
                  user.getFirstName(),
                  user.getLastName(),
                  user.getEmail(),
                  String.valueOf(user.getPassword())));
      state.add(
          identityService
                  .createGroupQuery()
                  .groupMember(m.getUserId())
                  .orderByGroupId()
                  .asc()
                  .list()
                  .stream()
                  .map(Group::getId)
                  .toList()
              + " "
              + tenantsOf(m.getUserId()));
    }
    return state;
  }

  @Test
  void aGoodFileCreatesEstablishmentsMembersAndTheirCamundaAccounts() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(goodFile().getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "membres.csv";
          }
        });
    ResponseEntity<RosterReport> response =
        rest.withBasicAuth("admin", "demo")
            .postForEntity("/api/networks/{networkId}/roster", form, RosterReport.class, networkId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .isEqualTo(
            new RosterReport(
                networkId, new Counts(2, 0, 0), new Counts(4, 0, 0), List.of(), List.of()));

    assertThat(establishments.findByNetworkIdOrderByCode(networkId))
        .extracting(
            Establishment::getCode,
            Establishment::getName,
            Establishment::getKind,
            Establishment::getTown,
            Establishment::getDepartment,
            Establishment::getHolidayZone,
            Establishment::getLatitude,
            Establishment::getPrincipalUserId)
        .containsExactly(
            new Tuple(
                school1,
                "Collège du Pont romain",
                EstablishmentKind.COLLEGE,
                "Vaison-la-Romaine",
                "84",
                "B",
                44.2406,
                head),
            new Tuple(
                school2,
                "Lycée de l'Eygues",
                EstablishmentKind.LYCEE,
                "Nyons",
                "26",
                "A",
                44.358,
                null));
    assertThat(members.findByNetworkIdOrderByUserId(networkId))
        .extracting(Member::getUserId, Member::getRole, Member::getEstablishmentCode)
        .containsExactlyInAnyOrder(
            new Tuple(camille, MemberRole.DOCUMENTALISTE, school1),
            new Tuple(julien, MemberRole.DOCUMENTALISTE, school2),
            new Tuple(head, MemberRole.PRINCIPAL, school1),
            new Tuple(coordinator, MemberRole.COORDINATOR, school1));

    User user = identityService.createUserQuery().userId(camille).singleResult();
    assertThat(user.getFirstName()).isEqualTo("Camille");
    assertThat(user.getLastName()).isEqualTo("Roux");
    assertThat(user.getEmail()).isEqualTo("Camille.Roux@" + networkId + ".test");
    for (String userId : List.of(camille, julien, head, coordinator)) {
      assertThat(identityService.createUserQuery().userId(userId).singleResult().getPassword())
          .as(userId)
          .isNull();
      assertThat(identityService.checkPassword(userId, "demo")).isFalse();
      assertThat(tenantsOf(userId)).containsExactly(networkId);
    }
    // Without a password, a login attempt is refused like a wrong password (see PasswordlessLogin).
    assertThat(postCsv(coordinator, networkId, goodFile(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(inGroup(camille, MemberRole.DOCUMENTALISTE)).isTrue();
    assertThat(inGroup(julien, MemberRole.DOCUMENTALISTE)).isTrue();
    assertThat(inGroup(head, MemberRole.PRINCIPAL)).isTrue();
    assertThat(inGroup(coordinator, MemberRole.COORDINATOR)).isTrue();
    assertThat(inGroup(coordinator, MemberRole.DOCUMENTALISTE)).isFalse();
    assertThat(identityService.createTenantQuery().tenantId(networkId).singleResult().getName())
        .startsWith("Réseau de test");
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    importAsAdmin(goodFile());
    List<String> before = state();

    RosterReport again = importAsAdmin(goodFile());

    assertThat(again)
        .isEqualTo(
            new RosterReport(
                networkId, new Counts(0, 0, 2), new Counts(0, 0, 4), List.of(), List.of()));
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aFileWithoutIdentifiersFindsMembersByEmail() {
    importAsAdmin(goodFile());
    List<String> before = state();

    String withoutIds =
        lines(
            "Nom;Prénom;Courriel;UAI;Rôle",
            "Roux;Camille;camille.roux@" + networkId + ".test;" + school1 + ";documentaliste",
            "Faure;Julien;JULIEN.FAURE@" + networkId + ".test;" + school2 + ";documentaliste",
            "Lefèvre;Bernard;bernard.lefevre@"
                + networkId
                + ".test;"
                + school1
                + ";chef d'établissement");
    RosterReport report = importAsAdmin(withoutIds);

    // Found by their emails whatever the case, which is updated as this file writes it.
    assertThat(report.members()).isEqualTo(new Counts(0, 2, 1));
    assertThat(report.membersNotInFile()).containsExactly(coordinator);
    assertThat(members.findById(julien).orElseThrow().getEmail())
        .isEqualTo("JULIEN.FAURE@" + networkId + ".test");
    assertThat(members.findById(coordinator)).isPresent();
    assertThat(state()).hasSameSizeAs(before);
  }

  @Test
  void aRoleChangeMovesTheUserBetweenGroups() {
    importAsAdmin(goodFile());

    // Julien coordinates from now on; the head becomes a documentaliste, so no longer signs for the
    // college.
    String changed =
        goodFile()
            .replace(
                julien + ";" + school2 + ";Documentaliste",
                julien + ";" + school2 + ";coordinateur")
            .replace(
                head + ";" + school1 + ";chef_etablissement",
                head + ";" + school1 + ";documentaliste");
    RosterReport report = importAsAdmin(changed);

    assertThat(report.members()).isEqualTo(new Counts(0, 2, 2));
    assertThat(report.establishments()).isEqualTo(new Counts(0, 1, 1));
    assertThat(inGroup(julien, MemberRole.COORDINATOR)).isTrue();
    assertThat(inGroup(julien, MemberRole.DOCUMENTALISTE)).isFalse();
    assertThat(inGroup(head, MemberRole.DOCUMENTALISTE)).isTrue();
    assertThat(inGroup(head, MemberRole.PRINCIPAL)).isFalse();
    assertThat(members.findById(julien).orElseThrow().getRole()).isEqualTo(MemberRole.COORDINATOR);
    assertThat(establishments.findById(school1).orElseThrow().getPrincipalUserId()).isNull();
  }

  @Test
  void aBadLineImportsNothing() {
    List<String> before = state();
    String bad = goodFile().replace("coordinatrice", "prof");

    Rejection rejection = rejected(bad);

    assertThat(rejection.message())
        .isEqualTo("Aucun membre n'a été importé : 1 erreur à corriger.");
    assertThat(rejection.errors())
        .containsExactly(
            new RosterError(
                5,
                "role",
                "Ligne 5, colonne role : rôle inconnu « prof » ; attendu documentaliste, coordinateur ou chef_etablissement."));
    assertThat(state()).isEqualTo(before);
    assertThat(identityService.createUserQuery().userId(camille).count()).isZero();
    assertThat(identityService.createTenantQuery().tenantId(networkId).userMember(camille).count())
        .isZero();
  }

  @Test
  void mistakesFoundInTheDatabaseAreReportedWithThoseOfTheFileAndNothingIsImported() {
    importAsAdmin(goodFile());
    List<String> before = state();

    String bad =
        lines(
            HEADER,
            // 2: fine, but the file is refused as a whole
            "Roux;Camille;camille.roux@"
                + networkId
                + ".test;;"
                + school1
                + ";documentaliste;;;;;;;",
            // 3: a demo member's id with another address (another person), 4: the
            // administrator's
            "Roux;Camille;c.roux@"
                + networkId
                + ".test;camille.roux;"
                + school1
                + ";documentaliste;;;;;;;",
            "Réseau;Admin;admin@" + networkId + ".test;admin;" + school1 + ";coordinateur;;;;;;;",
            // 5: an establishment of the demo network, 6: an unknown one without description
            "Blanc;Élise;elise@" + networkId + ".test;;0840111L;documentaliste;;;;;;;",
            "Morel;Yann;yann@" + networkId + ".test;;0990000Z;documentaliste;Collège inconnu;;;;;;",
            // 7: a malformed email; 8: the email of Julien under another identifier
            "Moreau;Inès;ines.moreau;;" + school1 + ";documentaliste;;;;;;;",
            "Faure;Jules;julien.faure@"
                + networkId
                + ".test;jules."
                + networkId
                + ";"
                + school2
                + ";documentaliste;;;;;;;",
            // 9: an id Camunda refuses
            "Girard;Thomas;thomas@"
                + networkId
                + ".test;thomas girard;"
                + school1
                + ";documentaliste;;;;;;;");
    Rejection rejection = rejected(bad);

    assertThat(rejection.errors())
        .extracting(RosterError::line, RosterError::field)
        .containsExactly(
            new Tuple(3, "identifiant"),
            new Tuple(4, "identifiant"),
            new Tuple(5, "code_etablissement"),
            new Tuple(6, "type"),
            new Tuple(7, "email"),
            new Tuple(8, "email"),
            new Tuple(9, "identifiant"));
    assertThat(rejection.errors())
        .extracting(RosterError::message)
        .containsExactly(
            "Ligne 3, colonne identifiant : l'identifiant « camille.roux » est celui d'un membre d'un autre réseau, dont l'adresse n'est pas « c.roux@"
                + networkId
                + ".test » : s'il s'agit de la même personne, indiquez son adresse ; sinon, choisissez un autre identifiant.",
            "Ligne 4, colonne identifiant : l'identifiant « admin » est réservé à un compte ou un groupe intégré de l'application ; "
                + "choisissez-en un autre (par exemple prenom.nom).",
            "Ligne 5, colonne code_etablissement : l'établissement 0840111L appartient à un autre réseau ; vérifiez le code UAI.",
            "Ligne 6, colonne type : établissement 0990000Z inconnu ; pour le créer, indiquez sur une de ses lignes : type, commune, zone, latitude, longitude.",
            "Ligne 7, colonne email : adresse électronique invalide « ines.moreau ».",
            "Ligne 8, colonne email : l'adresse « julien.faure@"
                + networkId
                + ".test » est déjà celle de « "
                + julien
                + " », membre du réseau ; corrigez l'adresse ou l'identifiant.",
            "Ligne 9, colonne identifiant : identifiant « thomas girard » refusé par Camunda (lettres sans accent, chiffres, « . », « _ », « - » et « @ », 64 caractères au plus).");
    assertThat(state()).isEqualTo(before);
    assertThat(members.findById("camille.roux").orElseThrow().getNetworkId())
        .isEqualTo("ventoux-baronnies");
    assertThat(identityService.createUserQuery().userId("admin").singleResult().getFirstName())
        .isEqualTo("Administration");
  }

  @Test
  void userMistakesAreNeverServerErrors() {
    assertThat(rejected("").errors()).extracting(RosterError::line).containsExactly(1);
    assertThat(rejected("nom\tprenom\n").errors()).extracting(RosterError::line).containsExactly(1);
    byte[] latin1 =
        lines(HEADER, "Lefèvre;Bernard;b@x.fr;;" + school1 + ";documentaliste;;;;;;;")
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    ResponseEntity<Rejection> encoding =
        rest.withBasicAuth("admin", "demo")
            .exchange(
                "/api/networks/{networkId}/roster",
                HttpMethod.POST,
                new HttpEntity<>(latin1, headers),
                Rejection.class,
                networkId);
    assertThat(encoding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(encoding.getBody().errors()).extracting(RosterError::line).containsExactly(2);

    byte[] huge = new byte[RosterCsvParser.MAX_BYTES + 10];
    Arrays.fill(huge, (byte) 'a');
    ResponseEntity<Rejection> tooLarge =
        rest.withBasicAuth("admin", "demo")
            .exchange(
                "/api/networks/{networkId}/roster",
                HttpMethod.POST,
                new HttpEntity<>(huge, headers),
                Rejection.class,
                networkId);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLarge.getBody().errors())
        .singleElement()
        .extracting(RosterError::message)
        .asString()
        .contains("1 Mo");

    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    assertThat(
            rest.withBasicAuth("admin", "demo")
                .exchange(
                    "/api/networks/{networkId}/roster",
                    HttpMethod.POST,
                    new HttpEntity<>(goodFile().getBytes(StandardCharsets.UTF_8), form),
                    String.class,
                    networkId)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> withoutFile = new LinkedMultiValueMap<>();
    withoutFile.add("other", "x");
    ResponseEntity<Rejection> noFile =
        rest.withBasicAuth("admin", "demo")
            .postForEntity(
                "/api/networks/{networkId}/roster",
                new HttpEntity<>(withoutFile, multipart),
                Rejection.class,
                networkId);
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noFile.getBody().errors())
        .singleElement()
        .extracting(RosterError::message)
        .asString()
        .contains("« file »");
  }

  @Test
  void anExistingCamundaAccountWithoutMemberIsTakenOverWithItsPassword() {
    String userId = "prepared." + networkId;
    User prepared = identityService.newUser(userId);
    prepared.setPassword("secret");
    identityService.saveUser(prepared);

    importAsAdmin(
        lines(
            HEADER,
            "Chabert;Pierre;pierre@"
                + networkId
                + ".test;"
                + userId
                + ";"
                + school1
                + ";documentaliste;Collège du Pont romain;college;Vaison-la-Romaine;84;B;44,2406;5,0747"));

    assertThat(identityService.checkPassword(userId, "secret")).isTrue();
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getLastName())
        .isEqualTo("Chabert");
    assertThat(inGroup(userId, MemberRole.DOCUMENTALISTE)).isTrue();
    assertThat(tenantsOf(userId)).containsExactly(networkId);
  }

  @Test
  void camundaIdentityWritesRollBackWithTheEntities() {
    List<String> before = state();
    RosterFile file = new RosterCsvParser().parse(goodFile().getBytes(StandardCharsets.UTF_8));

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              imports.importRoster(networkId, file);
              // Written inside the transaction...
              assertThat(identityService.createUserQuery().userId(camille).count()).isEqualTo(1);
              assertThat(tenantsOf(coordinator)).containsExactly(networkId);
              status.setRollbackOnly();
            });

    // ...and gone with it, users, memberships and tenant as well as members and establishments.
    assertThat(state()).isEqualTo(before);
    assertThat(identityService.createUserQuery().userId(camille).count()).isZero();
    assertThat(identityService.createTenantQuery().tenantId(networkId).userMember(camille).count())
        .isZero();
  }

  @Test
  void onlyTheNetworksCoordinatorsAndAdministratorsMayImport() {
    String csv = goodFile();
    assertThat(postCsv(null, networkId, csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(postCsv("camille.roux", networkId, csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // mathilde.arnaud coordinates the demo network, not this one.
    assertThat(postCsv("mathilde.arnaud", networkId, csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postCsv("admin", "reseau-inconnu", csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(members.findByNetworkIdOrderByUserId(networkId)).isEmpty();
    // The demo coordinator may import into her own network (an empty file, to leave the demo data
    // alone).
    assertThat(postCsv("mathilde.arnaud", "ventoux-baronnies", "", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    importAsAdmin(csv);
    for (String userId : List.of(camille, coordinator)) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    assertThat(postCsv(camille, networkId, csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<RosterReport> byCoordinator =
        postCsv(coordinator, networkId, csv, RosterReport.class);
    assertThat(byCoordinator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byCoordinator.getBody().members()).isEqualTo(new Counts(0, 0, 4));
  }

  @Test
  void idsOfBuiltInAccountsAreRefusedWithAClearMessage() {
    List<String> before = state();
    Rejection rejection =
        rejected(
            lines(
                HEADER,
                "Roux;Camille;camille@"
                    + networkId
                    + ".test;camunda-admin;"
                    + school1
                    + ";documentaliste;Collège A;college;Nyons;26;A;44,3;5,1",
                "Faure;Julien;julien@"
                    + networkId
                    + ".test;Admin;"
                    + school1
                    + ";documentaliste;;;;;;;"));
    assertThat(rejection.errors()).extracting(RosterError::line).containsExactly(2, 3);
    assertThat(rejection.errors().get(0).message()).contains("« camunda-admin » est réservé");
    assertThat(rejection.errors().get(1).message()).contains("« Admin » est réservé");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aWindows1252ExportIsReadAsSuchAndTheReportSaysSo() {
    String file =
        String.join(
                "\r\n",
                HEADER,
                "Lefèvre;Zoé;zoe.lefevre@"
                    + networkId
                    + ".test;zoe."
                    + networkId
                    + ";"
                    + school1
                    + ";documentaliste;Collège Émile Zola;college;Nyons;26;A;44,3;5,1")
            + "\r\n";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    ResponseEntity<RosterReport> response =
        rest.withBasicAuth("admin", "demo")
            .exchange(
                "/api/networks/{networkId}/roster",
                HttpMethod.POST,
                new HttpEntity<>(
                    file.getBytes(java.nio.charset.Charset.forName("windows-1252")), headers),
                RosterReport.class,
                networkId);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().encoding()).isEqualTo("Windows-1252");
    assertThat(response.getBody().encodingNote()).contains("Windows-1252");
    assertThat(members.findById("zoe." + networkId).orElseThrow().getLastName())
        .isEqualTo("Lefèvre");
    assertThat(importAsAdmin(goodFile()).encoding()).isEqualTo("UTF-8");
  }
}
