import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Crash test of the packaged application on its default H2 database (run by scripts/crash-test.sh).
 *
 * <p>Starts the jar in a private working directory, lets one client work through /engine-rest as the
 * demo users (the coordinator starts cdi-tour campaigns, the documentalistes declare, the coordinator
 * approves the pairing, the pair fills the pre-visit documents and agrees a date, the head of school
 * signs the mission order), kills the JVM with SIGKILL at a random moment, restarts it on the same
 * ./data folder and checks that every request answered 2xx is still there: the task is completed in
 * the engine's history and gone from the runtime, the submitted values are stored, the started
 * campaign exists. Any 5xx answer and any incident fails the run.
 *
 * <p>Arguments: jar workDir kills seed [extra JVM/application arguments after "--"].
 */
public class CrashTest {

  static final String NETWORK = "ventoux-baronnies";
  static final String COORDINATOR = "mathilde.arnaud";
  static final String PASSWORD = "demo";
  static final ObjectMapper JSON = new ObjectMapper();
  /** Bounded waits: a shared 2-core machine can be slow, but a hang must end the run. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("crash.startTimeoutSeconds", 420));
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** One request the application answered 2xx, and how to check it is still there. */
  record Acknowledged(int round, String kind, String taskId, String processInstanceId, Map<String, Object> checked,
      Instant answeredAt) {}

  final Path jar;
  final Path workDir;
  final int kills;
  final Random random;
  final List<String> extraArgs;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final List<Acknowledged> acknowledged = new ArrayList<>();
  final List<String> serverErrors = new ArrayList<>();
  int verifiedUpTo = 0;
  /** Indexes in {@link #acknowledged} found missing (a lost task may be completed again later: counted once). */
  final java.util.Set<Integer> lost = new java.util.TreeSet<>();
  int requests = 0;
  int clientErrors = 0;
  int schoolYear = 2027;
  int proposedDates = 0;
  Process app;
  String base;
  int round = 0;
  volatile int killsDone = 0;
  volatile boolean finished = false;
  long lastStartMillis;
  final List<Long> startMillis = new ArrayList<>();

  CrashTest(Path jar, Path workDir, int kills, long seed, List<String> extraArgs) {
    this.jar = jar;
    this.workDir = workDir;
    this.kills = kills;
    this.random = new Random(seed);
    this.extraArgs = extraArgs;
  }

