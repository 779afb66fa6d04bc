package fr.reseau.ecoles.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The next campaign, through the engine: last year's volunteers are invited first, and their
 * declaration opens with last year's answers for them to confirm.
 */
class NextCampaignCarriesOverTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired DeclarationRepository declarations;

  TestNetwork network;
  List<String> docs;
  String newcomer;

  @BeforeEach
  void lastYear() {
    network = networks.create(6);
    // 2026-2027: 0 both (needs digital, info-literacy), 1 host, 2 visitor, 3 both (lycée); 4
    // answered no, 5 did not answer.
    handBuilt.build(network);
    docs = network.documentalistes();
    // Sorts right after the first teacher: a plain order would invite them second.
    newcomer = networks.addColleague(network, 0);
    clockAt(LocalDate.of(2027, 9, 6), 9);
  }

  ProcessInstance nextCampaign() {
    ProcessInstance tour =
        startProcess(
            CdiTourVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiTourVariables.SCHOOL_YEAR,
                "2027-2028",
                CdiTourVariables.NETWORK_ID,
                network.id(),
                CdiTourVariables.VOLUNTEERING_DEADLINE,
                "2027-09-30",
                CdiTourVariables.VISIT_WINDOW_START,
                "2027-10-04",
                CdiTourVariables.VISIT_WINDOW_END,
                "2028-05-26"));
    executeDueJobs(tour);
    return tour;
  }

  Task declaration(ProcessInstance tour, String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .taskAssignee(member)
        .singleResult();
  }

  @Test
  void lastYearsVolunteersAreInvitedFirst() {
    ProcessInstance tour = nextCampaign();
    List<String> invitationOrder =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .list()
            .stream()
            .sorted(
                Comparator.comparing(
                    (Task t) -> (Integer) taskService.getVariable(t.getId(), "loopCounter")))
            .map(Task::getAssignee)
            .toList();
    assertThat(invitationOrder)
        .containsExactly(
            docs.get(0), docs.get(1), docs.get(2), docs.get(3), newcomer, docs.get(4), docs.get(5));
  }

  @Test
  void aFormerVolunteerConfirmsLastYearsAnswersAndANewcomerStartsBlank() {
    ProcessInstance tour = nextCampaign();
    Task former = declaration(tour, docs.get(0));
    // Input parameters: local variables of the task's execution, which the form shows.
    Map<String, Object> carried = runtimeService.getVariablesLocal(former.getExecutionId());
    assertThat(carried)
        .containsEntry(CdiTourVariables.PREVIOUS_SCHOOL_YEAR, "2026-2027")
        .containsEntry(CdiTourVariables.VOLUNTEER_ROLE, VolunteerRole.BOTH.code())
        .containsEntry(CdiTourVariables.PUBLIC_SERVED, "college");
    assertThat(((SpinJsonNode) carried.get(CdiTourVariables.NEEDS)).toString())
        .contains("digital")
        .contains("info-literacy");
    Map<String, Object> blank =
        runtimeService.getVariablesLocal(declaration(tour, newcomer).getExecutionId());
    assertThat(blank.get(CdiTourVariables.PREVIOUS_SCHOOL_YEAR)).isNull();
    assertThat(blank.get(CdiTourVariables.VOLUNTEER_ROLE)).isNull();
    assertThat(((SpinJsonNode) blank.get(CdiTourVariables.NEEDS)).elements()).isEmpty();

    // Confirming: yes, and the rest as carried over (Tasklist submits the prefilled fields).
    taskService.complete(former.getId(), Map.of(CdiTourVariables.VOLUNTEER, true));
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    Declaration confirmed =
        declarations.findByCampaignIdAndMemberUserId(campaignId, docs.get(0)).orElseThrow();
    assertThat(confirmed.getRole()).isEqualTo(VolunteerRole.BOTH);
    assertThat(confirmed.getNeeds()).containsExactlyInAnyOrder("digital", "info-literacy");
  }
}
