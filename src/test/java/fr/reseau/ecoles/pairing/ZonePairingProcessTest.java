package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start form's {@code zonePolicy} and {@code interDegree} reach {@code Task_ProposePairing}
 * through the engine (issue 19). One visitor (school 0) and two hosts: school 1 at 10 km, school 3
 * at 30 km; school 2 does not volunteer.
 */
class ZonePairingProcessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired EstablishmentRepository establishments;

  @BeforeEach
  void clock() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
  }

  TestNetwork network(String zone0, String zone1, String zone3, EstablishmentKind kind1) {
    TestNetwork network = networks.create(4);
    List<Establishment> schools = establishments.findByNetworkIdOrderByCode(network.id());
    String[] zones = {zone0, zone1, null, zone3};
    for (int i = 0; i < 4; i++) {
      Establishment e = schools.get(i);
      e.assignZone(zones[i]);
      if (i == 1) {
        e.update(
            e.getName(),
            kind1,
            e.getTown(),
            e.getDepartment(),
            e.getHolidayZone(),
            e.getLatitude(),
            e.getLongitude(),
            e.getNetworkId(),
            e.getPrincipalUserId());
      }
      establishments.save(e);
    }
    return network;
  }

  ProcessInstance start(TestNetwork network, Map<String, Object> settings) {
    Map<String, Object> variables = new HashMap<>(settings);
    variables.put(CdiTourVariables.SCHOOL_YEAR, "2026-2027");
    variables.put(CdiTourVariables.NETWORK_ID, network.id());
    variables.put(CdiTourVariables.VOLUNTEERING_DEADLINE, "2026-09-30");
    variables.put(CdiTourVariables.VISIT_WINDOW_START, "2026-10-05");
    variables.put(CdiTourVariables.VISIT_WINDOW_END, "2027-05-28");
    return startProcess(CdiTourVariables.PROCESS_KEY, network.id(), variables);
  }

  /** The single proposed visit of the visitor: host and reasons. */
  SpinJsonNode proposal(TestNetwork network, Map<String, Object> settings) {
    ProcessInstance tour = start(network, settings);
    List<String> docs = network.documentalistes();
    declare(tour, docs.get(0), VolunteerRole.VISITOR.code());
    declare(tour, docs.get(1), VolunteerRole.HOST.code());
    declare(tour, docs.get(2), null);
    declare(tour, docs.get(3), VolunteerRole.HOST.code());
    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    SpinJsonNode visits =
        (SpinJsonNode) runtimeService.getVariable(tour.getId(), CdiTourVariables.PROPOSED_VISITS);
    assertThat(visits.elements()).hasSize(1);
    return visits.elements().get(0);
  }

  void declare(ProcessInstance tour, String member, String role) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
      answers.put(CdiTourVariables.NEEDS, List.of());
      answers.put(CdiTourVariables.STRENGTHS, List.of());
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  static String host(SpinJsonNode visit) {
    return visit.prop(CdiVisitVariables.HOST).stringValue();
  }

  @Test
  void requiredZonesSendTheVisitorToTheFartherHostOfItsZone() {
    TestNetwork network = network("nord", "sud", "nord", EstablishmentKind.COLLEGE);

    SpinJsonNode visit = proposal(network, Map.of(CdiTourVariables.ZONE_POLICY, "require"));

    assertThat(host(visit)).isEqualTo(network.documentalistes().get(3));
    assertThat(visit.prop("reasons").stringValue()).contains("même zone : nord");
  }

  @Test
  void withoutSettingsZonesAreIgnoredAndAPrimarySchoolIsNotVisited() {
    TestNetwork zones = network("nord", "sud", "nord", EstablishmentKind.COLLEGE);
    assertThat(host(proposal(zones, Map.of()))).isEqualTo(zones.documentalistes().get(1));

    TestNetwork withSchool = network(null, null, null, EstablishmentKind.ECOLE_ELEMENTAIRE);
    assertThat(host(proposal(withSchool, Map.of()))).isEqualTo(withSchool.documentalistes().get(3));
  }

  @Test
  void openingInterDegreeVisitsPairsTheCollegeWithTheNearbyEcole() {
    TestNetwork network = network(null, null, null, EstablishmentKind.ECOLE_ELEMENTAIRE);

    SpinJsonNode visit = proposal(network, Map.of(CdiTourVariables.INTER_DEGREE, true));

    assertThat(host(visit)).isEqualTo(network.documentalistes().get(1));
    assertThat(visit.prop("reasons").stringValue()).contains("liaison CM2–6e");
  }

  @Test
  void anUnknownZonePolicyIsRefusedAtTheStartNamingTheField() {
    TestNetwork network = networks.create(2);
    assertThatThrownBy(() -> start(network, Map.of(CdiTourVariables.ZONE_POLICY, "partout")))
        .hasMessageContaining(CdiTourVariables.ZONE_POLICY)
        .hasMessageContaining("prefer");
    assertThatThrownBy(() -> start(network, Map.of(CdiTourVariables.INTER_DEGREE, "oui")))
        .hasMessageContaining(CdiTourVariables.INTER_DEGREE);
  }
}
