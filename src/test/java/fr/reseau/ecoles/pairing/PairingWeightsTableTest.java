package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pairing weights come from {@code processes/pairing-weights.dmn}: a designer who changes the
 * table (deployed for one network) changes that network's proposal, without Java.
 */
class PairingWeightsTableTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired RepositoryService repositoryService;

  @BeforeEach
  void clock() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
  }

  /**
   * One visitor (school 0, needs « numérique ») and two hosts: school 1 at 10 km, strong in reading
   * only; school 3 at 30 km, strong in « numérique ». School 2 does not volunteer.
   */
  String proposedHost(TestNetwork network) {
    ProcessInstance tour = startCdiTour(network);
    List<String> docs = network.documentalistes();
    declare(
        tour,
        docs.get(0),
        VolunteerRole.VISITOR.code(),
        List.of("digital"),
        List.of("reading-culture"));
    declare(
        tour,
        docs.get(1),
        VolunteerRole.HOST.code(),
        List.of("reading-culture"),
        List.of("reading-culture"));
    declare(tour, docs.get(2), null, null, null);
    declare(
        tour,
        docs.get(3),
        VolunteerRole.HOST.code(),
        List.of("reading-culture"),
        List.of("digital"));
    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    SpinJsonNode visits =
        (SpinJsonNode) runtimeService.getVariable(tour.getId(), CdiTourVariables.PROPOSED_VISITS);
    assertThat(visits.elements()).hasSize(1);
    assertThat(visits.elements().get(0).prop(CdiVisitVariables.VISITOR).stringValue())
        .isEqualTo(docs.get(0));
    return visits.elements().get(0).prop(CdiVisitVariables.HOST).stringValue();
  }

  void declare(
      ProcessInstance tour, String member, String role, List<String> needs, List<String> strong) {
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
      answers.put(CdiTourVariables.NEEDS, needs);
      answers.put(CdiTourVariables.STRENGTHS, strong);
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of("travel"));
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  static String table() throws IOException {
    return Files.readString(Path.of("processes/pairing-weights.dmn"), StandardCharsets.UTF_8);
  }

  @Test
  void doublingTheKilometresOfACoveredNeedInTheTableFlipsTheProposal() throws IOException {
    TestNetwork byDefault = networks.create(4);
    TestNetwork changed = networks.create(4);
    String cell = "<outputEntry id=\"LiteralExpression_KmPerCoveredNeedAllNetworks\">\n";
    String fifteen = cell + "          <text>15</text>";
    assertThat(table()).contains(fifteen);
    repositoryService
        .createDeployment()
        .name("designer-change")
        .tenantId(changed.id())
        .addString(
            "processes/pairing-weights.dmn", table().replace(fifteen, cell + "<text>30</text>"))
        .deploy();

    // 15 km per covered need: 10 km beats 30 − 15 = 15 km, the nearer host without the strength.
    assertThat(proposedHost(byDefault)).isEqualTo(byDefault.documentalistes().get(1));
    // 30 km per covered need: 30 − 30 = 0 km beats 10 km, the host strong in the visitor's need.
    assertThat(proposedHost(changed)).isEqualTo(changed.documentalistes().get(3));
  }

  @Test
  void outputsMapToTheWeightsByNameAndAMissingOneKeepsItsDefault() {
    assertThat(PairingWeights.fromOutputs(Map.of())).isEqualTo(PairingWeights.defaults());
    assertThat(PairingWeights.fromOutputs(Map.of(PairingWeights.KM_FOR_PPCR, 5)))
        .isEqualTo(new PairingWeights(15, 5));
    assertThatThrownBy(
            () ->
                PairingWeights.fromOutputs(Map.of(PairingWeights.KM_PER_COVERED_NEED, "beaucoup")))
        .hasMessageContaining("kmPerCoveredNeed")
        .hasMessageContaining("beaucoup");
  }
}