  public static void main(String[] args) throws Exception {
    List<String> extra = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      if (!args[i].equals("--")) {
        extra.add(args[i]);
      }
    }
    CrashTest test = new CrashTest(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), extra);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!test.finished) {
        // Stopped from outside (Ctrl-C, a time limit): the figures of the kills done so far.
        log("PARTIAL RESULT (interrupted) kills=" + test.killsDone + " acknowledged=" + test.acknowledgedCount()
            + " checked=" + test.verifiedUpTo + " lost=" + test.lost.size() + " 5xx=" + test.serverErrors.size());
      }
      test.stopQuietly();
    }));
    boolean passed = test.run();
    System.exit(passed ? 0 : 1);
  }

  boolean run() throws Exception {
    log("seed-driven run: " + kills + " kills, working directory " + workDir);
    int incidents = 0;
    for (round = 0; ; round++) {
      start();
      if (round == 0) {
        importSchoolCalendar();
      }
      verifyNewlyAcknowledged();
      incidents = incidentCount();
      if (round == kills) {
        break;
      }
      // Work, then kill at a random moment while the client is busy.
      long workMillis = 1000 + random.nextInt(7000);
      AtomicBoolean stop = new AtomicBoolean();
      int before = acknowledged.size();
      Thread client = new Thread(() -> work(stop), "client");
      client.start();
      // The random moment counts from the round's first acknowledged request (a fresh JVM on a busy
      // machine can take seconds to answer the first ones), so that every kill lands mid-work.
      for (int waited = 0; acknowledgedCount() == before && client.isAlive() && waited < 1200; waited++) {
        Thread.sleep(100);
      }
      Thread.sleep(workMillis);
      long pid = app.pid();
      app.destroyForcibly(); // SIGKILL on Linux: kill -9 of our own child only
      stop.set(true);
      app.waitFor(60, TimeUnit.SECONDS);
      killsDone++;
      client.join(TimeUnit.SECONDS.toMillis(90));
      log("kill " + (round + 1) + "/" + kills + ": SIGKILL to pid " + pid + " after " + workMillis + " ms; "
          + acknowledged.size() + " acknowledged so far");
    }
    // A last stretch of work after the last restart: no 5xx there either.
    AtomicBoolean stop = new AtomicBoolean();
    Thread client = new Thread(() -> work(stop), "client");
    client.start();
    Thread.sleep(5000);
    stop.set(true);
    client.join(TimeUnit.SECONDS.toMillis(90));
    // Every acknowledged request of the whole run, once more, on the final state.
    verifiedUpTo = 0;
    verifyNewlyAcknowledged();
    incidents = incidentCount();
    stopQuietly();
    finished = true;

    Map<String, Long> byKind = new java.util.TreeMap<>();
    acknowledged.forEach(a -> byKind.merge(a.kind(), 1L, Long::sum));
    log("RESULT kills=" + kills + " acknowledged=" + acknowledged.size() + " lost=" + lost.size() + " 5xx=" + serverErrors.size()
        + " incidents=" + incidents + " requests=" + requests + " 4xx=" + clientErrors
        + " restart-seconds(median)=" + medianSeconds());
    log("acknowledged by kind: " + byKind);
    serverErrors.forEach(e -> log("5xx: " + e));
    if (acknowledged.isEmpty()) {
      // A client whose requests are all refused proves nothing about the crashes.
      log("FAILED: no request was acknowledged (" + clientErrors + " answered 4xx)");
    }
    return !acknowledged.isEmpty() && lost.isEmpty() && serverErrors.isEmpty() && incidents == 0;
  }

  // ---------------------------------------------------------------- the application

  void start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
    command.addAll(extraArgs);
    Path logFile = workDir.resolve("app-" + round + ".log");
    long t0 = System.currentTimeMillis();
    app = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(logFile.toFile()).start();
    Files.writeString(workDir.resolve("app.pid"), Long.toString(app.pid()));
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the application stopped while starting (exit " + app.exitValue() + "), see " + logFile);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the application did not answer /actuator/health within " + START_TIMEOUT + ", see " + logFile);
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    lastStartMillis = System.currentTimeMillis() - t0;
    startMillis.add(lastStartMillis);
    log("round " + round + ": up on port " + port + " (pid " + app.pid() + ") in " + lastStartMillis + " ms");
  }

  void stopQuietly() {
    Process p = app;
    if (p != null && p.isAlive()) {
      p.destroy();
      try {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }
  }

  String medianSeconds() {
    List<Long> sorted = startMillis.stream().sorted().toList();
    return sorted.isEmpty() ? "-" : String.format("%.1f", sorted.get(sorted.size() / 2) / 1000.0);
  }

  // ---------------------------------------------------------------- the client

  /** Completes tasks one after the other until stopped or the application is gone. */
  void work(AtomicBoolean stop) {
    while (!stop.get()) {
      try {
        step();
      } catch (IOException | InterruptedException e) {
        return; // killed under our feet: expected
      } catch (RuntimeException e) {
        log("client: " + e);
        return;
      }
    }
  }

  void step() throws IOException, InterruptedException {
    JsonNode tasks = get("admin", "/engine-rest/task?tenantIdIn=" + NETWORK + "&maxResults=1000");
    List<JsonNode> workable = new ArrayList<>();
    tasks.forEach(t -> {
      if (variablesFor(t.path("taskDefinitionKey").asText(), t.path("id").asText()) != null) {
        workable.add(t);
      }
    });
    if (workable.isEmpty()) {
      if (executableJobs() > 0) {
        Thread.sleep(200); // the job executor is between two steps (pairing, planning)
        return;
      }
      // Every open visit waits for its date: the next school year's campaign gives more work.
      startCampaign();
      return;
    }
    JsonNode task = workable.get(random.nextInt(workable.size()));
    String key = task.path("taskDefinitionKey").asText();
    String id = task.path("id").asText();
    String user = task.path("assignee").isTextual() ? task.path("assignee").asText() : candidateFor(key, id);
    Map<String, Object> variables = variablesFor(key, id);
    if (key.equals("Task_ProposeVisitDate")) {
      variables.put("visitDate", visitDate(task.path("processInstanceId").asText()));
    }
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.set(name, typed(value)));
    HttpResponse<String> answer = send(user, "POST", "/engine-rest/task/" + id + "/complete", body.toString());
    if (answer.statusCode() / 100 == 2) {
      Map<String, Object> checked = new LinkedHashMap<>(variables);
      PRIVATE.forEach(checked::remove);
      synchronized (this) {
        acknowledged.add(new Acknowledged(round, key, id, task.path("processInstanceId").asText(), checked, Instant.now()));
      }
    }
  }

  /**
   * The campaigns run from 2027-2028 on, past the bundled school calendar, where visit dates are
   * refused: an administrator imports a calendar of those years once (autumn, Christmas and summer
   * holidays of zones A, B and C, in the ministry's CSV layout), through the application's own
   * import; it is in the database, so it survives the kills.
   */
  void importSchoolCalendar() throws IOException, InterruptedException {
    StringBuilder csv = new StringBuilder("Description;Population;Date de début;Date de fin;Zones;annee_scolaire\n");
    for (int year = 2027; year < 2100; year++) {
      java.time.LocalDate autumn = saturdayFrom(java.time.LocalDate.of(year, 10, 17));
      java.time.LocalDate christmas = saturdayFrom(java.time.LocalDate.of(year, 12, 17));
      java.time.LocalDate summer = saturdayFrom(java.time.LocalDate.of(year + 1, 7, 1));
      for (String zone : List.of("Zone A", "Zone B", "Zone C")) {
        String tail = ";" + zone + ";" + year + "-" + (year + 1) + "\n";
        csv.append("Vacances de la Toussaint;-;").append(autumn).append(';').append(autumn.plusDays(16)).append(tail);
        csv.append("Vacances de Noël;-;").append(christmas).append(';').append(christmas.plusDays(16)).append(tail);
        csv.append("Vacances d'Été;-;").append(summer).append(';').append(java.time.LocalDate.of(year + 1, 9, 1)).append(tail);
      }
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/calendar/holidays")).timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("calendar import answered " + answer.statusCode() + ": " + answer.body());
    }
    log("school calendar 2027-2100 imported");
  }

  static java.time.LocalDate saturdayFrom(java.time.LocalDate day) {
    return day.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
  }

  /**
   * A weekday of the four weeks from 17 November of the campaign's school year (school days in every
   * zone), a different one at each proposal: a documentaliste may not be out twice on one half-day
   * (the tour's rule), so the visits of one person must not all get the same date.
   */
  String visitDate(String visitInstanceId) throws IOException, InterruptedException {
    String windowStart = get("admin", "/engine-rest/process-instance/" + visitInstanceId
        + "/variables/visitWindowStart?deserializeValue=false").path("value").asText();
    java.time.LocalDate day = java.time.LocalDate.of(Integer.parseInt(windowStart.substring(0, 4)), 11, 17);
    int skip;
    synchronized (this) {
      skip = proposedDates++ % 20;
    }
    while (!isWeekday(day)) {
      day = day.plusDays(1);
    }
    for (int i = 0; i < skip; i++) {
      do {
        day = day.plusDays(1);
      } while (!isWeekday(day));
    }
    return day.toString();
  }

  static boolean isWeekday(java.time.LocalDate day) {
    return day.getDayOfWeek().getValue() <= 5;
  }

  synchronized int acknowledgedCount() {
    return acknowledged.size();
  }

  long executableJobs() throws IOException, InterruptedException {
    return get("admin", "/engine-rest/job/count?executable=true&tenantIdIn=" + NETWORK).path("count").asLong();
  }

  void startCampaign() throws IOException, InterruptedException {
    int year = schoolYear++;
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("schoolYear", year + "-" + (year + 1));
    variables.put("networkId", NETWORK);
    variables.put("volunteeringDeadline", year + "-09-30");
    variables.put("visitWindowStart", year + "-10-05");
    variables.put("visitWindowEnd", (year + 1) + "-05-28");
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.set(name, typed(value)));
    HttpResponse<String> answer = send(COORDINATOR, "POST",
        "/engine-rest/process-definition/key/cdi-tour/tenant-id/" + NETWORK + "/start", body.toString());
    if (answer.statusCode() / 100 == 2) {
      String instance = JSON.readTree(answer.body()).path("id").asText();
      synchronized (this) {
        acknowledged.add(new Acknowledged(round, "start cdi-tour", null, instance,
            Map.of("schoolYear", year + "-" + (year + 1)), Instant.now()));
      }
    }
  }

  /** Values a person would type; pre-visit answers are private (stored outside the engine's history). */
  static final List<String> PRIVATE = List.of("visitorExpectations", "visitorWishesToSee", "hostExpectations",
      "hostWishesToShow", "hostPublicDescription");

  Map<String, Object> variablesFor(String key, String taskId) {
    Map<String, Object> v = new LinkedHashMap<>();
    switch (key) {
      case "Task_DeclareVolunteering" -> {
        v.put("volunteer", true);
        v.put("volunteerRole", "both");
        v.put("publicServed", List.of("college", "lycee", "lycee-pro").get(Math.floorMod(taskId.hashCode(), 3)));
        v.put("ppcrPlanned", false);
        v.put("needs", List.of("digital"));
        v.put("strengths", List.of("reading-culture"));
        v.put("constraintKinds", List.of());
      }
      case "Task_ReviewPairing" -> v.put("pairingApproved", true);
      case "Task_PreVisitVisitor" -> {
        v.put("visitorExpectations", "Découvrir un autre CDI " + taskId);
        v.put("visitorWishesToSee", "L'aménagement de l'espace");
      }
      case "Task_PreVisitHost" -> {
        v.put("hostExpectations", "Un regard extérieur " + taskId);
        v.put("hostWishesToShow", "Le coin lecture");
        v.put("hostPublicDescription", "Élèves de la 6e à la 3e");
      }
      case "Task_ProposeVisitDate" -> {
        v.put("visitDate", null); // filled from the campaign's year below
        v.put("visitHalfDay", "morning");
      }
      case "Task_ConfirmVisitDate" -> v.put("visitDateAccepted", true);
      case "Task_SignMissionOrder" -> {
        v.put("missionOrderSigned", true);
        v.put("missionOrderRef", "OM-" + taskId);
      }
      default -> {
        return null;
      }
    }
    return v;
  }

  String candidateFor(String key, String taskId) {
    return COORDINATOR; // review-pairing: the network's coordinators
  }

  JsonNode typed(Object value) {
    ObjectNode node = JSON.createObjectNode();
    if (value instanceof List<?> list) {
      node.put("value", JSON.valueToTree(list).toString());
      node.put("type", "Json");
    } else if (value instanceof Boolean b) {
      node.put("value", b);
      node.put("type", "Boolean");
    } else {
      node.put("value", (String) value);
      node.put("type", "String");
    }
    return node;
  }

  // ---------------------------------------------------------------- the checks

  void verifyNewlyAcknowledged() throws IOException, InterruptedException {
    int from = verifiedUpTo;
    int lostNow = 0;
    for (int i = from; i < acknowledged.size(); i++) {
      Acknowledged a = acknowledged.get(i);
      String problem = a.taskId() == null ? checkStart(a) : checkCompletion(a);
      if (problem != null && lost.add(i)) {
        lostNow++;
        log("LOST (" + Duration.between(a.answeredAt(), Instant.now()).toSeconds() + " s ago, round " + a.round() + "): "
            + a.kind() + " " + (a.taskId() == null ? a.processInstanceId() : a.taskId()) + ": " + problem);
      }
    }
    verifiedUpTo = acknowledged.size();
    log("checked " + (acknowledged.size() - from) + " acknowledged requests: " + lostNow + " lost");
  }

  String checkStart(Acknowledged a) throws IOException, InterruptedException {
    JsonNode history = get("admin", "/engine-rest/history/process-instance?processInstanceId=" + a.processInstanceId());
    if (history.size() != 1) {
      return "no such process instance";
    }
    return checkVariables(a, a.processInstanceId(), null);
  }

  String checkCompletion(Acknowledged a) throws IOException, InterruptedException {
    HttpResponse<String> runtime = send("admin", "GET", "/engine-rest/task/" + a.taskId(), null);
    if (runtime.statusCode() != 404) {
      return "the task is still open (" + runtime.statusCode() + ")";
    }
    JsonNode history = get("admin", "/engine-rest/history/task?taskId=" + a.taskId());
    if (history.size() != 1 || history.get(0).path("endTime").isNull() || !"completed".equals(history.get(0).path("deleteReason").asText())) {
      return "not completed in the history: " + history;
    }
    if (a.kind().equals("Task_ProposeVisitDate")) {
      return null; // the date is checked by the confirmation that follows it
    }
    return checkVariables(a, a.processInstanceId(), history.get(0).path("activityInstanceId").asText());
  }

  /** Every submitted (non-private) value is in the instance's variables, in the task's scope if it has one. */
  String checkVariables(Acknowledged a, String processInstanceId, String activityInstanceId)
      throws IOException, InterruptedException {
    for (Map.Entry<String, Object> e : a.checked().entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      JsonNode found = get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
          + "&variableName=" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "&deserializeValues=false");
      String expected = e.getValue() instanceof List<?> l ? JSON.valueToTree(l).toString() : String.valueOf(e.getValue());
      boolean match = false;
      for (JsonNode variable : found) {
        String value = variable.path("value").isTextual() ? variable.path("value").asText() : variable.path("value").toString();
        if (value.replace(" ", "").equals(expected.replace(" ", ""))) {
          match = true;
        }
      }
      if (!match) {
        return "variable " + e.getKey() + " = " + expected + " not stored (found " + found + ")";
      }
    }
    return null;
  }

  int incidentCount() throws IOException, InterruptedException {
    JsonNode incidents = get("admin", "/engine-rest/incident");
    incidents.forEach(i -> log("incident: " + i.path("incidentType").asText() + " at " + i.path("activityId").asText()
        + ": " + i.path("incidentMessage").asText()));
    return incidents.size();
  }

  // ---------------------------------------------------------------- HTTP

  JsonNode get(String user, String path) throws IOException, InterruptedException {
    HttpResponse<String> answer = send(user, "GET", path, null);
    if (answer.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  HttpResponse<String> send(String user, String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    synchronized (this) {
      requests++;
      if (answer.statusCode() >= 500) {
        serverErrors.add("round " + round + " " + method + " " + path + " as " + user + ": " + answer.statusCode() + " "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
        log("5xx: " + serverErrors.get(serverErrors.size() - 1));
      } else if (answer.statusCode() >= 400 && !(method.equals("GET") && answer.statusCode() == 404)) {
        clientErrors++;
        log("4xx: " + method + " " + path + " as " + user + ": " + answer.statusCode() + " "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
    }
    return answer;
  }

  static void log(String line) {
    System.out.println(Instant.now() + " " + line);
  }
}
