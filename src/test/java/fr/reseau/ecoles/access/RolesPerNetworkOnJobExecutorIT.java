package fr.reseau.ecoles.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A role in each network on the real job executor: the deadline timer of a campaign, nobody logged
 * in, creates « Valider les binômes » (candidate group {@code coordinators}); in network A, which P
 * coordinates, the task also goes to {@code coordinators@A}, so P sees and completes it; in network
 * B, where P is a documentaliste, it does not come to P.
 */
class RolesPerNetworkOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;

  @Test
  void theTasksATimerCreatesComeToTheCoordinatorsOfThatNetworkOnly() {
    TestNetwork a = networks.create(3);
    TestNetwork b = networks.create(3);
    String p = a.coordinator();
    networks.addToNetwork(p, b, 2, MemberRole.DOCUMENTALISTE);
    assertThat(identityService.createGroupQuery().groupMember(p).list())
        .extracting(Group::getId)
        .containsExactlyInAnyOrder("coordinators@" + a.id(), "documentalistes@" + b.id());

    // P starts A's campaign (a coordinator's right in A); B's coordinator starts B's.
    CampaignPeople inA = new CampaignPeople(this, a);
    CampaignPeople inB = new CampaignPeople(this, b);
    ProcessInstance tourA = inA.startCampaign("2026-2027");
    ProcessInstance tourB = inB.startCampaign("2026-2027");
    // P cannot start one in B, where they are a documentaliste.
    assertThatThrownBy(
            () ->
                startAs(
                    p,
                    CdiTourVariables.PROCESS_KEY,
                    b.id(),
                    Map.of(CdiTourVariables.SCHOOL_YEAR, "2026-2027")))
        .isInstanceOf(ProcessEngineException.class);

    inA.declare(tourA, a.documentalistes().get(0), VolunteerRole.VISITOR.code());
    inA.declare(tourA, a.documentalistes().get(1), VolunteerRole.HOST.code());
    inB.declare(tourB, b.documentalistes().get(0), VolunteerRole.VISITOR.code());
    inB.declare(tourB, b.documentalistes().get(1), VolunteerRole.HOST.code());
    // P's own declaration in B, as any documentaliste of B.
    inB.declare(tourB, p, null);

    // After the deadline, the job executor closes the declarations and proposes the pairings.
    clockAt(LocalDate.of(2026, 10, 1), 9);
    Task reviewA = task(tourA, "Task_ReviewPairing");
    Task reviewB = task(tourB, "Task_ReviewPairing");
    assertThat(reviewA).isNotNull();
    assertThat(reviewB).isNotNull();
    assertThat(candidateGroups(reviewA))
        .containsExactlyInAnyOrder("coordinators", "coordinators@" + a.id());
    assertThat(candidateGroups(reviewB)).containsExactly("coordinators");

    List<String> groups =
        identityService.createGroupQuery().groupMember(p).list().stream()
            .map(Group::getId)
            .toList();
    List<String> myGroupTasks =
        as(
            p,
            () ->
                taskService.createTaskQuery().taskCandidateGroupIn(groups).list().stream()
                    .map(Task::getId)
                    .toList());
    assertThat(myGroupTasks).contains(reviewA.getId()).doesNotContain(reviewB.getId());
    assertThatThrownBy(
            () -> completeAs(p, reviewB, Map.of(CdiTourVariables.PAIRING_APPROVED, (Object) true)))
        .isInstanceOf(ProcessEngineException.class);

    // P approves A's pairing: the visits are called, and P, as A's coordinator, sees them.
    inA.approvePairing(tourA);
    List<ProcessInstance> visitsOfA = calledInstances(tourA);
    assertThat(visitsOfA).isNotEmpty();
    List<String> seen =
        as(
            p,
            () ->
                runtimeService.createProcessInstanceQuery().list().stream()
                    .map(ProcessInstance::getId)
                    .toList());
    assertThat(seen)
        .contains(tourA.getId())
        .containsAll(visitsOfA.stream().map(ProcessInstance::getId).toList())
        .doesNotContain(tourB.getId());
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}
