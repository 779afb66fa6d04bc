package fr.reseau.ecoles.forminput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends a generated corpus of bad inputs (fixed seed) to one open task of each process with user
 * tasks, to their start forms and to every {@code /api} endpoint that takes input, each time as the
 * person allowed to use that door. Asserts: no answer 5xx, no bad input accepted, every 400 names
 * the field, an unknown or completed task is 404, and nothing stored (every table's row count, the
 * engine's variables and tasks unchanged).
 */
class BadInputFuzzTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final long SEED = 13;

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired IdentityService identityService;
  @Autowired DataSource dataSource;

  final Random random = new Random(SEED);
  final Map<String, Map<Integer, Integer>> statusesByClass = new TreeMap<>();
  final List<String> failures = new ArrayList<>();
  int requests;
  Long workshopDayId;

  /** A door to fuzz: who sends, to which URL prefix, the form's fields and a valid submission. */
  record Target(
      String name,
      String user,
      String password,
      String submitPath,
      List<Field> fields,
      Map<String, Object> valid,
      String taskId,
      String executionId,
      String processInstanceId) {}

  record Field(String key, String type, String subtype, List<String> values, int maxLength) {}

  @Test
  void aGeneratedCorpusOfBadInputIsRefusedWithoutServerErrorAndStoresNothing() throws Exception {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    List<Target> targets = targets();
    String completedTask = completedTask();
    Map<String, Object> before = snapshot();

    for (Target target : targets) {
      fuzzVariables(target);
      if (target.taskId() != null) {
        fuzzBodies(target);
      }
    }
    fuzzUnknownTasks(targets.get(0), completedTask);
    fuzzApi();

    Map<String, Object> after = snapshot();
    statusesByClass.forEach((k, v) -> System.out.println("fuzz " + k + " " + v));
    System.out.println("fuzz requests " + requests + ", failures " + failures.size());
    failures.stream().limit(40).forEach(f -> System.out.println("fuzz failure " + f));
    assertThat(requests).isGreaterThanOrEqualTo(4000);
    assertThat(failures).as("answers that are 5xx, 2xx, or a 400 not naming the field").isEmpty();
    assertThat(after).as("nothing stored").isEqualTo(before);
    for (Target target : targets) {
      if (target.taskId() != null) {
        assertThat(taskService.createTaskQuery().taskId(target.taskId()).count())
            .as(target.name() + " still open")
            .isOne();
      }
    }
  }

  // ---------------------------------------------------------------- targets

  List<Target> targets() throws IOException {
    List<Target> targets = new ArrayList<>();
    // cdi-tour: its start form (coordinator) and the declaration (documentaliste).
    TestNetwork tour = networks.create(2);
    Map<String, Object> tourStart = new LinkedHashMap<>();
    tourStart.put(CdiTourVariables.SCHOOL_YEAR, "2026-2027");
    tourStart.put(CdiTourVariables.VOLUNTEERING_DEADLINE, "2026-09-30");
    tourStart.put(CdiTourVariables.VISIT_WINDOW_START, "2026-10-05");
    tourStart.put(CdiTourVariables.VISIT_WINDOW_END, "2027-05-28");
    ResponseEntity<String> started =
        send(
            tour.coordinator(),
            TestNetworks.PASSWORD,
            HttpMethod.POST,
            "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + tour.id() + "/start",
            body(submission(tourStart, null)));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    Task declaration =
        taskService.createTaskQuery().taskAssignee(tour.documentalistes().get(0)).singleResult();
    Map<String, Object> declare = new LinkedHashMap<>();
    declare.put(CdiTourVariables.VOLUNTEER, true);
    declare.put(CdiTourVariables.VOLUNTEER_ROLE, "both");
    declare.put(CdiTourVariables.PUBLIC_SERVED, "college");
    declare.put(CdiTourVariables.NEEDS, json("[\"digital\"]"));
    targets.add(
        task(
            "declare-volunteering",
            tour.documentalistes().get(0),
            TestNetworks.PASSWORD,
            declaration,
            declare));
    // A second campaign of the same year would be refused for another reason: a later year.
    Map<String, Object> tourStart2 = new LinkedHashMap<>(tourStart);
    tourStart2.put(CdiTourVariables.SCHOOL_YEAR, "2027-2028");
    tourStart2.put(CdiTourVariables.VOLUNTEERING_DEADLINE, "2027-09-30");
    tourStart2.put(CdiTourVariables.VISIT_WINDOW_START, "2027-10-05");
    tourStart2.put(CdiTourVariables.VISIT_WINDOW_END, "2028-05-28");
    targets.add(
        start(
            "cdi-tour-start",
            tour.coordinator(),
            TestNetworks.PASSWORD,
            CdiTourVariables.PROCESS_KEY,
            tour.id(),
            tourStart2));

    // cdi-visit: the visitor's pre-visit document.
    TestNetwork visitNetwork = networks.create(2);
    ProcessInstance visit =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            visitNetwork.id(),
            Map.of(
                CdiVisitVariables.VISITOR,
                visitNetwork.documentalistes().get(0),
                CdiVisitVariables.HOST,
                visitNetwork.documentalistes().get(1),
                CdiTourVariables.NETWORK_ID,
                visitNetwork.id(),
                CdiTourVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiTourVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiTourVariables.VISIT_WINDOW_END,
                "2027-03-31"));
    executeDueJobs(visit);
    Map<String, Object> preVisit = new LinkedHashMap<>();
    preVisit.put(CdiVisitVariables.VISITOR_EXPECTATIONS, "Découvrir un autre CDI");
    preVisit.put(CdiVisitVariables.VISITOR_WISHES_TO_SEE, "L'aménagement");
    targets.add(
        task(
            "pre-visit-visitor",
            visitNetwork.documentalistes().get(0),
            TestNetworks.PASSWORD,
            task(visit, "Task_PreVisitVisitor"),
            preVisit));

    // annual-review: a participant's feedback, and the start form.
    TestNetwork reviewNetwork = networks.create(6);
    handBuilt.build(reviewNetwork);
    clockAt(LocalDate.of(2027, 6, 1), 9);
    identityService.setAuthentication(
        reviewNetwork.coordinator(), List.of("coordinators"), List.of(reviewNetwork.id()));
    ProcessInstance review;
    try {
      review =
          startProcess(
              AnnualReviewVariables.PROCESS_KEY,
              reviewNetwork.id(),
              Map.of(CdiTourVariables.SCHOOL_YEAR, HandBuiltYear.YEAR));
    } finally {
      identityService.clearAuthentication();
    }
    executeDueJobs(review);
    String participant = reviewNetwork.documentalistes().get(0);
    Task feedback =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_GiveFeedback")
            .taskAssignee(participant)
            .singleResult();
    Map<String, Object> feedbackForm = new LinkedHashMap<>();
    feedbackForm.put(AnnualReviewVariables.FEEDBACK_NEEDS_MET, "4");
    feedbackForm.put(AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES, "Plus de coopération");
    targets.add(task("give-feedback", participant, TestNetworks.PASSWORD, feedback, feedbackForm));
    targets.add(
        start(
            "annual-review-start",
            reviewNetwork.coordinator(),
            TestNetworks.PASSWORD,
            AnnualReviewVariables.PROCESS_KEY,
            reviewNetwork.id(),
            new LinkedHashMap<>(Map.of(CdiTourVariables.SCHOOL_YEAR, "2031-2032"))));

    // workshop-day (demo network): the project team's questionnaire import, and the start form.
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance day =
        startProcess(
            WorkshopDayVariables.PROCESS_KEY,
            "ventoux-baronnies",
            Map.of(
                WorkshopDayVariables.TITLE,
                "Journée fuzz",
                WorkshopDayVariables.ESTABLISHMENTS,
                "Collège des Dentelles",
                WorkshopDayVariables.DAY_DATE,
                "2027-02-04",
                WorkshopDayVariables.CONCERN_SOURCE,
                "questionnaire"));
    executeDueJobs(day);
    workshopDayId =
        ((Number) runtimeService.getVariable(day.getId(), WorkshopDayVariables.WORKSHOP_DAY_ID))
            .longValue();
    Map<String, Object> importForm = new LinkedHashMap<>();
    importForm.put(WorkshopDayVariables.QUESTIONNAIRE_CSV, "enseignant;nom\nx;y\n");
    // The valid base is refused by the questionnaire's own rules; each bad value must be refused
    // first, by name.
    targets.add(
        task(
            "import-questionnaire",
            "julie.vernet",
            "demo",
            task(day, "Task_ImportQuestionnaire"),
            Map.of()));
    Map<String, Object> dayStart = new LinkedHashMap<>();
    dayStart.put(WorkshopDayVariables.TITLE, "Journée fuzz");
    dayStart.put(WorkshopDayVariables.ESTABLISHMENTS, "Collège des Dentelles");
    dayStart.put(WorkshopDayVariables.DAY_DATE, "2027-03-04");
    dayStart.put(WorkshopDayVariables.CONCERN_SOURCE, "questionnaire");
    targets.add(
        start(
            "workshop-day-start",
            "julie.vernet",
            "demo",
            WorkshopDayVariables.PROCESS_KEY,
            "ventoux-baronnies",
            dayStart));
    return targets;
  }

  Target task(String form, String user, String password, Task task, Map<String, Object> valid)
      throws IOException {
    assertThat(task).as(form).isNotNull();
    return new Target(
        form,
        user,
        password,
        "/engine-rest/task/" + task.getId(),
        fields(form),
        valid,
        task.getId(),
        task.getExecutionId(),
        task.getProcessInstanceId());
  }

  Target start(
      String form,
      String user,
      String password,
      String key,
      String tenant,
      Map<String, Object> valid)
      throws IOException {
    return new Target(
        form,
        user,
        password,
        "/engine-rest/process-definition/key/" + key + "/tenant-id/" + tenant,
        fields(form),
        valid,
        null,
        null,
        null);
  }

  /** A task completed by its owner: completing it again is a 404. */
  String completedTask() {
    TestNetwork network = networks.create(2);
    ProcessInstance visit =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiVisitVariables.VISITOR,
                network.documentalistes().get(0),
                CdiVisitVariables.HOST,
                network.documentalistes().get(1),
                CdiTourVariables.NETWORK_ID,
                network.id(),
                CdiTourVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiTourVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiTourVariables.VISIT_WINDOW_END,
                "2027-03-31"));
    executeDueJobs(visit);
    Task task = task(visit, "Task_PreVisitVisitor");
    taskService.complete(
        task.getId(),
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "Le CDI"));
    return task.getId();
  }

  static List<Field> fields(String form) throws IOException {
    JsonNode root = JSON.readTree(Path.of("forms", form + ".form").toFile());
    List<Field> fields = new ArrayList<>();
    collect(root.path("components"), fields);
    return fields;
  }

  static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")
          && !c.path("disabled").asBoolean()
          && !c.path("readonly").asBoolean()) {
        List<String> values = new ArrayList<>();
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
        fields.add(
            new Field(
                c.get("key").asText(),
                c.path("type").asText(),
                c.path("subtype").asText(),
                values,
                c.path("validate").path("maxLength").asInt(4000)));
      }
      collect(c.path("components"), fields);
    }
  }

  // ---------------------------------------------------------------- corpus

  /** One bad variable: the class it belongs to, its name, and its REST value. */
  record Bad(String kind, String name, Map<String, Object> value) {}

  List<Bad> corpus(Target target) {
    List<Bad> corpus = new ArrayList<>();
    for (Field field : target.fields()) {
      String k = field.key();
      for (int i = 0; i < 3; i++) {
        corpus.add(new Bad("json-malformed", k, typed(malformedJson(), "Json")));
        corpus.add(
            new Bad(
                "xml", k, typed(i == 0 ? "<a>x</a>" : randomText(5) + "<" + randomText(3), "Xml")));
      }
      corpus.add(
          new Bad(
              "object-java-serialized",
              k,
              object(
                  "rO0ABXQAA2Zvbw==", "java.lang.String", "application/x-java-serialized-object")));
      corpus.add(
          new Bad(
              "object-java-serialized",
              k,
              object(
                  "rO0ABXNyAAxqYXZhLmlvLkZpbGU=",
                  "java.io.File",
                  "application/x-java-serialized-object")));
      corpus.add(
          new Bad(
              "object-unknown-class",
              k,
              object("{}", "com.example.Nope" + random.nextInt(100), "application/json")));
      corpus.add(
          new Bad(
              "object-unknown-class",
              k,
              object("\"/etc/passwd\"", "java.io.File", "application/json")));
      corpus.add(
          new Bad(
              "object-unknown-class",
              k,
              object("[\"digital\"]", "java.util.ArrayList", "application/json")));
      corpus.add(
          new Bad(
              "file",
              k,
              withInfo(
                  typed("aGVsbG8=", "File"),
                  Map.of("filename", "a.txt", "mimetype", "text/plain"))));
      corpus.add(new Bad("bytes", k, typed("aGVsbG8=", "Bytes")));
      corpus.add(new Bad("wrong-type", k, typed(random.nextInt(1000), "Integer")));
      if (!"datetime".equals(field.type())) {
        // A Date value is a datetime field's own type (FormValueChecks.date): not a wrong type,
        // and on a task's /resolve door it is refused for the delegation, not for the field.
        corpus.add(new Bad("wrong-type", k, typed("2026-10-05T10:00:00.000+0200", "Date")));
      }
      corpus.add(
          new Bad("null-char", k, typed(randomText(3) + "\u0000" + randomText(3), "String")));
      corpus.add(new Bad("null-char", k, typed("\u0000\u0000", "String")));
      switch (field.type()) {
        case "textfield", "textarea" -> {
          corpus.add(
              new Bad(
                  "long-text",
                  k,
                  typed(
                      "é".repeat(Math.max(field.maxLength(), 4000) + 1 + random.nextInt(3000)),
                      "String")));
          corpus.add(new Bad("long-text", k, typed("x".repeat(field.maxLength() + 1), "String")));
          corpus.add(new Bad("wrong-type", k, typed(true, "Boolean")));
          corpus.add(new Bad("json-malformed", k, typed("{\"a\":", "Json")));
        }
        case "datetime" -> {
          for (String date :
              List.of(
                  "+999999999-01-01",
                  "-999999999-01-01",
                  "0001-01-01",
                  "1899-12-31",
                  "2201-01-01",
                  "9999-12-31",
                  "10000-01-01")) {
            corpus.add(new Bad("far-date", k, typed(date, "String")));
          }
          for (String time :
              List.of(
                  "2026-10-05T25:61",
                  "2026-10-05T24:00:01",
                  "2026-13-45",
                  "2026-02-30",
                  "2026-10-05T10:99:00",
                  "demain",
                  "2026-10-05Tnoon")) {
            corpus.add(new Bad("invalid-time", k, typed(time, "String")));
          }
          corpus.add(new Bad("far-date", k, typed("+999999999-01-01T00:00:00.000+0000", "Date")));
        }
        case "radio", "select" -> {
          for (int i = 0; i < 4; i++) {
            corpus.add(
                new Bad("unknown-code", k, typed(randomText(1 + random.nextInt(12)), "String")));
          }
          corpus.add(new Bad("unknown-code", k, typed("", "String")));
        }
        case "checklist", "taglist" -> {
          for (int i = 0; i < 3; i++) {
            corpus.add(new Bad("unknown-code", k, typed("[\"" + randomText(8) + "\"]", "Json")));
          }
          corpus.add(new Bad("json-malformed", k, typed("[\"digital\",", "Json")));
          corpus.add(new Bad("wrong-type", k, typed("{\"a\":1}", "Json")));
          corpus.add(
              new Bad(
                  "long-text",
                  k,
                  typed("[" + "\"digital\",".repeat(3000) + "\"digital\"]", "Json")));
        }
        case "checkbox" -> corpus.add(new Bad("wrong-type", k, typed("peut-être", "String")));
        case "number" -> corpus.add(new Bad("wrong-type", k, typed("beaucoup", "String")));
        default -> {}
      }
    }
    for (int i = 0; i < 8; i++) {
      corpus.add(new Bad("unknown-name", "x" + randomText(6), typed("valeur", "String")));
    }
    corpus.add(new Bad("unknown-name", CdiTourVariables.Internal.CAMPAIGN_ID, typed(1, "Long")));
    // On a start form the same network is accepted (integrations send it): another one is bad
    // input.
    corpus.add(
        new Bad("unknown-name", CdiTourVariables.NETWORK_ID, typed("sainte-victoire", "String")));
    return corpus;
  }

  void fuzzVariables(Target target) {
    for (Bad bad : corpus(target)) {
      Map<String, Object> body = submission(target.valid(), bad);
      if (target.taskId() == null) {
        expectRefusal(bad, target, HttpMethod.POST, target.submitPath() + "/start", body, false);
        expectRefusal(
            bad, target, HttpMethod.POST, target.submitPath() + "/submit-form", body, false);
        continue;
      }
      expectRefusal(bad, target, HttpMethod.POST, target.submitPath() + "/complete", body, false);
      expectRefusal(
          bad, target, HttpMethod.POST, target.submitPath() + "/submit-form", body, false);
      expectRefusal(bad, target, HttpMethod.POST, target.submitPath() + "/resolve", body, false);
      // Variables set outside the form: refused to participants (403), or 400 naming the field.
      expectRefusal(
          bad,
          target,
          HttpMethod.PUT,
          target.submitPath() + "/variables/" + bad.name(),
          bad.value(),
          true);
      expectRefusal(
          bad,
          target,
          HttpMethod.POST,
          target.submitPath() + "/localVariables",
          Map.of("modifications", Map.of(bad.name(), bad.value())),
          true);
      expectRefusal(
          bad,
          target,
          HttpMethod.PUT,
          "/engine-rest/execution/" + target.executionId() + "/localVariables/" + bad.name(),
          bad.value(),
          true);
      expectRefusal(
          bad,
          target,
          HttpMethod.POST,
          "/engine-rest/process-instance/" + target.processInstanceId() + "/variables",
          Map.of("modifications", Map.of(bad.name(), bad.value())),
          true);
    }
  }

  /** Bodies that are not a submission at all. */
  void fuzzBodies(Target target) {
    for (String raw :
        List.of(
            "null",
            "[]",
            "\"variables\"",
            "42",
            "{\"variables\": [1, 2]}",
            "{\"variables\": {\"a\": null}}",
            "{\"variables\":",
            "\u0000",
            "{\"variables\": {\"a\": {\"value\": null, \"type\": \"Object\"}}}")) {
      for (String door : List.of("/complete", "/submit-form", "/resolve")) {
        for (int i = 0; i < 3; i++) {
          ResponseEntity<String> response =
              send(
                  target.user(),
                  target.password(),
                  HttpMethod.POST,
                  target.submitPath() + door,
                  jsonEntity(raw));
          record(
              "body",
              response,
              target.name() + door + " " + raw,
              status -> status == 400 || status == 404,
              null);
        }
      }
    }
  }

  void fuzzUnknownTasks(Target target, String completedTask) {
    for (int i = 0; i < 40; i++) {
      String id =
          i % 2 == 0
              ? completedTask
              : UUID.nameUUIDFromBytes(("t" + random.nextInt()).getBytes()).toString();
      for (String door : List.of("/complete", "/submit-form", "/resolve")) {
        Map<String, Object> body =
            Map.of(
                "variables",
                Map.of(
                    CdiVisitVariables.VISITOR_EXPECTATIONS,
                    Map.of("value", "Voir", "type", "String")));
        ResponseEntity<String> response =
            send(
                target.user(),
                target.password(),
                HttpMethod.POST,
                "/engine-rest/task/" + id + door,
                body(body));
        record("unknown-task", response, door + " " + id, status -> status == 404, null);
      }
    }
  }

  /** Every /api endpoint that takes input, as someone allowed to use it. */
  void fuzzApi() {
    String roster = "/api/networks/ventoux-baronnies/roster";
    String boundary = "fuzz" + random.nextInt(1000);
    List<String> multiparts =
        List.of(
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
            "garbage",
            "",
            "--" + boundary + "--",
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data\r\n\r\n\u0000\r\n--"
                + boundary
                + "--\r\n",
            "--" + boundary + "\r\n\r\n\r\n");
    for (int i = 0; i < 10; i++) {
      for (String multipart : multiparts) {
        for (String contentType :
            List.of(
                "multipart/form-data; boundary=" + boundary,
                "multipart/form-data",
                "multipart/form-data; boundary=" + boundary + "x")) {
          record(
              "api-multipart",
              send(
                  "mathilde.arnaud",
                  "demo",
                  HttpMethod.POST,
                  roster,
                  entity(multipart, contentType)),
              "roster " + contentType,
              status -> status == 400,
              null);
          record(
              "api-multipart",
              send(
                  "julie.vernet",
                  "demo",
                  HttpMethod.POST,
                  "/api/workshop-days/" + workshopDayId + "/questionnaire",
                  entity(multipart, contentType)),
              "questionnaire " + contentType,
              status -> status == 400 || status == 404,
              null);
        }
      }
    }
    for (int i = 0; i < 30; i++) {
      String csv =
          switch (i % 5) {
            case 0 -> "identifiant;nom\n" + "\u0000".repeat(1 + i);
            case 1 -> randomText(50 + i) + "\n" + randomText(20);
            case 2 -> "\"" + randomText(30);
            case 3 ->
                new String(
                    new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, StandardCharsets.ISO_8859_1);
            default -> "=" + randomText(5000);
          };
      record(
          "api-roster",
          send("mathilde.arnaud", "demo", HttpMethod.POST, roster, entity(csv, "text/csv")),
          "roster body",
          status -> status == 400,
          null);
    }
    for (String body :
        List.of(
            "null",
            "[]",
            "{\"name\":",
            "{\"name\": 42}",
            "{\"name\": \"a\u0000b\"}",
            "{\"name\": [\"x\"]}",
            "{\"name\": \"" + "n".repeat(5000) + "\"}",
            "{\"name\": \"R\", \"academy\": {}}",
            "\"x\"",
            "{\"name\": null}")) {
      for (int i = 0; i < 5; i++) {
        record(
            "api-network",
            send("admin", "demo", HttpMethod.PUT, "/api/networks/fuzz-net-" + i, jsonEntity(body)),
            "network " + body,
            status -> status == 400,
            null);
      }
    }
    for (String id : List.of("abc", "-1", "99999999999999999999", "1.5", "%00")) {
      record(
          "api-path",
          send(
              "julie.vernet",
              "demo",
              HttpMethod.POST,
              "/api/workshop-days/" + id + "/questionnaire",
              entity("enseignant;nom\n", "text/csv")),
          "questionnaire id " + id,
          status -> status >= 400 && status < 500,
          null);
      record(
          "api-path",
          send(
              "julie.vernet",
              "demo",
              HttpMethod.GET,
              "/api/workshop-days/" + id + "/outputs/ideas.csv",
              null),
          "outputs id " + id,
          status -> status >= 400 && status < 500,
          null);
    }
  }

  // ---------------------------------------------------------------- requests and checks

  /** The valid values of a form as a REST submission, with one bad variable when given. */
  static Map<String, Object> submission(Map<String, Object> valid, Bad bad) {
    Map<String, Object> variables = new LinkedHashMap<>();
    valid.forEach(
        (name, value) ->
            variables.put(name, value instanceof Map<?, ?> ? value : Map.of("value", value)));
    if (bad != null) {
      variables.put(bad.name(), bad.value());
    }
    return Map.of("variables", variables);
  }

  void expectRefusal(
      Bad bad,
      Target target,
      HttpMethod method,
      String path,
      Object body,
      boolean forbiddenAllowed) {
    ResponseEntity<String> response =
        send(target.user(), target.password(), method, path, body(body));
    record(
        bad.kind(),
        response,
        target.name() + " " + method + " " + path + " " + bad.name(),
        status -> status == 400 || (forbiddenAllowed && status == 403),
        bad.name());
  }

  void record(
      String kind,
      ResponseEntity<String> response,
      String what,
      java.util.function.IntPredicate expected,
      String field) {
    requests++;
    int status = response.getStatusCode().value();
    statusesByClass.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    String body = response.getBody() == null ? "" : response.getBody();
    if (status >= 500 || !expected.test(status)) {
      failures.add(kind + ": " + what + " -> " + status + " " + abbreviate(body));
    } else if (status == 400 && field != null && !body.contains(field)) {
      failures.add(kind + ": " + what + " -> 400 not naming " + field + ": " + abbreviate(body));
    }
  }

  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  final Map<String, TestRestTemplate> clients = new java.util.HashMap<>();

  ResponseEntity<String> send(
      String user, String password, HttpMethod method, String path, HttpEntity<?> entity) {
    return clients
        .computeIfAbsent(user, u -> rest.withBasicAuth(u, password))
        .exchange(path, method, entity, String.class);
  }

  HttpEntity<String> body(Object body) {
    try {
      return jsonEntity(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpEntity<String> jsonEntity(String json) {
    return entity(json, MediaType.APPLICATION_JSON_VALUE);
  }

  static HttpEntity<String> entity(String body, String contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    return new HttpEntity<>(body, headers);
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", type);
    return typed;
  }

  static Map<String, Object> json(String value) {
    return typed(value, "Json");
  }

  static Map<String, Object> withInfo(Map<String, Object> typed, Map<String, Object> info) {
    typed.put("valueInfo", info);
    return typed;
  }

  static Map<String, Object> object(String value, String className, String format) {
    return withInfo(
        typed(value, "Object"),
        Map.of("objectTypeName", className, "serializationDataFormat", format));
  }

  String malformedJson() {
    String valid =
        List.of(
                "[\"digital\", \"guidance\"]",
                "{\"a\": [1, 2, {\"b\": \"c\"}]}",
                "[{\"visitor\": \"x\"}]")
            .get(random.nextInt(3));
    return valid.substring(0, 1 + random.nextInt(valid.length() - 1));
  }

  String randomText(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzéèàçABCDEFGHIJ0123456789 -_'";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Row counts of every table, and the engine's variables and tasks with their revisions. */
  Map<String, Object> snapshot() throws SQLException {
    Map<String, Object> snapshot = new TreeMap<>();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
          // Quoted: Flyway's history table is named in lower case.
          tables.add('"' + schema + "\".\"" + rs.getString("TABLE_NAME") + '"');
        }
      }
    }
    for (String table : tables) {
      if (table.toUpperCase().contains("METER_LOG")) {
        continue; // the engine's usage metrics, flushed on their own schedule
      }
      snapshot.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    snapshot.put(
        "variables",
        jdbc.queryForList(
            "select ID_, REV_, NAME_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_ from ACT_RU_VARIABLE order by ID_"));
    snapshot.put(
        "tasks",
        jdbc.queryForList(
            "select ID_, REV_, ASSIGNEE_, OWNER_, DELEGATION_ from ACT_RU_TASK order by ID_"));
    return snapshot;
  }
}
