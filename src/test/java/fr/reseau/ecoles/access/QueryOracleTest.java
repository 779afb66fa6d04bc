package fr.reseau.ecoles.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.WebappSession;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The query oracle (docs/access.md, « Private answers cannot be searched »): someone who may list a
 * visit's tasks but not read its answers guesses an answer and asks every query door whether
 * something matches. For every private answer held by an open task, for the coordinator, a third
 * teacher, a head of school and a teacher of another network, through {@code /engine-rest} and
 * through Tasklist's and Cockpit's own REST doors with a webapp session, the answer to a right
 * guess must be identical (status and body) to the answer to a wrong one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryOracleTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired PrivateVariables privateVariables;
  @Autowired FilterService filterService;
  @LocalServerPort int port;

  TestNetwork a;
  TestNetwork b;
  ProcessInstance preVisit;
  ProcessInstance recap;

  /** A private answer held by an open task, by variable name (what an attacker tries to guess). */
  final Map<String, Object> secrets = new TreeMap<>();

  final List<String> savedFilters = new ArrayList<>();

  @BeforeAll
  void visitsHoldingPrivateAnswersInOpenTasks() {
    clockAt(LocalDate.of(2026, 11, 16), 9);
    a = networks.create(6);
    b = networks.create(2);

    // At the date proposal: the host's task shows both pre-visit documents.
    preVisit = startVisit(a.documentalistes().get(0), a.documentalistes().get(1));
    complete(
        preVisit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Comprendre le fonds des lycées",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "Le portail documentaire",
            CdiVisitVariables.VISITOR_QUESTIONS,
            "Quel budget annuel"));
    complete(
        preVisit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Un regard sur les classes accueillies",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le coin presse",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Eleves de seconde",
            CdiVisitVariables.HOST_CONSTRAINTS,
            "Pas le mercredi",
            CdiVisitVariables.HOST_QUESTIONS,
            "Comment animer le club lecture"));

    // At the recap's validation: the host's task shows the recap (and the pre-visit documents).
    recap = startVisit(a.documentalistes().get(2), a.documentalistes().get(3));
    driveToRecapValidation(recap);

    for (Task task : taskService.createTaskQuery().tenantIdIn(a.id()).list()) {
      taskService
          .getVariablesLocal(task.getId())
          .forEach(
              (name, value) -> {
                if (privateVariables.isPrivate(name)
                    && (value instanceof String || value instanceof Boolean)) {
                  secrets.putIfAbsent(name, value);
                }
              });
    }
  }

  @AfterAll
  void removeSavedFilters() {
    savedFilters.forEach(filterService::deleteFilter);
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

  void driveToRecapValidation(ProcessInstance visit) {
    complete(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir un CDI de college rural",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "La salle de travail"));
    complete(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Des idees pour les 6e",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le coin lecture",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "De la 6e a la 3e"));
    complete(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-11-26",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    complete(visit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    complete(
        visit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-9"));
    clockAt(LocalDate.of(2026, 11, 27), 9);
    executeDueJobs(visit);
    complete(visit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    complete(
        visit,
        "Task_WriteRecap",
        Map.of(
            CdiVisitVariables.RECAP_EXCHANGES,
            "Nous avons parle de la politique documentaire",
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
            "Signaletique des rayons",
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
            "Accueil des classes",
            CdiVisitVariables.RECAP_ACTIONS,
            "Refaire le plan du CDI",
            CdiVisitVariables.RECAP_TRAINING_NEEDS,
            List.of("digital"),
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
            true));
  }

  // ---------------------------------------------------------------- the attack

  /** One way of asking "does something match?": a request built from a variable condition. */
  record Door(String label, HttpMethod method, String path, String jsonBody) {}

  /** A variable condition as the REST API takes it, with its name possibly in another case. */
  record Condition(String name, String operator, Object value, boolean ignoreCase) {

    Map<String, Object> json() {
      return Map.of("name", name, "operator", operator, "value", value);
    }

    String query() {
      return name + "_" + operator + "_" + value;
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every query door that takes a variable condition. */
  List<Door> doors(Condition c) {
    String ic = c.ignoreCase() ? "&variableNamesIgnoreCase=true&variableValuesIgnoreCase=true" : "";
    String q = encode(c.query()) + ic;
    Map<String, Object> icJson =
        c.ignoreCase()
            ? Map.of("variableNamesIgnoreCase", true, "variableValuesIgnoreCase", true)
            : Map.of();
    List<Door> doors = new ArrayList<>();
    doors.add(get("task taskVariables", "/engine-rest/task?taskVariables=" + q));
    doors.add(get("task processVariables", "/engine-rest/task?processVariables=" + q));
    doors.add(get("task count taskVariables", "/engine-rest/task/count?taskVariables=" + q));
    doors.add(get("execution variables", "/engine-rest/execution?variables=" + q));
    doors.add(get("execution processVariables", "/engine-rest/execution?processVariables=" + q));
    doors.add(get("process-instance variables", "/engine-rest/process-instance?variables=" + q));
    doors.add(
        get(
            "variable-instance variableValues",
            "/engine-rest/variable-instance?variableValues=" + q));
    doors.add(get("case-instance variables", "/engine-rest/case-instance?variables=" + q));
    doors.add(get("case-execution variables", "/engine-rest/case-execution?variables=" + q));
    doors.add(
        get(
            "history process-instance variables",
            "/engine-rest/history/process-instance?variables=" + q));
    doors.add(
        get(
            "history case-instance variables",
            "/engine-rest/history/case-instance?variables=" + q));
    doors.add(get("history task taskVariables", "/engine-rest/history/task?taskVariables=" + q));
    doors.add(
        get("history task processVariables", "/engine-rest/history/task?processVariables=" + q));
    if (c.operator().equals("eq")) {
      doors.add(
          get(
              "history variable-instance value",
              "/engine-rest/history/variable-instance?variableName="
                  + encode(c.name())
                  + "&variableValue="
                  + encode(String.valueOf(c.value()))
                  + ic));
    }

    List<Map<String, Object>> one = List.of(c.json());
    doors.add(
        post("POST task taskVariables", "/engine-rest/task", with(icJson, "taskVariables", one)));
    doors.add(
        post(
            "POST task processVariables",
            "/engine-rest/task",
            with(icJson, "processVariables", one)));
    doors.add(
        post(
            "POST task orQueries taskVariables",
            "/engine-rest/task",
            Map.of("orQueries", List.of(with(icJson, "taskVariables", one)))));
    doors.add(
        post(
            "POST task orQueries processVariables",
            "/engine-rest/task",
            Map.of("orQueries", List.of(with(icJson, "processVariables", one)))));
    doors.add(
        post("POST task count", "/engine-rest/task/count", with(icJson, "taskVariables", one)));
    doors.add(
        post("POST execution variables", "/engine-rest/execution", with(icJson, "variables", one)));
    doors.add(
        post(
            "POST execution processVariables",
            "/engine-rest/execution",
            with(icJson, "processVariables", one)));
    doors.add(
        post(
            "POST process-instance variables",
            "/engine-rest/process-instance",
            with(icJson, "variables", one)));
    doors.add(
        post(
            "POST process-instance orQueries",
            "/engine-rest/process-instance",
            Map.of("orQueries", List.of(with(icJson, "variables", one)))));
    doors.add(
        post(
            "POST variable-instance",
            "/engine-rest/variable-instance",
            with(icJson, "variableValues", one)));
    doors.add(
        post(
            "POST history process-instance",
            "/engine-rest/history/process-instance",
            with(icJson, "variables", one)));
    doors.add(
        post("POST history task", "/engine-rest/history/task", with(icJson, "taskVariables", one)));
    doors.add(
        post(
            "POST history task processVariables",
            "/engine-rest/history/task",
            with(icJson, "processVariables", one)));
    for (Filter filter : filterService.createFilterQuery().list()) {
      if (!savedFilters.contains(filter.getId())) {
        doors.add(
            post(
                "filter '" + filter.getName() + "' list",
                "/engine-rest/filter/" + filter.getId() + "/list",
                with(icJson, "taskVariables", one)));
        doors.add(
            post(
                "filter '" + filter.getName() + "' count",
                "/engine-rest/filter/" + filter.getId() + "/count",
                with(icJson, "processVariables", one)));
      }
    }
    return doors;
  }

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> body = new LinkedHashMap<>(base);
    body.put(key, value);
    return body;
  }

  static Door get(String label, String path) {
    return new Door(label, HttpMethod.GET, path, null);
  }

  static Door post(String label, String path, Object body) {
    return new Door(label, HttpMethod.POST, path, json(body));
  }

  /**
   * A right and a wrong guess of a secret, of one kind: {@code like} on a prefix (kind 0), the same
   * with the name in capitals and {@code variableNamesIgnoreCase} (kind 1), or {@code eq} on the
   * whole answer (kind 2). Booleans are guessed with {@code eq}.
   */
  static Condition[] guess(String name, Object secret, int kind) {
    if (secret instanceof Boolean flag) {
      return new Condition[] {
        new Condition(name, "eq", flag, kind == 1), new Condition(name, "eq", !flag, kind == 1)
      };
    }
    String text = (String) secret;
    String prefix = text.substring(0, Math.min(4, text.length()));
    if (kind == 2 && !text.contains(",") && !text.contains("_")) {
      return new Condition[] {
        new Condition(name, "eq", text, false), new Condition(name, "eq", text + " ", false)
      };
    }
    if (kind == 1) {
      return new Condition[] {
        new Condition(
            name.toUpperCase(Locale.ROOT), "like", prefix.toLowerCase(Locale.ROOT) + "%", true),
        new Condition(name.toUpperCase(Locale.ROOT), "like", "zq%", true)
      };
    }
    return new Condition[] {
      new Condition(name, "like", prefix + "%", false), new Condition(name, "like", "Zq%", false)
    };
  }

  /** Every kind of guess of a secret. */
  static List<Condition[]> guesses(String name, Object secret) {
    return List.of(guess(name, secret, 0), guess(name, secret, 1), guess(name, secret, 2));
  }

  /** What a caller gets back: the status and the body, which must not depend on the guess. */
  record Answer(int status, String body) {}

  interface Caller {
    Answer send(Door door);
  }

  Caller basic(String user) {
    return basic(user, TestNetworks.PASSWORD);
  }

  /**
   * One client per person: {@code withBasicAuth} builds a new HTTP client (its own thread and
   * connection) on every call, which made thousands of requests slow.
   */
  final Map<String, TestRestTemplate> clients = new java.util.HashMap<>();

  Caller basic(String user, String password) {
    TestRestTemplate client =
        clients.computeIfAbsent(user + ':' + password, key -> rest.withBasicAuth(user, password));
    return door -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setAccept(List.of(MediaType.APPLICATION_JSON));
      ResponseEntity<String> response =
          client.exchange(
              door.path(), door.method(), new HttpEntity<>(door.jsonBody(), headers), String.class);
      return new Answer(response.getStatusCode().value(), response.getBody());
    };
  }

  static Caller webapp(WebappSession session) {
    return door -> {
      String path = door.path().replace("/engine-rest", WEBAPP_ENGINE);
      var response =
          door.method() == HttpMethod.GET
              ? session.get(path)
              : session.postJson(path, door.jsonBody());
      return new Answer(response.statusCode(), response.body());
    };
  }

  /**
   * The doors (labelled with the guess kind and caller) where a right guess is told from a wrong
   * one.
   */
  List<String> leaks(String who, Caller caller, String name, Object secret, int[] tried) {
    return leaks(who, caller, guesses(name, secret), tried);
  }

  List<String> leaks(String who, Caller caller, List<Condition[]> pairs, int[] tried) {
    List<String> leaks = new ArrayList<>();
    for (Condition[] pair : pairs) {
      List<Door> right = doors(pair[0]);
      List<Door> wrong = doors(pair[1]);
      for (int i = 0; i < right.size(); i++) {
        String leak = leak(who, caller, pair, right.get(i), wrong.get(i));
        tried[0]++;
        if (leak != null) {
          leaks.add(leak);
        }
      }
    }
    return leaks;
  }

  /**
   * The door (labelled with the guess kind and caller) when the caller tells the right guess from
   * the wrong one through it, else {@code null}.
   */
  String leak(String who, Caller caller, Condition[] pair, Door right, Door wrong) {
    Answer r = caller.send(right);
    Answer w = caller.send(wrong);
    if (r.equals(w)) {
      return null;
    }
    return who
        + " | "
        + right.label()
        + " | "
        + pair[0].name()
        + " "
        + pair[0].operator()
        + (pair[0].ignoreCase() ? " ignoreCase" : "")
        + " | right "
        + r.status()
        + " vs wrong "
        + w.status();
  }

  /** The four people who must learn nothing, each through the REST API and a Tasklist session. */
  Map<String, Caller> attackers() {
    Map<String, Caller> callers = new LinkedHashMap<>();
    Map<String, String> people =
        Map.of(
            "coordinator",
            a.coordinator(),
            "third teacher",
            a.documentalistes().get(4),
            "head of school",
            a.principals().get(0),
            "teacher of another network",
            b.documentalistes().get(0));
    for (var person : new TreeMap<>(people).entrySet()) {
      callers.put(person.getKey() + " /engine-rest", basic(person.getValue()));
      WebappSession tasklist =
          WebappSession.login(port, "tasklist", person.getValue(), TestNetworks.PASSWORD);
      assertThat(tasklist.loginStatus()).as(person.getKey()).isEqualTo(200);
      callers.put(person.getKey() + " Tasklist", webapp(tasklist));
    }
    return callers;
  }

  @Test
  void noQueryDoorTellsARightGuessOfAPrivateAnswerFromAWrongOne() {
    assertThat(secrets)
        .as("private answers held by open tasks")
        .containsKeys(
            CdiVisitVariables.RECAP_EXCHANGES,
            CdiVisitVariables.HOST_EXPECTATIONS,
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS);
    List<String> leaks = new ArrayList<>();
    int[] tried = {0};
    // Every secret with every kind of guess at every door, each asked by one of the eight callers
    // (four people, each through /engine-rest and Tasklist) in turn, so that every caller also
    // meets every door, every secret and every kind of guess: a third of the requests of every
    // caller asking everything (the machine is small), and every kind for every secret.
    List<Map.Entry<String, Caller>> callers = new ArrayList<>(attackers().entrySet());
    Set<String> callerDoors = new HashSet<>();
    Set<String> callerSecrets = new HashSet<>();
    Set<String> callerKinds = new HashSet<>();
    Set<String> labels = new HashSet<>();
    int s = 0;
    for (var secret : secrets.entrySet()) {
      for (int kind = 0; kind < 3; kind++) {
        Condition[] pair = guess(secret.getKey(), secret.getValue(), kind);
        List<Door> right = doors(pair[0]);
        List<Door> wrong = doors(pair[1]);
        for (int i = 0; i < right.size(); i++) {
          var caller = callers.get((3 * s + kind + i) % callers.size());
          String leak = leak(caller.getKey(), caller.getValue(), pair, right.get(i), wrong.get(i));
          tried[0]++;
          if (leak != null) {
            leaks.add(leak);
          }
          labels.add(right.get(i).label());
          callerDoors.add(caller.getKey() + " | " + right.get(i).label());
          callerSecrets.add(caller.getKey() + " | " + secret.getKey());
          callerKinds.add(caller.getKey() + " | " + kind);
        }
      }
      s++;
    }
    assertThat(callerDoors)
        .as("every caller at every door")
        .hasSize(callers.size() * labels.size());
    assertThat(callerSecrets)
        .as("every caller guesses every secret")
        .hasSize(callers.size() * secrets.size());
    assertThat(callerKinds)
        .as("every caller makes every kind of guess")
        .hasSize(callers.size() * 3);
    System.out.printf(
        "Query oracle: %d doors tried (right vs wrong guess), %d tell them apart%n",
        tried[0], leaks.size());
    leaks.stream().limit(200).forEach(leak -> System.out.println("  leak: " + leak));
    assertThat(tried[0]).isGreaterThan(500);
    assertThat(leaks).isEmpty();
  }

  /**
   * The measure can fail: on a variable that is not private, a right guess and a wrong one differ.
   */
  @Test
  void theSameDoorsTellGuessesApartOnTheFlowsOwnVariables() {
    Caller coordinator = basic(a.coordinator());
    List<String> differing =
        leaks(
            "coordinator",
            coordinator,
            CdiVisitVariables.HOST,
            a.documentalistes().get(1),
            new int[1]);
    assertThat(differing)
        .anyMatch(leak -> leak.contains("| task processVariables |"))
        .anyMatch(leak -> leak.contains("| POST task orQueries processVariables |"));
  }

  @Test
  void cockpitsOwnSearchTellsNothingEither() {
    WebappSession cockpit =
        WebappSession.login(port, "cockpit", a.coordinator(), TestNetworks.PASSWORD);
    assertThat(cockpit.loginStatus()).isEqualTo(200);
    String definitionId =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(recap.getId())
            .singleResult()
            .getProcessDefinitionId();
    List<String> leaks = new ArrayList<>();
    int tried = 0;
    int kind = 0;
    for (var secret : secrets.entrySet()) {
      for (Condition[] pair :
          Collections.singletonList(guess(secret.getKey(), secret.getValue(), kind++ % 3))) {
        for (String path :
            List.of(
                "/camunda/api/cockpit/plugin/base/default/process-instance",
                "/camunda/api/cockpit/plugin/base/default/process-instance/count")) {
          var right =
              cockpit.postJson(
                  path,
                  json(
                      Map.of(
                          "processDefinitionId",
                          definitionId,
                          "variables",
                          List.of(pair[0].json()))));
          var wrong =
              cockpit.postJson(
                  path,
                  json(
                      Map.of(
                          "processDefinitionId",
                          definitionId,
                          "variables",
                          List.of(pair[1].json()))));
          tried++;
          if (right.statusCode() != wrong.statusCode() || !right.body().equals(wrong.body())) {
            leaks.add(path + " " + pair[0].name() + " " + pair[0].operator());
          }
        }
      }
    }
    System.out.printf(
        "Cockpit oracle: %d doors tried, %d tell guesses apart%n", tried, leaks.size());
    assertThat(tried).isGreaterThan(10);
    assertThat(leaks).isEmpty();
  }

  /**
   * The refusal covers every listed name, in any case, for everyone: administrators need no search
   * on answers either.
   */
  @Test
  void everyPrivateNameIsRefusedInAnyCaseForEveryone() {
    Caller coordinator = basic(a.coordinator());
    List<String> accepted = new ArrayList<>();
    for (String name : privateVariables.names()) {
      for (String variant :
          List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
        Answer answer =
            coordinator.send(
                get(
                    "task",
                    "/engine-rest/task?taskVariables="
                        + variant
                        + "_eq_x&variableNamesIgnoreCase=true"));
        if (answer.status() != 403 || !answer.body().contains("documents privés")) {
          accepted.add(variant + " " + answer.status());
        }
      }
    }
    assertThat(accepted).isEmpty();
    Caller admin = basic("admin", "demo");
    assertThat(
            admin
                .send(get("task", "/engine-rest/task?taskVariables=recapExchanges_like_%25"))
                .status())
        .isEqualTo(403);
    assertThat(
            admin
                .send(
                    post(
                        "task",
                        "/engine-rest/history/variable-instance",
                        Map.of(
                            "variableName",
                            CdiVisitVariables.HOST_EXPECTATIONS,
                            "variableValue",
                            "x")))
                .status())
        .isEqualTo(403);
    // The flow's own variables can still be searched.
    Answer byHost =
        coordinator.send(
            get(
                "task",
                "/engine-rest/task?processVariables=host_eq_" + a.documentalistes().get(3)));
    assertThat(byHost.status()).isEqualTo(200);
    assertThat(byHost.body()).contains(task(recap, "Task_ValidateRecap").getId());
  }

  /**
   * A filter saved by an administrator with a condition on an answer cannot be used as an oracle.
   */
  @Test
  void aSavedFilterOnAPrivateAnswerTellsNothing() {
    String secret = (String) secrets.get(CdiVisitVariables.RECAP_EXCHANGES);
    String right = saveFilter(CdiVisitVariables.RECAP_EXCHANGES, secret.substring(0, 4) + "%");
    String wrong = saveFilter(CdiVisitVariables.RECAP_EXCHANGES, "Zq%");
    List<String> leaks = new ArrayList<>();
    for (var caller : attackers().entrySet()) {
      for (String suffix : List.of("/count", "/list")) {
        Answer r =
            caller.getValue().send(get("saved filter", "/engine-rest/filter/" + right + suffix));
        Answer w =
            caller.getValue().send(get("saved filter", "/engine-rest/filter/" + wrong + suffix));
        if (!r.equals(w)) {
          leaks.add(caller.getKey() + " " + suffix + " right " + r + " wrong " + w);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  String saveFilter(String name, String like) {
    Filter filter =
        filterService
            .newTaskFilter("Essai " + like)
            .setQuery(taskService.createTaskQuery().taskVariableValueLike(name, like));
    String id = filterService.saveFilter(filter).getId();
    savedFilters.add(id);
    return id;
  }

  /**
   * Sorting tasks by a private answer would order the teachers' answers: refused, whatever the case
   * of its name.
   */
  @Test
  void sortingByAPrivateAnswerIsRefused() {
    List<String> accepted = new ArrayList<>();
    for (var caller : attackers().entrySet()) {
      for (String name :
          List.of(
              CdiVisitVariables.RECAP_EXCHANGES,
              "RECAPEXCHANGES",
              CdiVisitVariables.HOST_EXPECTATIONS)) {
        for (String sortBy : List.of("taskVariable", "processVariable")) {
          Answer answer =
              caller
                  .getValue()
                  .send(
                      post(
                          "sort",
                          "/engine-rest/task",
                          Map.of(
                              "sorting",
                              List.of(
                                  Map.of(
                                      "sortBy",
                                      sortBy,
                                      "sortOrder",
                                      "asc",
                                      "parameters",
                                      Map.of("variable", name, "type", "String"))))));
          if (answer.status() != 403) {
            accepted.add(caller.getKey() + " " + sortBy + " " + name + " " + answer.status());
          }
        }
      }
    }
    System.out.printf(
        "Sorting by a private answer: %d of %d requests accepted%n",
        accepted.size(), 4 * 2 * 3 * 2);
    assertThat(accepted).isEmpty();
  }
}
