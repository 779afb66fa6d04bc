package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign involves a person of two networks once per network (issue 19, item 4): each network's
 * {@code cdi-tour} asks them, and their declaration is stored with the establishment they work in
 * for that network.
 */
class MultiNetworkCampaignTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired DeclarationRepository declarations;

  @Test
  void aPersonOfTwoNetworksIsAskedOncePerNetworkWithThatNetworksSchool() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    TestNetwork c = networks.create(2);
    TestNetwork d = networks.create(3);
    String both = c.documentalistes().get(0);
    String schoolInD = networks.addToNetwork(both, d, 2);
    ProcessInstance inC = startCdiTour(c);
    ProcessInstance inD = startCdiTour(d);
    executeDueJobs(inC);
    executeDueJobs(inD);

    // Asked once in each network, with the others of that network.
    assertThat(declarationTasks(inC)).containsExactlyInAnyOrder(both, c.documentalistes().get(1));
    assertThat(declarationTasks(inD))
        .containsExactlyInAnyOrder(
            both,
            d.documentalistes().get(0),
            d.documentalistes().get(1),
            d.documentalistes().get(2));

    declare(inD, both, VolunteerRole.VISITOR.code());
    declare(inC, both, null);

    Declaration inDNetwork = declaration(inD, both);
    assertThat(inDNetwork.isVolunteer()).isTrue();
    assertThat(inDNetwork.getEstablishmentCode()).isEqualTo(schoolInD);
    Declaration inCNetwork = declaration(inC, both);
    assertThat(inCNetwork.isVolunteer()).isFalse();
    assertThat(inCNetwork.getEstablishmentCode()).isNotEqualTo(schoolInD).startsWith("T");
    assertThat(declarationTasks(inD)).doesNotContain(both);
    assertThat(declarationTasks(inC)).doesNotContain(both);
  }

  List<String> declarationTasks(ProcessInstance tour) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .list()
        .stream()
        .map(Task::getAssignee)
        .toList();
  }

  Declaration declaration(ProcessInstance tour, String member) {
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    return declarations.findByCampaignIdAndMemberUserId(campaignId, member).orElseThrow();
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
      answers.put(CdiTourVariables.NEEDS, List.of("digital"));
      answers.put(CdiTourVariables.STRENGTHS, List.of("reading-culture"));
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of());
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }
}
