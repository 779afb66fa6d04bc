package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.retention.PersonalContentPurgeService;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Never the same pair again" across years, through the engine: a visit held two years ago leaves a
 * row of keyed pseudonyms that the purge keeps, and the next campaign does not pair the two again.
 */
class PairHistoryTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired PairHistoryRepository history;
  @Autowired PairHistoryService pairHistory;
  @Autowired PersonalContentPurgeService purge;

  TestNetwork network;
  List<String> docs;

  @BeforeEach
  void network() {
    network = networks.create(3);
    docs = network.documentalistes();
  }

  @Test
  void thePseudonymsAreKeyedSortedAndNameNobody() {
    UnaryOperator<String> pseudonym = pairHistory.pseudonymizer();
    String a = pseudonym.apply(docs.get(0));
    String b = pseudonym.apply(docs.get(1));
    assertThat(a)
        .matches("[0-9a-f]{64}")
        .isEqualTo(pairHistory.pseudonymizer().apply(docs.get(0)))
        .isNotEqualTo(b)
        .doesNotContain(docs.get(0));
    assertThat(PairHistoryService.pairOf(a, b)).isEqualTo(PairHistoryService.pairOf(b, a));
    assertThat(PairHistoryService.pairOf(a, b).low())
        .isLessThan(PairHistoryService.pairOf(a, b).high());
  }

  @Test
  void aPairFromTwoYearsAgoIsNotProposedAgainAfterThePurge() {
    // 2024-2025: the first teacher visits the second (the nearest school), the visit is held.
    clockAt(LocalDate.of(2024, 11, 18), 9);
    ProcessInstance old =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            network.id(),
            CampaignPeople.visitStart(
                network.id(), docs.get(0), docs.get(1), "2024-2025", "2024-11-18", "2025-03-31"));
    executeDueJobs(old);
    driveVisitToCompletion(old, "2024-11-28", List.of("digital"));
    assertThat(history.findByNetworkIdOrderById(network.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getSchoolYear()).isEqualTo("2024-2025");
              UnaryOperator<String> pseudonym = pairHistory.pseudonymizer();
              assertThat(new PseudonymPair(row.getPseudonymLow(), row.getPseudonymHigh()))
                  .isEqualTo(
                      PairHistoryService.pairOf(
                          pseudonym.apply(docs.get(1)), pseudonym.apply(docs.get(0))));
            });

    // Twelve months after that school year, its personal content is purged: visits gone, the
    // history stays.
    clockAt(LocalDate.of(2026, 9, 2), 3);
    assertThat(purge.purge(network.id(), 12).standaloneVisits()).isEqualTo(1);
    assertThat(visits.findAll()).noneMatch(v -> v.getNetworkId().equals(network.id()));
    assertThat(history.findByNetworkIdOrderById(network.id())).hasSize(1);

    // 2026-2027: the same first teacher visits, the two others host; the nearest host would be the
    // second one, paired two years ago, in either direction.
    clockAt(LocalDate.of(2026, 9, 7), 9);
    ProcessInstance tour = startCdiTour(network);
    declare(tour, docs.get(0), VolunteerRole.VISITOR.code());
    declare(tour, docs.get(1), VolunteerRole.HOST.code());
    declare(tour, docs.get(2), VolunteerRole.HOST.code());
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));

    assertThat(visits.findAll().stream().filter(v -> v.getNetworkId().equals(network.id())))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getSchoolYear()).isEqualTo("2026-2027");
              assertThat(v.getVisitorUserId()).isEqualTo(docs.get(0));
              assertThat(v.getHostUserId()).isEqualTo(docs.get(2));
            });
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
    answers.put(CdiTourVariables.VOLUNTEER, true);
    answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
    answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
    answers.put(CdiTourVariables.NEEDS, List.of("digital"));
    answers.put(CdiTourVariables.STRENGTHS, List.of("digital"));
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }
}
