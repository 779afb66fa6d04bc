package fr.reseau.ecoles.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A role in each network (issue 19, docs/access.md): P coordinates network A and is a
 * documentaliste of network B. In A, P has every coordinator's right; in B, only a
 * documentaliste's. Door by door: the engine's REST API, Tasklist's session and its « Tâches de mon
 * groupe » filter, Cockpit-like instance queries, the application's coordinator doors, and tasks
 * created by a timer job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesPerNetworkTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @LocalServerPort int port;

  TestNetwork a;
  TestNetwork b;
  String p;
  ProcessInstance visitInA;
  ProcessInstance visitInB;
  ProcessInstance ownVisitInB;
  String coordinatorTaskInA;
  String coordinatorTaskInB;

  @BeforeAll
  void pCoordinatesAAndIsADocumentalisteOfB() {
    clockAt(LocalDate.of(2026, 11, 16), 9);
    a = networks.create(3);
    b = networks.create(3);
    p = a.coordinator();
    networks.addToNetwork(p, b, 0, MemberRole.DOCUMENTALISTE);
    visitInA = startVisit(a, a.documentalistes().get(0), a.documentalistes().get(1));
    visitInB = startVisit(b, b.documentalistes().get(0), b.documentalistes().get(1));
    ownVisitInB = startVisit(b, p, b.documentalistes().get(1));
    coordinatorTaskInA = groupTask(a, MemberRole.COORDINATOR.groupId());
    coordinatorTaskInB = groupTask(b, MemberRole.COORDINATOR.groupId());
  }

  /** A task of the network offered to a global role group, as a BPMN's candidate group does. */
  String groupTask(TestNetwork network, String groupId) {
    Task task = taskService.newTask();
    task.setName("Tâche de la coordination");
    task.setTenantId(network.id());
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), groupId);
    return task.getId();
  }

  @Test
  void pIsInTheRoleGroupOfEachNetworkAndNotInTheGlobalOnes() {
    assertThat(identityService.createGroupQuery().groupMember(p).list())
        .extracting(Group::getId)
        .containsExactlyInAnyOrder("coordinators@" + a.id(), "documentalistes@" + b.id());
    // A's other coordinator rights are untouched: a single-role person stays in the global group.
    assertThat(identityService.createGroupQuery().groupMember(a.documentalistes().get(0)).list())
        .extracting(Group::getId)
        .containsExactly(AccessPolicy.DOCUMENTALISTES);
  }

  @Test
  void inAPSeesWhatACoordinatorSeesAndInBWhatADocumentalisteSees() {
    // Candidate group « coordinators » of a task of A brings A's coordinators group; of B, nothing.
    assertThat(candidateGroups(coordinatorTaskInA))
        .containsExactlyInAnyOrder("coordinators", "coordinators@" + a.id());
    assertThat(candidateGroups(coordinatorTaskInB)).containsExactly("coordinators");

    List<String> visible = ids(json(call(p, HttpMethod.GET, "/engine-rest/task?maxResults=500")));
    List<String> tasksOfVisitInA = taskIds(visitInA);
    List<String> tasksOfVisitInB = taskIds(visitInB);
    List<String> ownTasksInB = taskIds(ownVisitInB);
    assertThat(tasksOfVisitInA).isNotEmpty();
    assertThat(visible)
        .contains(coordinatorTaskInA)
        .containsAll(tasksOfVisitInA)
        .doesNotContain(coordinatorTaskInB)
        .doesNotContainAnyElementsOf(tasksOfVisitInB);
    // Their own task in B, through their B documentaliste's candidacy / assignment.
    assertThat(visible).containsAnyElementsOf(ownTasksInB);

    // Tasklist, with a session: the same.
    WebappSession tasklist = WebappSession.login(port, "tasklist", p, TestNetworks.PASSWORD);
    assertThat(tasklist.loginStatus()).isEqualTo(200);
    List<String> inTasklist =
        ids(parse(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=500").body()));
    assertThat(inTasklist)
        .contains(coordinatorTaskInA)
        .doesNotContain(coordinatorTaskInB)
        .doesNotContainAnyElementsOf(tasksOfVisitInB);

    // « Tâches de mon groupe »: A's coordinator task, not B's.
    String groupFilter =
        filterService.createFilterQuery().filterName("Tâches de mon groupe").singleResult().getId();
    List<String> myGroups =
        ids(json(call(p, HttpMethod.GET, "/engine-rest/filter/" + groupFilter + "/list")));
    assertThat(myGroups).contains(coordinatorTaskInA).doesNotContain(coordinatorTaskInB);
    assertThat(status(p, "/engine-rest/task/" + coordinatorTaskInB))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            call(
                    p,
                    HttpMethod.POST,
                    "/engine-rest/task/" + coordinatorTaskInB + "/claim",
                    Map.of("userId", p))
                .getStatusCode()
                .is2xxSuccessful())
        .isFalse();

    // Cockpit-like instance queries: A's visit, not B's (P's own visit of B is not theirs to see).
    for (String path :
        List.of("/engine-rest/process-instance", "/engine-rest/process-instance?maxResults=500")) {
      assertThat(ids(json(call(p, HttpMethod.GET, path))))
          .contains(visitInA.getId())
          .doesNotContain(visitInB.getId(), ownVisitInB.getId());
    }
    WebappSession cockpit = WebappSession.login(port, "cockpit", p, TestNetworks.PASSWORD);
    assertThat(
            ids(parse(cockpit.get("/camunda/api/engine/engine/default/process-instance").body())))
        .contains(visitInA.getId())
        .doesNotContain(visitInB.getId());
    assertThat(status(p, "/engine-rest/process-instance/" + visitInB.getId()))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(p, "/engine-rest/process-instance/" + visitInA.getId()))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theApplicationsDoorsAskTheRoleOfThatNetwork() {
    assertThat(status(p, "/api/networks/" + a.id() + "/roster.csv")).isEqualTo(HttpStatus.OK);
    assertThat(status(p, "/api/networks/" + b.id() + "/roster.csv"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(p, "/api/networks/" + b.id() + "/practices")).isEqualTo(HttpStatus.OK);
    // « L'année en un coup d'œil », a coordinator's page.
    assertThat(status(p, "/bilan/" + a.id() + "/2026-2027")).isEqualTo(HttpStatus.OK);
    assertThat(status(p, "/bilan/" + b.id() + "/2026-2027")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(p, "/api/networks/" + b.id() + "/events/proposals"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Starting a campaign: a coordinator's right in A only.
    assertThat(
            call(
                    p,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + b.id() + "/start",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void tasksCreatedByATimerJobOfAAreVisibleToPAndThoseOfBAreNot() {
    // Two weeks later, the pre-visit documents not written, the reminders' timers create follow-up
    // tasks (as in territory.ZoneEscalationTest).
    clockAt(LocalDate.of(2026, 11, 16), 9);
    ProcessInstance laterA = startVisit(a, a.documentalistes().get(1), a.documentalistes().get(2));
    ProcessInstance laterB = startVisit(b, b.documentalistes().get(1), b.documentalistes().get(2));
    List<String> before = taskIds(laterA);
    clockAt(LocalDate.of(2026, 11, 30), 10);
    executeDueJobs(laterA);
    executeDueJobs(laterB);
    List<String> createdByJobsInA = new ArrayList<>(taskIds(laterA));
    createdByJobsInA.removeAll(before);
    assertThat(createdByJobsInA).as("tasks created by the timers of A").isNotEmpty();
    List<String> visible = ids(json(call(p, HttpMethod.GET, "/engine-rest/task?maxResults=500")));
    assertThat(visible).containsAll(createdByJobsInA).doesNotContainAnyElementsOf(taskIds(laterB));
  }

  List<String> candidateGroups(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .toList();
  }

  List<String> taskIds(ProcessInstance instance) {
    List<String> ids = new ArrayList<>();
    for (String id : instanceTree(instance.getId())) {
      taskService.createTaskQuery().processInstanceId(id).list().forEach(t -> ids.add(t.getId()));
    }
    return ids;
  }

  HttpStatus status(String user, String path) {
    return (HttpStatus) call(user, HttpMethod.GET, path).getStatusCode();
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path) {
    return call(user, method, path, null);
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return parse(response.getBody());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.path("id").asText()));
    return ids;
  }
}
