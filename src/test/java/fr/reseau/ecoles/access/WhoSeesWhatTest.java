package fr.reseau.ecoles.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionRepository;
import fr.reseau.ecoles.academic.ProductionStatus;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables;
import fr.reseau.ecoles.practice.PracticeInput;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.WebappSession;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Who sees what, door by door and role by role (the table of docs/access.md): the engine's REST
 * API, Tasklist's own REST calls with a webapp session, and the application's endpoints.
 *
 * <p>Network A runs two visits: V1 waits for the head of the visitor's school to sign the mission
 * order (both pre-visit documents written); V2 waits for the host to validate the recap. Network B
 * is another network of the same installation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECAP_TEXT =
      "Nous avons parlé du fonds documentaire et de la politique d'acquisition";
  private static final String HOST_PRE_VISIT_TEXT = "Un regard extérieur sur l'accueil des classes";

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired HistoryService historyService;
  @Autowired PrivateVariables privateVariables;
  @Autowired ProductionRepository productionRepository;
  @Autowired fr.reseau.ecoles.support.TestZones zones;
  @Autowired fr.reseau.ecoles.visit.VisitRepository visits;
  @LocalServerPort int port;

  TestNetwork a;
  TestNetwork b;
  ProcessInstance v1;
  ProcessInstance v2;
  ProcessInstance v3;
  String stalledTaskId;
  String v1Visitor;
  String v1Host;
  String v1Head;
  String v2Visitor;
  String v2Host;
  String otherDocumentaliste;
  String missionOrderTaskId;
  String validateRecapTaskId;

  @BeforeAll
  void twoVisitsInNetworkAAndAnotherNetwork() {
    clockAt(LocalDate.of(2026, 11, 16), 9);
    a = networks.create(7);
    b = networks.create(2);
    v1Visitor = a.documentalistes().get(0);
    v1Host = a.documentalistes().get(1);
    v1Head = a.principals().get(0);
    v2Visitor = a.documentalistes().get(2);
    v2Host = a.documentalistes().get(3);
    otherDocumentaliste = a.documentalistes().get(4);

    v1 = startVisit(v1Visitor, v1Host);
    // Through the doors the teachers use: their own tasks, with their own logins.
    submitForm(
        v1Visitor,
        task(v1, "Task_PreVisitVisitor").getId(),
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
                text("Voir comment un CDI de lycée accueille les classes"),
            CdiVisitVariables.VISITOR_WISHES_TO_SEE, text("Le portail documentaire")));
    submitForm(
        v1Host,
        task(v1, "Task_PreVisitHost").getId(),
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS, text(HOST_PRE_VISIT_TEXT),
            CdiVisitVariables.HOST_WISHES_TO_SHOW, text("Le coin presse"),
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION, text("Élèves de seconde à terminale")));
    executeDueJobs(v1);
    submitForm(
        v1Host,
        task(v1, "Task_ProposeVisitDate").getId(),
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            text("2026-11-26"),
            CdiVisitVariables.VISIT_HALF_DAY,
            text("morning")));
    submitForm(
        v1Visitor,
        task(v1, "Task_ConfirmVisitDate").getId(),
        Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, Map.of("value", true, "type", "Boolean")));
    missionOrderTaskId = task(v1, "Task_SignMissionOrder").getId();

    v2 = startVisit(v2Visitor, v2Host);
    complete(
        v2,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Découvrir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "L'espace"));
    complete(
        v2,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            HOST_PRE_VISIT_TEXT,
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le coin lecture",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Élèves de la 6e à la 3e"));
    complete(
        v2,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-11-26",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    complete(v2, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    complete(
        v2,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-2"));
    clockAt(LocalDate.of(2026, 11, 27), 9);
    executeDueJobs(v2);
    complete(v2, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    // The recap through /engine-rest "complete", which writes the variables to the process scope.
    ResponseEntity<String> recap =
        call(
            v2Visitor,
            HttpMethod.POST,
            "/engine-rest/task/" + task(v2, "Task_WriteRecap").getId() + "/complete",
            Map.of(
                "variables",
                Map.of(
                    CdiVisitVariables.RECAP_EXCHANGES, text(RECAP_TEXT),
                    CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, text("Signalétique"),
                    CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, text("Accueil des classes"),
                    CdiVisitVariables.RECAP_TRAINING_NEEDS,
                        Map.of("value", "[\"digital\"]", "type", "Json"))));
    assertThat(recap.getStatusCode()).as(recap.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    validateRecapTaskId = task(v2, "Task_ValidateRecap").getId();

    // V3: no date agreed three weeks before the end of the window: a task for the network's
    // coordinators.
    v3 = startVisit(a.documentalistes().get(5), a.documentalistes().get(6));
    complete(
        v3,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Découvrir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "L'espace"));
    complete(
        v3,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            HOST_PRE_VISIT_TEXT,
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le fonds",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Lycéens"));
    clockAt(LocalDate.of(2027, 3, 11), 9);
    executeDueJobs(v3);
    stalledTaskId = task(v3, "Task_ResolveStalledVisit").getId();
  }

  ProcessInstance startVisit(String visitor, String host) {
    ProcessInstance instance =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            a.id(),
            Map.of(
                CdiVisitVariables.VISITOR,
                visitor,
                CdiVisitVariables.HOST,
                host,
                CdiTourVariables.NETWORK_ID,
                a.id(),
                CdiTourVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiTourVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiTourVariables.VISIT_WINDOW_END,
                "2027-03-31"));
    executeDueJobs(instance);
    return instance;
  }

  // ---------------------------------------------------------------- anonymous callers

  @Test
  void anonymousCallersGet401EverywhereButTheHealthCheck() {
    for (String path :
        List.of(
            "/engine-rest/task",
            "/engine-rest/process-instance",
            "/engine-rest/process-definition",
            "/engine-rest/history/variable-instance",
            "/engine-rest/user",
            "/engine-rest/engine",
            "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv",
            "/api/networks/" + a.id() + "/co-training-requests")) {
      assertThat(call(null, HttpMethod.GET, path, null).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(
            call(
                    null,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + a.id() + "/start",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call("intrus", HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            call(v1Visitor, "mauvais", HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");

    WebappSession noLogin = WebappSession.login(port, "tasklist", v1Visitor, "mauvais");
    assertThat(noLogin.loginStatus()).isEqualTo(401);
    assertThat(noLogin.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- the two teachers of a visit

  @Test
  void theHostReadsTheRecapInTheirOwnTaskAndWorksOnlyTheirOwnTasks() {
    assertThat(ids(json(call(v2Host, HttpMethod.GET, "/engine-rest/task", null))))
        .containsExactly(validateRecapTaskId);
    JsonNode variables =
        json(
            call(
                v2Host,
                HttpMethod.GET,
                "/engine-rest/task/" + validateRecapTaskId + "/form-variables",
                null));
    assertThat(variables.path(CdiVisitVariables.RECAP_EXCHANGES).path("value").asText())
        .isEqualTo(RECAP_TEXT);
    assertThat(variables.path(CdiVisitVariables.HOST_EXPECTATIONS).path("value").asText())
        .isEqualTo(HOST_PRE_VISIT_TEXT);
    assertThat(
            call(
                    v2Host,
                    HttpMethod.GET,
                    "/engine-rest/task/" + validateRecapTaskId + "/deployed-form",
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // The process itself holds none of it: the content is a variable of the host's task only.
    assertThat(runtimeService.getVariables(v2.getId()).keySet())
        .doesNotContainAnyElementsOf(privateVariables.names());

    // Not someone else's task, nor a start of their own.
    assertThat(
            call(v2Host, HttpMethod.GET, "/engine-rest/task/" + missionOrderTaskId, null)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            call(
                    v2Host,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + a.id() + "/start",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    v2Host,
                    HttpMethod.GET,
                    "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv",
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void inTasklistADocumentalisteSeesOnlyTheirOwnWork() {
    WebappSession host = WebappSession.login(port, "tasklist", v2Host, TestNetworks.PASSWORD);
    assertThat(host.loginStatus()).isEqualTo(200);
    assertThat(ids(json(host.get("/camunda/api/engine/engine/default/task"))))
        .containsExactly(validateRecapTaskId);
    JsonNode variables =
        json(
            host.get(
                "/camunda/api/engine/engine/default/task/"
                    + validateRecapTaskId
                    + "/form-variables"));
    assertThat(variables.path(CdiVisitVariables.RECAP_EXCHANGES).path("value").asText())
        .isEqualTo(RECAP_TEXT);
    assertThat(
            host.get(
                    "/camunda/api/engine/engine/default/task/"
                        + validateRecapTaskId
                        + "/deployed-form")
                .statusCode())
        .isEqualTo(200);

    WebappSession other =
        WebappSession.login(port, "tasklist", otherDocumentaliste, TestNetworks.PASSWORD);
    assertThat(other.loginStatus()).isEqualTo(200);
    assertThat(json(other.get("/camunda/api/engine/engine/default/task"))).isEmpty();
    assertThat(
            other
                .get(
                    "/camunda/api/engine/engine/default/task/"
                        + validateRecapTaskId
                        + "/form-variables")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            other
                .get(
                    "/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn="
                        + v2.getId())
                .body())
        .isEqualTo("[]");
    // Documentalistes have no Cockpit nor Admin.
    assertThat(
            WebappSession.login(port, "cockpit", otherDocumentaliste, TestNetworks.PASSWORD)
                .loginStatus())
        .isEqualTo(403);
    assertThat(
            WebappSession.login(port, "admin", otherDocumentaliste, TestNetworks.PASSWORD)
                .loginStatus())
        .isEqualTo(403);
  }

  @Test
  void aTeacherCannotRewriteTheirTaskOutsideItsFormNorHandItToSomeoneElse() {
    String task = "/engine-rest/task/" + validateRecapTaskId;
    Map<String, Object> forged = Map.of("value", v2Host, "type", "String");
    assertThat(
            call(v2Host, HttpMethod.PUT, task + "/variables/visitorPrincipal", forged)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    v2Host,
                    HttpMethod.POST,
                    task + "/variables",
                    Map.of(
                        "modifications",
                        Map.of(CdiTourVariables.VISIT_ID, Map.of("value", 1, "type", "Long"))))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(v2Host, HttpMethod.PUT, task + "/localVariables/host", forged).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(v2Host, HttpMethod.POST, task + "/bpmnError", Map.of("errorCode", "E1"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(v2Host, HttpMethod.POST, task + "/bpmnEscalation", Map.of("escalationCode", "E1"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    v2Host,
                    HttpMethod.POST,
                    task + "/identity-links",
                    Map.of("groupId", CdiTourVariables.DOCUMENTALISTES, "type", "candidate"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(v2Host, HttpMethod.POST, task + "/assignee", Map.of("userId", otherDocumentaliste))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            taskService.createTaskQuery().taskId(validateRecapTaskId).singleResult().getAssignee())
        .isEqualTo(v2Host);
    assertThat(runtimeService.getVariable(v2.getId(), CdiVisitVariables.HOST)).isEqualTo(v2Host);
    assertThat(taskService.getIdentityLinksForTask(validateRecapTaskId))
        .noneMatch(l -> CdiTourVariables.DOCUMENTALISTES.equals(l.getGroupId()));
  }

  @Test
  void nobodyButAdministratorsSearchesByThePrivateAnswers() {
    String coordinator = a.coordinator();
    for (String path :
        List.of(
            "/engine-rest/task?taskVariables=recapExchanges_like_%25fonds%25",
            "/engine-rest/task/count?processVariables=hostExpectations_like_%25",
            "/engine-rest/process-instance?variables=recapExchanges_like_%25",
            "/engine-rest/execution?variables=recapExchanges_like_%25")) {
      assertThat(call(coordinator, HttpMethod.GET, path, null).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(
            call(
                    coordinator,
                    HttpMethod.POST,
                    "/engine-rest/task",
                    Map.of(
                        "orQueries",
                        List.of(
                            Map.of(
                                "taskVariables",
                                List.of(
                                    Map.of(
                                        "name",
                                        CdiVisitVariables.RECAP_EXCHANGES,
                                        "operator",
                                        "like",
                                        "value",
                                        "%"))))))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Filters on the flow's own variables still work.
    assertThat(
            ids(
                json(
                    call(
                        coordinator,
                        HttpMethod.GET,
                        "/engine-rest/task?processVariables=host_eq_" + v2Host,
                        null))))
        .containsExactly(validateRecapTaskId);

    WebappSession cockpit =
        WebappSession.login(port, "cockpit", coordinator, TestNetworks.PASSWORD);
    String definitionId =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(v2.getId())
            .singleResult()
            .getProcessDefinitionId();
    var r1 =
        cockpit.postJson(
            "/camunda/api/cockpit/plugin/base/default/process-instance",
            "{\"processDefinitionId\": \""
                + definitionId
                + "\", \"variables\": [{\"name\": \"recapExchanges\", "
                + "\"operator\": \"like\", \"value\": \"%\"}]}");
    assertThat(r1.statusCode()).as(r1.body()).isEqualTo(403);
    assertThat(r1.body()).contains("documents privés");
    assertThat(
            cockpit
                .postJson(
                    "/camunda/api/cockpit/plugin/base/default/process-instance",
                    "{\"processDefinitionId\": \"" + definitionId + "\"}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void membersReadTheirOwnAccountButCannotRenameOrDeleteIt() {
    assertThat(
            call(
                    otherDocumentaliste,
                    HttpMethod.GET,
                    "/engine-rest/user/" + otherDocumentaliste + "/profile",
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            call(
                    otherDocumentaliste,
                    HttpMethod.PUT,
                    "/engine-rest/user/" + otherDocumentaliste + "/profile",
                    Map.of(
                        "id",
                        otherDocumentaliste,
                        "firstName",
                        "Coordination",
                        "lastName",
                        "Réseau"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    otherDocumentaliste,
                    HttpMethod.DELETE,
                    "/engine-rest/user/" + otherDocumentaliste,
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ---------------------------------------------------------------- another documentaliste of the
  // network

  @Test
  void anotherDocumentalisteReadsNothingOfTheVisitThroughAnyDoor() {
    String user = otherDocumentaliste;
    assertThat(json(call(user, HttpMethod.GET, "/engine-rest/task", null))).isEmpty();
    assertThat(status(user, "/engine-rest/task/" + validateRecapTaskId))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(user, "/engine-rest/task/" + validateRecapTaskId + "/form-variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(user, "/engine-rest/task/" + validateRecapTaskId + "/variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(user, "/engine-rest/process-instance/" + v2.getId() + "/variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json(call(user, HttpMethod.GET, "/engine-rest/process-instance", null))).isEmpty();
    assertNoPrivateVariableVisibleTo(user);
    assertThat(
            call(
                    user,
                    HttpMethod.POST,
                    "/engine-rest/task/" + validateRecapTaskId + "/complete",
                    Map.of(
                        "variables",
                        Map.of(
                            CdiVisitVariables.RECAP_VALIDATED,
                            Map.of("value", true, "type", "Boolean"))))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(validateRecapTaskId).count()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- head of school

  @Test
  void theHeadSeesOnlyTheMissionOrderOfTheirTeacherAndNoneOfThePreVisitAnswers() {
    assertThat(ids(json(call(v1Head, HttpMethod.GET, "/engine-rest/task", null))))
        .containsExactly(missionOrderTaskId);
    JsonNode variables =
        json(
            call(
                v1Head,
                HttpMethod.GET,
                "/engine-rest/task/" + missionOrderTaskId + "/form-variables",
                null));
    assertThat(variables.path(CdiVisitVariables.VISIT_DATE).path("value").asText())
        .isEqualTo("2026-11-26");
    assertThat(fieldNames(variables)).doesNotContainAnyElementsOf(privateVariables.names());
    assertThat(status(v1Head, "/engine-rest/process-instance/" + v1.getId() + "/variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertNoPrivateVariableVisibleTo(v1Head);
    // The head of another school of the same network sees nothing.
    assertThat(json(call(a.principals().get(2), HttpMethod.GET, "/engine-rest/task", null)))
        .isEmpty();

    WebappSession head = WebappSession.login(port, "tasklist", v1Head, TestNetworks.PASSWORD);
    assertThat(ids(json(head.get("/camunda/api/engine/engine/default/task"))))
        .containsExactly(missionOrderTaskId);
    assertThat(
            fieldNames(
                json(
                    head.get(
                        "/camunda/api/engine/engine/default/task/"
                            + missionOrderTaskId
                            + "/form-variables"))))
        .doesNotContainAnyElementsOf(privateVariables.names());
  }

  // ---------------------------------------------------------------- coordinators

  @Test
  void theCoordinatorFollowsTheVisitsOfTheirNetworkButReadsNoneOfTheirContent() {
    String coordinator = a.coordinator();
    assertThat(
            ids(
                json(
                    call(
                        coordinator,
                        HttpMethod.GET,
                        "/engine-rest/process-instance?processDefinitionKey=cdi-visit",
                        null))))
        .contains(v1.getId(), v2.getId());
    assertThat(
            ids(
                json(
                    call(
                        coordinator,
                        HttpMethod.GET,
                        "/engine-rest/task?processInstanceId=" + v2.getId(),
                        null))))
        .containsExactly(validateRecapTaskId);
    assertThat(
            json(
                call(
                    coordinator,
                    HttpMethod.GET,
                    "/engine-rest/history/process-instance?processInstanceId=" + v2.getId(),
                    null)))
        .hasSize(1);
    assertThat(status(coordinator, "/engine-rest/task/" + validateRecapTaskId + "/form-variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(coordinator, "/engine-rest/process-instance/" + v2.getId() + "/variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertNoPrivateVariableVisibleTo(coordinator);
    assertThat(
            call(
                    coordinator,
                    HttpMethod.GET,
                    "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv",
                    null)
                .getStatusCode())
        .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);

    WebappSession cockpit =
        WebappSession.login(port, "cockpit", coordinator, TestNetworks.PASSWORD);
    assertThat(cockpit.loginStatus()).isEqualTo(200);
    assertThat(
            ids(
                json(
                    cockpit.get(
                        "/camunda/api/engine/engine/default/process-instance?processDefinitionKey=cdi-visit"))))
        .contains(v1.getId(), v2.getId());
    assertThat(
            cockpit
                .get(
                    "/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn="
                        + v2.getId())
                .body())
        .isEqualTo("[]");
    assertThat(WebappSession.login(port, "admin", coordinator, TestNetworks.PASSWORD).loginStatus())
        .isEqualTo(403);
  }

  @Test
  void theCoordinatorClaimsAndWorksTheNetworksGroupTaskWhichNobodyElseCan() {
    String claim = "/engine-rest/task/" + stalledTaskId + "/claim";
    assertThat(
            call(otherDocumentaliste, HttpMethod.POST, claim, Map.of("userId", otherDocumentaliste))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(v1Head, HttpMethod.POST, claim, Map.of("userId", v1Head)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Another network's coordinator: as if the task did not exist (Camunda itself would answer
    // 500).
    assertThat(
            call(b.coordinator(), HttpMethod.POST, claim, Map.of("userId", b.coordinator()))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String coordinator = a.coordinator();
    assertThat(
            ids(
                json(
                    call(
                        coordinator,
                        HttpMethod.GET,
                        "/engine-rest/task?candidateGroup=coordinators",
                        null))))
        .contains(stalledTaskId);
    JsonNode variables =
        json(
            call(
                coordinator,
                HttpMethod.GET,
                "/engine-rest/task/" + stalledTaskId + "/form-variables",
                null));
    assertThat(variables.path(CdiVisitVariables.HOST_NAME).path("value").asText()).isNotBlank();
    assertThat(fieldNames(variables)).doesNotContainAnyElementsOf(privateVariables.names());
    assertThat(
            call(coordinator, HttpMethod.POST, claim, Map.of("userId", coordinator))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> cancelled =
        call(
            coordinator,
            HttpMethod.POST,
            "/engine-rest/task/" + stalledTaskId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    CdiVisitVariables.STALLED_DECISION,
                    text("cancel"),
                    CdiVisitVariables.STALLED_COMMENT,
                    text("Pas de date possible"))));
    assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    executeDueJobs(v3);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(v3.getId()).count())
        .isZero();
  }

  @Test
  void aCoordinatorOfAnotherNetworkSeesNothingOfThisOne() {
    String stranger = b.coordinator();
    assertThat(ids(json(call(stranger, HttpMethod.GET, "/engine-rest/process-instance", null))))
        .doesNotContain(v1.getId(), v2.getId());
    assertThat(status(stranger, "/engine-rest/process-instance/" + v2.getId()))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(stranger, "/engine-rest/task/" + validateRecapTaskId))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            json(
                call(
                    stranger,
                    HttpMethod.GET,
                    "/engine-rest/task?processInstanceId=" + v2.getId(),
                    null)))
        .isEmpty();
    assertThat(
            json(
                call(
                    stranger,
                    HttpMethod.GET,
                    "/engine-rest/history/process-instance?processInstanceId=" + v2.getId(),
                    null)))
        .isEmpty();
    JsonNode definitions =
        json(call(stranger, HttpMethod.GET, "/engine-rest/process-definition", null));
    assertThat(
            StreamSupport.stream(definitions.spliterator(), false)
                .map(d -> d.path("tenantId").asText()))
        .isNotEmpty()
        .containsOnly(b.id());
    assertThat(
            call(
                    stranger,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + a.id() + "/start",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            call(
                    stranger,
                    HttpMethod.GET,
                    "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv",
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertNoPrivateVariableVisibleTo(stranger);

    WebappSession cockpit = WebappSession.login(port, "cockpit", stranger, TestNetworks.PASSWORD);
    assertThat(ids(json(cockpit.get("/camunda/api/engine/engine/default/process-instance"))))
        .doesNotContain(v1.getId(), v2.getId());
    assertThat(json(cockpit.get("/camunda/api/engine/engine/default/user")))
        .allSatisfy(u -> assertThat(u.path("id").asText()).isNotIn(a.documentalistes()));
  }

  // ---------------------------------------------------------------- school calendar, migrations

  @Test
  void onlyAdministratorsImportTheCalendarOrMigrateRunningInstances() {
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.parseMediaType("text/csv"));
    String file = "Description;Date de début;Date de fin;Zones\n";
    Map<String, Object> dryRun = Map.of("processKey", "cdi-visit", "tenantId", a.id());
    for (String user : List.of(v1Visitor, v1Head, a.coordinator(), b.coordinator())) {
      assertThat(
              rest.withBasicAuth(user, TestNetworks.PASSWORD)
                  .postForEntity(
                      "/api/calendar/holidays", new HttpEntity<>(file, csv), String.class)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(user, HttpMethod.POST, "/api/admin/migrations", dryRun).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(null, HttpMethod.POST, "/api/admin/migrations", dryRun).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> admin =
        call("admin", "demo", HttpMethod.POST, "/api/admin/migrations", dryRun);
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.OK);
    // One version deployed for the network: nothing to migrate, nothing changed.
    assertThat(parse(admin.getBody()).path("steps")).isEmpty();
    assertThat(
            call(
                    "admin",
                    "demo",
                    HttpMethod.POST,
                    "/api/admin/migrations",
                    Map.of("processKey", "inconnu"))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  // ---------------------------------------------------------------- network events

  @Test
  void networkEventsAreReadByTheNetworksMembersAndProposalsByItsCoordinators() {
    String events = "/api/networks/" + a.id() + "/events";
    assertThat(call(null, HttpMethod.GET, events, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(otherDocumentaliste, events)).isEqualTo(HttpStatus.OK);
    assertThat(status(v1Head, events)).isEqualTo(HttpStatus.OK);
    assertThat(status(a.coordinator(), events)).isEqualTo(HttpStatus.OK);
    assertThat(status(b.coordinator(), events)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(otherDocumentaliste, events + "/proposals")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(a.coordinator(), events + "/proposals")).isEqualTo(HttpStatus.OK);
    assertThat(status(b.coordinator(), events + "/proposals")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    b.coordinator(),
                    HttpMethod.POST,
                    "/api/networks/" + a.id() + "/training-needs",
                    Map.of(fr.reseau.ecoles.event.NetworkEventVariables.THEME, "digital"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(
                    b.coordinator(),
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/network-event/tenant-id/"
                        + a.id()
                        + "/start",
                    Map.of())
                .getStatusCode())
        .as("another network's coordinator cannot publish an event here")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            call(
                    otherDocumentaliste,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/network-event/tenant-id/"
                        + a.id()
                        + "/start",
                    Map.of())
                .getStatusCode())
        .as("a documentaliste cannot publish an event")
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The training page: members send needs, only the network's coordinators create the event.
    String trainingPage = "/evenements/" + a.id() + "/formations";
    assertThat(call(null, HttpMethod.GET, trainingPage, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(otherDocumentaliste, trainingPage)).isEqualTo(HttpStatus.OK);
    assertThat(status(v1Head, trainingPage)).isEqualTo(HttpStatus.OK);
    assertThat(status(a.coordinator(), trainingPage)).isEqualTo(HttpStatus.OK);
    assertThat(status(b.coordinator(), trainingPage)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(otherDocumentaliste, HttpMethod.POST, trainingPage, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(b.coordinator(), HttpMethod.POST, trainingPage, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(b.coordinator(), HttpMethod.POST, "/evenements/" + a.id() + "/besoin", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ---------------------------------------------------------------- indicators (issue 19)

  @Test
  void theIndicatorsOfANetworkAreReadByItsMembersOnly() {
    String indicators = "/api/networks/" + a.id() + "/indicators?year=2026-2027";
    assertThat(call(null, HttpMethod.GET, indicators, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(otherDocumentaliste, indicators)).isEqualTo(HttpStatus.OK);
    assertThat(status(v1Head, indicators)).isEqualTo(HttpStatus.OK);
    assertThat(status(a.coordinator(), indicators)).isEqualTo(HttpStatus.OK);
    assertThat(status(b.coordinator(), indicators)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(b.documentalistes().get(0), indicators)).isEqualTo(HttpStatus.FORBIDDEN);
    // Counts only: nobody's user id in the answer.
    String body = call(a.coordinator(), HttpMethod.GET, indicators, null).getBody();
    for (String person : a.documentalistes()) {
      assertThat(body).doesNotContain(person);
    }
  }

  // ---------------------------------------------------------------- co-training requests

  @Test
  void coTrainingRequestsAreReadByTheirPeopleAndTheCoordinatorsOfTheirNetworkOnly() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    String requester = networks.addColleague(a, 4);
    String head = a.principals().get(4);
    String path = "/api/networks/" + a.id() + "/co-training-requests";
    // Started through the start form's door, as Tasklist does: the requester is the caller.
    ResponseEntity<String> started =
        call(
            requester,
            HttpMethod.POST,
            "/engine-rest/process-definition/key/co-training-request/tenant-id/"
                + a.id()
                + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    CoTrainingRequestVariables.TITLE, text("Atelier de test des accès"),
                    CoTrainingRequestVariables.THEME, text("digital"),
                    CoTrainingRequestVariables.MOTIVATION, text("Un projet motivé"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance request =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(parse(started.getBody()).path("id").asText())
            .singleResult();
    Map<String, Object> description =
        new java.util.HashMap<>(
            Map.of(
                CoTrainingRequestVariables.PARTICIPANTS,
                fr.reseau.ecoles.forminput.JsonVariables.of(List.of(a.documentalistes().get(5))),
                CoTrainingRequestVariables.WISHED_DATE_1,
                "2027-01-20",
                CoTrainingRequestVariables.WISHED_DATE_2,
                "2027-01-27",
                CoTrainingRequestVariables.SLOT,
                "15h-18h",
                CoTrainingRequestVariables.EXPERT,
                "canope",
                CoTrainingRequestVariables.MOTIVATION,
                "Un projet motivé"));
    complete(request, "Task_DescribeProject", description);

    for (String reader : List.of(a.coordinator(), requester, head, a.documentalistes().get(5))) {
      ResponseEntity<String> list = call(reader, HttpMethod.GET, path, null);
      assertThat(list.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody()).as(reader).contains("Atelier de test des accès");
    }
    // Another member of the network: none of theirs.
    ResponseEntity<String> none = call(otherDocumentaliste, HttpMethod.GET, path, null);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(none.getBody()).doesNotContain("Atelier de test des accès");
    assertThat(status(b.coordinator(), path)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(b.documentalistes().get(0), path)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(null, path)).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> badStatus =
        call(a.coordinator(), HttpMethod.GET, path + "?status=X", null);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(parse(badStatus.getBody()).path("field").asText()).isEqualTo("status");
    // Another network's member cannot start one here; a coordinator cannot ask for one.
    assertThat(
            call(
                    b.documentalistes().get(0),
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/co-training-request/tenant-id/"
                        + a.id()
                        + "/submit-form",
                    Map.of("variables", Map.of()))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            call(
                    a.coordinator(),
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/co-training-request/tenant-id/"
                        + a.id()
                        + "/submit-form",
                    Map.of("variables", Map.of()))
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
  }

  // ---------------------------------------------------------------- map of practices

  @Test
  void theMapOfPracticesIsForTheNetworksMembersOnly() {
    String api = "/api/networks/" + a.id() + "/practices";
    ResponseEntity<String> created =
        call(
            v2Host,
            HttpMethod.POST,
            api,
            Map.of(
                PracticeInput.TITLE,
                "Pratique de test",
                "description",
                "Texte",
                "themes",
                List.of("digital")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = parse(created.getBody()).path("id").asText();
    for (String member : List.of(v1Visitor, v1Head, a.coordinator())) {
      assertThat(json(call(member, HttpMethod.GET, api, null)).toString())
          .as(member)
          .contains("Pratique de test");
      assertThat(status(member, "/carte/" + a.id())).as(member).isEqualTo(HttpStatus.OK);
    }
    // Only its author and the coordinators change it; another network sees nothing of it.
    Map<String, Object> changed =
        Map.of(
            PracticeInput.TITLE, "Changée", "description", "Texte", "themes", List.of("digital"));
    assertThat(call(v1Visitor, HttpMethod.PUT, api + "/" + id, changed).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(v1Head, HttpMethod.DELETE, api + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            call(v1Visitor, HttpMethod.PUT, api + "/" + id + "/moderation", Map.of("hidden", true))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    for (String stranger : List.of(b.coordinator(), b.documentalistes().get(0))) {
      assertThat(status(stranger, api)).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(stranger, api + "/" + id)).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(stranger, HttpMethod.PUT, api + "/" + id, changed).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(stranger, "/carte/" + a.id())).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(null, HttpMethod.GET, api, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(null, HttpMethod.GET, "/carte/" + a.id(), null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(a.coordinator(), HttpMethod.DELETE, api + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // ---------------------------------------------------------------- the public showcase

  @Test
  void theShowcaseAndOaiArePublicAndShowPublishedProductionsOnly() {
    Instant at = Instant.parse("2027-03-15T09:30:00Z");
    Production published =
        new Production("groupe-secret-42", "Qui-voit-quoi", "Scénario publié", at);
    published.attachProcess("instance-privee-42");
    published.linkSource("/bilan/" + a.id() + "/2026-2027");
    published.moveTo(ProductionStatus.PUBLISHED, at);
    published = productionRepository.save(published);
    Production draft =
        productionRepository.save(
            new Production("groupe-secret-42", "Qui-voit-quoi", "Brouillon du groupe", at));

    // No login needed, and a login changes nothing.
    for (String user : java.util.Arrays.asList(null, v1Visitor, a.coordinator())) {
      ResponseEntity<String> list =
          call(user, HttpMethod.GET, "/vitrine?academie=Qui-voit-quoi", null);
      assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody())
          .contains("Scénario publié")
          .doesNotContain(
              "Brouillon du groupe", "groupe-secret-42", "instance-privee-42", "/bilan/");
      assertThat(status(user, "/vitrine/" + published.getId())).isEqualTo(HttpStatus.OK);
      assertThat(status(user, "/vitrine/" + published.getId() + "/scolomfr.xml"))
          .isEqualTo(HttpStatus.OK);
      assertThat(status(user, "/vitrine/" + draft.getId()))
          .as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(status(user, "/vitrine/" + draft.getId() + "/scolomfr.xml"))
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    String page = call(null, HttpMethod.GET, "/vitrine/" + published.getId(), null).getBody();
    assertThat(page).doesNotContain("groupe-secret-42", "instance-privee-42", "/bilan/");
    String record =
        call(null, HttpMethod.GET, "/vitrine/" + published.getId() + "/scolomfr.xml", null)
            .getBody();
    assertThat(record).doesNotContain("groupe-secret-42", "instance-privee-42", "/bilan/");

    String oai =
        call(
                null,
                HttpMethod.GET,
                "/oai?verb=ListRecords&metadataPrefix=oai_dc&set=qui-voit-quoi",
                null)
            .getBody();
    assertThat(oai)
        .contains("Scénario publié")
        .doesNotContain("Brouillon du groupe", "groupe-secret-42");
    assertThat(
            call(
                    null,
                    HttpMethod.GET,
                    "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Avitrine.reseau-ecoles.fr%3Aproduction%2F"
                        + draft.getId(),
                    null)
                .getBody())
        .contains("code=\"idDoesNotExist\"")
        .doesNotContain("Brouillon du groupe");
    // The showcase is read-only, and it opened nothing else: the rest still asks for a login.
    assertThat(call(null, HttpMethod.DELETE, "/vitrine/" + published.getId(), null).getStatusCode())
        .isIn(HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_FOUND);
    for (String path :
        List.of(
            "/carte/" + a.id(), "/api/networks/" + a.id() + "/practices", "/engine-rest/task")) {
      assertThat(status(null, path)).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  // ---------------------------------------------------------------- a person of two networks

  @Test
  void aPersonOfTwoNetworksSeesTheTasksOfBothAndNeitherNetworkSeesTheOthers() {
    TestNetwork c = networks.create(2);
    TestNetwork d = networks.create(2);
    String both = c.documentalistes().get(0);
    String schoolInD = networks.addToNetwork(both, d, 0);
    ProcessInstance inC = startVisitIn(c, both, c.documentalistes().get(1));
    ProcessInstance inD = startVisitIn(d, both, d.documentalistes().get(1));
    String taskInC = task(inC, "Task_PreVisitVisitor").getId();
    String taskInD = task(inD, "Task_PreVisitVisitor").getId();

    // Through the engine's REST door and Tasklist: their tasks of both networks.
    assertThat(ids(json(call(both, HttpMethod.GET, "/engine-rest/task", null))))
        .containsExactlyInAnyOrder(taskInC, taskInD);
    WebappSession tasklist = WebappSession.login(port, "tasklist", both, TestNetworks.PASSWORD);
    assertThat(tasklist.loginStatus()).isEqualTo(200);
    assertThat(ids(json(tasklist.get("/camunda/api/engine/engine/default/task"))))
        .containsExactlyInAnyOrder(taskInC, taskInD);
    assertThat(status(both, "/engine-rest/task/" + taskInD + "/form-variables"))
        .isEqualTo(HttpStatus.OK);
    // In D, the visit is from the school they work in for D.
    assertThat(
            visits
                .findByNetworkIdAndSchoolYearAndVisitorUserIdAndHostUserId(
                    d.id(), "2026-2027", both, d.documentalistes().get(1))
                .orElseThrow()
                .getVisitorEstablishmentCode())
        .isEqualTo(schoolInD);
    // Both networks' pages and endpoints; a third network's: no.
    for (TestNetwork network : List.of(c, d)) {
      assertThat(status(both, "/api/networks/" + network.id() + "/practices"))
          .as(network.id())
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(status(both, "/api/networks/" + a.id() + "/practices"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(both, "/engine-rest/task/" + validateRecapTaskId))
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Neither network sees the other's, whatever the shared person: coordinators, the other
    // documentalistes, through every door.
    for (TestNetwork[] pair : List.of(new TestNetwork[] {c, d}, new TestNetwork[] {d, c})) {
      TestNetwork own = pair[0];
      TestNetwork other = pair[1];
      ProcessInstance otherVisit = other == c ? inC : inD;
      String otherTask = other == c ? taskInC : taskInD;
      for (String stranger : List.of(own.coordinator(), own.documentalistes().get(1))) {
        assertThat(ids(json(call(stranger, HttpMethod.GET, "/engine-rest/task", null))))
            .as(stranger)
            .doesNotContain(otherTask);
        assertThat(status(stranger, "/engine-rest/task/" + otherTask))
            .as(stranger)
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(stranger, "/engine-rest/process-instance/" + otherVisit.getId()))
            .as(stranger)
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(
                json(
                    call(
                        stranger,
                        HttpMethod.GET,
                        "/engine-rest/history/process-instance?processInstanceId="
                            + otherVisit.getId(),
                        null)))
            .as(stranger)
            .isEmpty();
        assertThat(status(stranger, "/api/networks/" + other.id() + "/practices"))
            .as(stranger)
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(stranger, "/carte/" + other.id()))
            .as(stranger)
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(
                call(
                        stranger,
                        HttpMethod.GET,
                        "/api/networks/" + other.id() + "/campaigns/2026-2027/summary.csv",
                        null)
                    .getStatusCode())
            .as(stranger)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
      JsonNode definitions =
          json(call(own.coordinator(), HttpMethod.GET, "/engine-rest/process-definition", null));
      assertThat(
              StreamSupport.stream(definitions.spliterator(), false)
                  .map(def -> def.path("tenantId").asText()))
          .containsOnly(own.id());
      WebappSession cockpit =
          WebappSession.login(port, "cockpit", own.coordinator(), TestNetworks.PASSWORD);
      assertThat(ids(json(cockpit.get("/camunda/api/engine/engine/default/process-instance"))))
          .contains((own == c ? inC : inD).getId())
          .doesNotContain(otherVisit.getId());
    }
    // Being in D gives them no coordinator's right in either network.
    assertThat(
            call(
                    both,
                    HttpMethod.POST,
                    "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + d.id() + "/start",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  ProcessInstance startVisitIn(TestNetwork network, String visitor, String host) {
    ProcessInstance instance =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiVisitVariables.VISITOR,
                visitor,
                CdiVisitVariables.HOST,
                host,
                CdiTourVariables.NETWORK_ID,
                network.id(),
                CdiTourVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiTourVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiTourVariables.VISIT_WINDOW_END,
                "2027-05-28"));
    executeDueJobs(instance);
    return instance;
  }

  // ---------------------------------------------------------------- history and administrators

  @Test
  void noPrivateAnswerReachesTheEngineHistory() {
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .variableNameIn(privateVariables.names().toArray(String[]::new))
                .count())
        .isZero();
    List<String> detailNames = new ArrayList<>();
    for (HistoricDetail detail :
        historyService.createHistoricDetailQuery().processInstanceId(v1.getId()).list()) {
      detailNames.add(
          detail instanceof HistoricVariableUpdate update
              ? update.getVariableName()
              : ((HistoricFormField) detail).getFieldId());
    }
    for (HistoricDetail detail :
        historyService.createHistoricDetailQuery().processInstanceId(v2.getId()).list()) {
      detailNames.add(
          detail instanceof HistoricVariableUpdate update
              ? update.getVariableName()
              : ((HistoricFormField) detail).getFieldId());
    }
    assertThat(detailNames)
        .contains(CdiVisitVariables.VISIT_DATE)
        .doesNotContainAnyElementsOf(privateVariables.names());
  }

  /**
   * Administrators see every network. Camunda lets {@code camunda-admin} past every authorization,
   * so while a teacher's task is open an administrator could read its task variables (as they could
   * read the database): docs/access.md says so. Nothing is left for them once the task is done: the
   * process and the history never hold the answers.
   */
  @Test
  void administratorsSeeAllNetworksAndNoPrivateAnswerOutsideOpenTeacherTasks() {
    assertThat(
            ids(json(call("admin", "demo", HttpMethod.GET, "/engine-rest/process-instance", null))))
        .contains(v1.getId(), v2.getId());
    assertThat(WebappSession.login(port, "admin", "admin", "demo").loginStatus()).isEqualTo(200);
    assertNoPrivateVariableVisibleTo("admin", "demo", v1.getId());
    assertThat(
            json(
                call(
                    "admin",
                    "demo",
                    HttpMethod.GET,
                    "/engine-rest/variable-instance?processInstanceIdIn=" + v2.getId(),
                    null)))
        .allSatisfy(
            v -> {
              if (privateVariables.isPrivate(v.path("name").asText())) {
                assertThat(v.path("taskId").asText()).isEqualTo(validateRecapTaskId);
              }
            });
  }

  // ---------------------------------------------------------------- zone steering trios

  /**
   * A zone's steering trio (issue 19) reads its zone's trio, anonymous figures and page; not
   * another zone's, not the network's year page, and no visit nor private answer through the
   * engine's doors. Another network's coordinator sees none of it.
   */
  @Test
  void aZonesTrioSeesItsZonesFiguresOnlyAndNoPrivateContent() {
    var north = zones.zone(a, "nord-wsw", "Nord", 0, 1, 2, 3);
    zones.zone(a, "sud-wsw", "Sud", 4, 5, 6);
    String pilot = zones.inspector(a, "wsw", 0);
    zones.trio(north, null, pilot, null, false);
    String zoneApi = "/api/networks/" + a.id() + "/zones/";
    String zonePage = "/bilan/" + a.id() + "/zones/";

    assertThat(json(call(pilot, HttpMethod.GET, zoneApi + "nord-wsw/pilots", null)).toString())
        .contains(pilot);
    String figures =
        json(call(pilot, HttpMethod.GET, zoneApi + "nord-wsw/progress?year=2026-2027", null))
            .toString();
    ResponseEntity<String> page = call(pilot, HttpMethod.GET, zonePage + "nord-wsw", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String content : List.of(figures, page.getBody())) {
      assertThat(content)
          .doesNotContain(RECAP_TEXT)
          .doesNotContain(HOST_PRE_VISIT_TEXT)
          .doesNotContain(v1Visitor)
          .doesNotContain(v2Host);
    }
    for (String other :
        List.of(
            zoneApi + "sud-wsw/pilots",
            zoneApi + "sud-wsw/progress",
            zonePage + "sud-wsw",
            "/bilan/" + a.id() + "/2026-2027",
            "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv")) {
      assertThat(status(pilot, other)).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(pilot, HttpMethod.PUT, zoneApi + "nord-wsw/pilots", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The engine's doors: no visit, no task, no private variable.
    assertThat(json(call(pilot, HttpMethod.GET, "/engine-rest/task", null))).isEmpty();
    assertThat(ids(json(call(pilot, HttpMethod.GET, "/engine-rest/process-instance", null))))
        .doesNotContain(v1.getId(), v2.getId(), v3.getId());
    assertNoPrivateVariableVisibleTo(pilot);

    for (String stranger : List.of(b.coordinator(), b.documentalistes().get(0), v1Visitor)) {
      assertThat(status(stranger, zoneApi + "nord-wsw/pilots")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(stranger, zoneApi + "nord-wsw/progress")).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(stranger, zonePage + "nord-wsw")).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(status(a.coordinator(), zonePage + "sud-wsw")).isEqualTo(HttpStatus.OK);
    assertThat(status(null, zoneApi + "nord-wsw/pilots")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(null, zonePage + "nord-wsw")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------- helpers

  /** Neither runtime nor history variables of the two visits name a private field for this user. */
  void assertNoPrivateVariableVisibleTo(String user) {
    assertNoPrivateVariableVisibleTo(user, TestNetworks.PASSWORD, v1.getId());
    assertNoPrivateVariableVisibleTo(user, TestNetworks.PASSWORD, v2.getId());
  }

  void assertNoPrivateVariableVisibleTo(String user, String password, String instanceId) {
    for (String path :
        List.of(
            "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
            "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
            "/engine-rest/history/detail?processInstanceId=" + instanceId)) {
      ResponseEntity<String> response = call(user, password, HttpMethod.GET, path, null);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      List<String> names = new ArrayList<>();
      json(response)
          .forEach(
              v ->
                  names.add(
                      v.has("variableName")
                          ? v.path("variableName").asText()
                          : v.has("fieldId")
                              ? v.path("fieldId").asText()
                              : v.path("name").asText()));
      assertThat(names).as(user + " " + path).doesNotContainAnyElementsOf(privateVariables.names());
      if (user.equals(otherDocumentaliste) || user.equals(b.coordinator())) {
        assertThat(names).as(user + " " + path).isEmpty();
      }
    }
  }

  void submitForm(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response =
        call(
            user,
            HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", variables));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  // ---------------------------------------------------------------- academic groups

  @Autowired fr.reseau.ecoles.academic.AcademicGroupService academicGroups;

  @Test
  void academicGroupsAreReadByTheirPeopleTheNationalGroupAndAdministrators() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    fr.reseau.ecoles.academic.AcademicPeople.TestGroup group =
        fr.reseau.ecoles.academic.AcademicPeople.create(academicGroups, "Lyon");
    fr.reseau.ecoles.academic.AcademicPeople.TestGroup other =
        fr.reseau.ecoles.academic.AcademicPeople.create(academicGroups, "Lille");
    String productions = "/api/academic-groups/" + group.id() + "/productions";
    // A teacher of the group starts a production through the start form's door, in the group's
    // tenant; a teacher of another group, or a network member, cannot.
    String submit =
        "/engine-rest/process-definition/key/production-publication/tenant-id/"
            + group.tenant()
            + "/submit-form";
    Map<String, Object> start =
        Map.of(
            "variables",
            Map.of(
                fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE,
                text("Production de test des accès")));
    ResponseEntity<String> started = call(group.teacher(), HttpMethod.POST, submit, start);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(call(other.teacher(), HttpMethod.POST, submit, start).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call(a.coordinator(), HttpMethod.POST, submit, start).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // The draft is a task of the group's teachers only.
    for (String teacher : List.of(group.teacher(), group.reviewer())) {
      assertThat(json(call(teacher, HttpMethod.GET, "/engine-rest/task", null)).toString())
          .as(teacher)
          .contains("Rédiger le scénario pédagogique");
    }
    for (String outsider : List.of(other.teacher(), other.referent(), v1Visitor)) {
      assertThat(json(call(outsider, HttpMethod.GET, "/engine-rest/task", null)).toString())
          .as(outsider)
          .doesNotContain("Rédiger le scénario pédagogique");
    }

    for (String reader :
        List.of(group.teacher(), group.referent(), group.inspector(), other.referent())) {
      ResponseEntity<String> list = call(reader, HttpMethod.GET, productions, null);
      assertThat(list.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody()).as(reader).contains("Production de test des accès");
    }
    ResponseEntity<String> admin = call("admin", "demo", HttpMethod.GET, productions, null);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    // A teacher of another group (not référent) and a network member: 403; nobody: 401.
    assertThat(status(other.teacher(), productions)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(v1Visitor, productions)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(a.coordinator(), productions)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(null, productions)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(group.teacher(), "/api/academic-groups/inconnu/productions"))
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The list: one's own groups; the national group (référents) and administrators all of them.
    assertThat(json(call(other.teacher(), HttpMethod.GET, "/api/academic-groups", null)).toString())
        .contains(other.id())
        .doesNotContain(group.id());
    assertThat(json(call(v1Visitor, HttpMethod.GET, "/api/academic-groups", null))).isEmpty();
    assertThat(
            json(call(other.referent(), HttpMethod.GET, "/api/academic-groups", null)).toString())
        .contains(other.id(), group.id());
    assertThat(status(null, "/api/academic-groups")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(other.referent(), "/api/national-group")).isEqualTo(HttpStatus.OK);
    assertThat(status(group.teacher(), "/api/national-group")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(null, "/api/national-group")).isEqualTo(HttpStatus.UNAUTHORIZED);

    // Only administrators define groups and name representatives; bad input is a 400 naming
    // the field.
    Map<String, Object> definition =
        Map.of(
            "academie",
            "Lyon",
            "name",
            "Groupe",
            "inspector",
            Map.of("userId", group.inspector()),
            "referent",
            group.referent(),
            "members",
            List.of(Map.of("userId", group.referent())));
    String define = "/api/academic-groups/" + group.id();
    assertThat(call(group.referent(), HttpMethod.PUT, define, definition).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(null, HttpMethod.PUT, define, definition).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    Map<String, Object> noReferent = new java.util.HashMap<>(definition);
    noReferent.put("referent", "personne");
    ResponseEntity<String> bad = call("admin", "demo", HttpMethod.PUT, define, noReferent);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(parse(bad.getBody()).path("field").asText()).isEqualTo("referent");
    String representative = "/api/national-group/representatives/" + group.teacher();
    assertThat(
            call(
                    group.referent(),
                    HttpMethod.PUT,
                    representative,
                    Map.of(
                        fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE, "SD-TICE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A network's member proposes its summary to a group (a link); bad links are refused.
    String proposals = "/api/academic-groups/" + group.id() + "/proposals";
    Map<String, Object> proposal =
        Map.of(
            fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE,
            "La synthèse du réseau",
            fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK,
            "/api/networks/" + a.id() + "/campaigns/2026-2027/summary.csv");
    assertThat(call(a.coordinator(), HttpMethod.POST, proposals, proposal).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> badLink =
        call(
            a.coordinator(),
            HttpMethod.POST,
            proposals,
            Map.of(
                fr.reseau.ecoles.academic.ProductionPublicationVariables.TITLE,
                "Lien",
                fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK,
                "javascript:alert(1)"));
    assertThat(badLink.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(parse(badLink.getBody()).path("field").asText())
        .isEqualTo(fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK);
    assertThat(call(null, HttpMethod.POST, proposals, proposal).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void productionFilesAreChangedByTheGroupsMembersAndServedPublicOncePublished() {
    fr.reseau.ecoles.academic.AcademicPeople.TestGroup group =
        fr.reseau.ecoles.academic.AcademicPeople.create(academicGroups, "Lyon");
    fr.reseau.ecoles.academic.AcademicPeople.TestGroup other =
        fr.reseau.ecoles.academic.AcademicPeople.create(academicGroups, "Lille");
    Production production =
        productionRepository.save(new Production(group.id(), "Lyon", "Fichiers", Instant.now()));
    String resources =
        "/api/academic-groups/" + group.id() + "/productions/" + production.getId() + "/resources";
    // Only the group's members add files: not its IA-IPR, another group, a network member, an
    // administrator (who is no author), nobody.
    for (String outsider : List.of(group.inspector(), other.referent(), a.coordinator())) {
      assertThat(upload(outsider, TestNetworks.PASSWORD, resources).getStatusCode())
          .as(outsider)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(upload("admin", "demo", resources).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload(null, null, resources).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> added = upload(group.teacher(), TestNetworks.PASSWORD, resources);
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    // The list is read like the group's productions.
    for (String reader : List.of(group.teacher(), group.inspector(), other.referent())) {
      assertThat(status(reader, resources)).as(reader).isEqualTo(HttpStatus.OK);
    }
    assertThat(status(other.teacher(), resources)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(v1Visitor, resources)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(null, resources)).isEqualTo(HttpStatus.UNAUTHORIZED);
    // The showcase serves the file to anyone once published, to nobody before.
    long fileId = parse(added.getBody()).path("id").asLong();
    String file = "/vitrine/" + production.getId() + "/ressources/" + fileId;
    for (String user : java.util.Arrays.asList(null, group.teacher(), a.coordinator())) {
      assertThat(status(user, file)).as(String.valueOf(user)).isEqualTo(HttpStatus.NOT_FOUND);
    }
    production.moveTo(fr.reseau.ecoles.academic.ProductionStatus.PUBLISHED, Instant.now());
    productionRepository.save(production);
    for (String user : java.util.Arrays.asList(null, v1Visitor, other.teacher())) {
      assertThat(status(user, file)).as(String.valueOf(user)).isEqualTo(HttpStatus.OK);
    }
    assertThat(
            call(group.teacher(), HttpMethod.DELETE, resources + "/" + fileId, null)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  ResponseEntity<String> upload(String user, String password, String path) {
    org.springframework.util.LinkedMultiValueMap<String, Object> body =
        new org.springframework.util.LinkedMultiValueMap<>();
    body.add(
        "file",
        new org.springframework.core.io.ByteArrayResource(
            "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
          @Override
          public String getFilename() {
            return "fiche.pdf";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  // ---------------------------------------------------------------- rule tables (DMN)

  @Test
  void membersNeitherListNorEvaluateTheRuleTablesThatTheStepsRead() {
    for (String member : List.of(a.coordinator(), v1Visitor)) {
      assertThat(json(call(member, HttpMethod.GET, "/engine-rest/decision-definition", null)))
          .isEmpty();
      HttpStatus evaluate =
          (HttpStatus)
              call(
                      member,
                      HttpMethod.POST,
                      "/engine-rest/decision-definition/key/Decision_PairingWeights/tenant-id/"
                          + a.id()
                          + "/evaluate",
                      Map.of(
                          "variables",
                          Map.of(
                              CdiTourVariables.NETWORK_ID,
                              Map.of("value", a.id(), "type", "String"))))
                  .getStatusCode();
      assertThat(evaluate).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
  }

  // ---------------------------------------------------------------- issue 21: académie pool, day
  // from the summary

  @Test
  void theAcademiesPoolAndTheDayFromTheSummaryAreForTheNetworksTeamsOnly() {
    String pool = "/api/networks/" + a.id() + "/animators";
    String fromSummary = "/api/networks/" + a.id() + "/summaries/2025-2026/workshop-day";
    assertThat(status(a.coordinator(), pool)).isEqualTo(HttpStatus.OK);
    assertThat(status(null, pool)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(null, fromSummary)).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Network B is of the same académie: it sees A's animators in its own pool, not through A's
    // door.
    for (String user : List.of(v1Visitor, v1Head, b.coordinator())) {
      assertThat(status(user, pool)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(user, fromSummary)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(user, HttpMethod.POST, fromSummary, Map.of()).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    // No published summary for that year: nothing to start from.
    assertThat(status(a.coordinator(), fromSummary)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  HttpStatus status(String user, String path) {
    return (HttpStatus) call(user, HttpMethod.GET, path, null).getStatusCode();
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return call(user, TestNetworks.PASSWORD, method, path, body);
  }

  ResponseEntity<String> call(
      String user, String password, HttpMethod method, String path, Object body) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return parse(response.getBody());
  }

  static JsonNode json(java.net.http.HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return parse(response.body());
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

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---------------------------------------------------------------- establishments and zones

  @Test
  void theEstablishmentsAndZonesAreForTheNetworksMembersAndTheRosterExportForItsCoordinators() {
    String establishments = "/api/networks/" + a.id() + "/establishments";
    String zones = "/api/networks/" + a.id() + "/zones";
    String roster = "/api/networks/" + a.id() + "/roster.csv";
    for (String member : List.of(v1Visitor, v1Head, a.coordinator())) {
      JsonNode list = json(call(member, HttpMethod.GET, establishments, null));
      assertThat(list).as(member).hasSize(7);
      assertThat(fieldNames(list.get(0))).contains("uai", "name", "kind", "town", "zone", "degree");
      assertThat(list.get(0).path("degree").asText()).isEqualTo("secondaire");
      assertThat(status(member, zones)).as(member).isEqualTo(HttpStatus.OK);
    }
    assertThat(call(a.coordinator(), HttpMethod.GET, roster, null).getBody())
        .contains(v1Visitor)
        .doesNotContain(b.coordinator());
    for (String notCoordinator : List.of(v1Visitor, v1Head)) {
      assertThat(status(notCoordinator, roster)).as(notCoordinator).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String stranger : List.of(b.coordinator(), b.documentalistes().get(0))) {
      for (String path : List.of(establishments, zones, roster)) {
        assertThat(status(stranger, path))
            .as(stranger + " " + path)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    for (String path : List.of(establishments, zones, roster)) {
      assertThat(call(null, HttpMethod.GET, path, null).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }
}
