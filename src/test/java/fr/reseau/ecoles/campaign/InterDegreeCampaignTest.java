package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inter-degree CDI tour of the demo réseau Sainte Victoire (issue 19), through the engine: with
 * {@code interDegree} the network's primary teachers (teachers of its écoles) are asked to declare
 * beside its documentalistes, and the pairing pairs the collège's documentaliste with the école
 * élémentaire next door (liaison CM2–6e); without it, only the documentalistes are asked.
 */
class InterDegreeCampaignTest extends IntegrationTest {

  static final String SV = "sainte-victoire";
  static final List<String> DOCUMENTALISTES =
      List.of("amina.diallo", "hugo.ferrand", "lea.castel", "paul.rinaldi");
  static final List<String> PRIMARY_TEACHERS =
      List.of("chloe.vernet", "ines.barthelemy", "margaux.pons", "theo.marchand");

  @Autowired CampaignRepository campaigns;
  @Autowired DeclarationRepository declarations;
  @Autowired VisitRepository visits;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;

  ProcessInstance start(int firstYear, boolean interDegree) {
    clockAt(LocalDate.of(firstYear, 9, 7), 9);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CdiTourVariables.SCHOOL_YEAR, firstYear + "-" + (firstYear + 1));
    variables.put(CdiTourVariables.NETWORK_ID, SV);
    variables.put(CdiTourVariables.VOLUNTEERING_DEADLINE, firstYear + "-09-30");
    variables.put(CdiTourVariables.VISIT_WINDOW_START, firstYear + "-10-05");
    variables.put(CdiTourVariables.VISIT_WINDOW_END, (firstYear + 1) + "-05-28");
    variables.put(CdiTourVariables.INTER_DEGREE, interDegree);
    ProcessInstance tour = startProcess(CdiTourVariables.PROCESS_KEY, SV, variables);
    executeDueJobs(tour);
    return tour;
  }

  List<String> askedToDeclare(ProcessInstance tour) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .list()
        .stream()
        .map(Task::getAssignee)
        .sorted()
        .toList();
  }

  Task declarationOf(ProcessInstance tour, String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .taskAssignee(member)
        .singleResult();
  }

  void declare(ProcessInstance tour, String member, String role, String publicServed) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, publicServed);
      answers.put(CdiTourVariables.NEEDS, List.of());
      answers.put(CdiTourVariables.STRENGTHS, List.of());
    }
    taskService.complete(declarationOf(tour, member).getId(), answers);
    executeDueJobs(tour);
  }

  @Test
  void anInterDegreeCampaignAsksThePrimaryTeachersAndPairsTheCollegeWithTheEcole() {
    ProcessInstance tour = start(2030, true);

    assertThat(tour).isWaitingAt("Task_DeclareVolunteering");
    List<String> asked = askedToDeclare(tour);
    assertThat(asked)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(DOCUMENTALISTES.stream(), PRIMARY_TEACHERS.stream())
                .toList());
    // Neither inspectors nor heads of school nor the coordinator are asked.
    assertThat(asked).doesNotContain("ipr.martin", "ien.aix", "chef.saintevictoire");

    // The primary teacher opens the declaration form as a teacher of the network's tenant: the
    // form shows the inter-degree paragraph and offers « École (premier degré) ».
    Task inesTask = declarationOf(tour, "ines.barthelemy");
    identityService.setAuthentication(
        "ines.barthelemy", List.of(MemberRole.TEACHER.groupId()), List.of(SV));
    try {
      assertThat(taskService.createTaskQuery().taskId(inesTask.getId()).count()).isOne();
      try (InputStream form = formService.getDeployedTaskForm(inesTask.getId())) {
        assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
            .contains("Campagne inter-degrés (liaison CM2–6e)", "École (premier degré)");
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtimeService.getVariable(tour.getId(), CdiTourVariables.INTER_DEGREE))
        .isEqualTo(true);

    declare(tour, "lea.castel", VolunteerRole.VISITOR.code(), "college");
    declare(tour, "ines.barthelemy", VolunteerRole.HOST.code(), "ecole");
    for (String other : asked) {
      if (!other.equals("lea.castel") && !other.equals("ines.barthelemy")) {
        declare(tour, other, null, null);
      }
    }

    Campaign campaign = campaigns.findByNetworkIdAndSchoolYear(SV, "2030-2031").orElseThrow();
    Declaration ines =
        declarations
            .findByCampaignIdAndMemberUserId(campaign.getId(), "ines.barthelemy")
            .orElseThrow();
    assertThat(ines.getEstablishmentCode()).isEqualTo("0130205S");
    assertThat(ines.getPublicServed()).isEqualTo("ecole");

    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    SpinJsonNode proposed =
        (SpinJsonNode) runtimeService.getVariable(tour.getId(), CdiTourVariables.PROPOSED_VISITS);
    assertThat(proposed.elements()).hasSize(1);
    SpinJsonNode pair = proposed.elements().get(0);
    assertThat(pair.prop(CdiVisitVariables.VISITOR).stringValue()).isEqualTo("lea.castel");
    assertThat(pair.prop(CdiVisitVariables.HOST).stringValue()).isEqualTo("ines.barthelemy");
    assertThat(pair.prop("reasons").stringValue()).contains("liaison CM2–6e");

    taskService.complete(
        task(tour, "Task_ReviewPairing").getId(), Map.of(CdiTourVariables.PAIRING_APPROVED, true));
    executeDueJobs(tour);

    // One inter-degree visit: the collège's documentaliste goes to the école élémentaire.
    List<Visit> year = visits.findByCampaignIdOrderById(campaign.getId());
    assertThat(year).hasSize(1);
    Visit visit = year.get(0);
    assertThat(visit.getVisitorEstablishmentCode()).isEqualTo("0130201M");
    assertThat(visit.getHostEstablishmentCode()).isEqualTo("0130205S");
    List<ProcessInstance> called = calledInstances(tour);
    assertThat(called).hasSize(1);
    Task hostTask = task(called.get(0), "Task_PreVisitHost");
    assertThat(hostTask).isNotNull();
    assertThat(hostTask.getAssignee()).isEqualTo("ines.barthelemy");
  }

  @Test
  void withoutInterDegreeOnlyTheDocumentalistesAreAsked() {
    ProcessInstance tour = start(2031, false);

    assertThat(tour).isWaitingAt("Task_DeclareVolunteering");
    assertThat(askedToDeclare(tour)).containsExactlyElementsOf(DOCUMENTALISTES);
  }
}
