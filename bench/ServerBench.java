import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application beside a bare Camunda starter (issue 17), run by bench/app.sh as a single-file
 * Java program (JDK only: java.net.http and a thread pool, nothing to install). For each round it
 * starts the bare server, measures it, stops it, then does the same for the application, so that
 * both see the same machine load. Figures per server: start-up (launch to the first answer of
 * /engine-rest/engine, and to a user's first successful login), RSS, server CPU (utime + stime of the server process, /proc/PID/stat) and
 * wall time per completion (GET the task, then submit-form, one at a time), p50/p95/p99 of 20
 * concurrent users on the task list and on completions, and whether a Tasklist script comes gzip.
 *
 * <p>Like for like: the application also serves the bare starter's own one-task process and
 * one-field form (ONE_TASK_DIR, deployed by this bench through the REST API as the administrator
 * into a network's tenant, its tasks assigned to that network's documentalistes, so that the
 * application's authorizations, tenants, guards and listeners all apply), measured after the
 * declarations: its CPU per completion against the bare's is the application's own overhead.
 *
 * <p>Usage: java ServerBench.java APP_JAR BARE_JAR WORK_DIR ROUNDS [ONE_TASK_DIR] (environment: APP_JVM_OPTS,
 * BARE_JVM_OPTS, ONLY, PROFILE_DIR, USERS, SEQUENTIAL, PER_USER_COMPLETIONS, LIST_REQUESTS).
 */
public class ServerBench {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  static final int USERS = intEnv("USERS", 20);
  static final int WARMUP = intEnv("WARMUP", 26);
  static final int SEQUENTIAL = intEnv("SEQUENTIAL", 52);
  static final int PER_USER_COMPLETIONS = intEnv("PER_USER_COMPLETIONS", 5);
  static final int LIST_REQUESTS = intEnv("LIST_REQUESTS", 25);
  static long clockTicks = 100;

  public static void main(String[] args) throws Exception {
    Path appJar = Path.of(args[0]);
    Path bareJar = Path.of(args[1]);
    Path work = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    if (args.length > 4) {
      App.oneTaskResources = Path.of(args[4]);
    }
    clockTicks = Long.parseLong(run("getconf", "CLK_TCK").trim());
    List<Map<String, Double>> bare = new ArrayList<>();
    List<Map<String, Double>> app = new ArrayList<>();
    String only = System.getenv().getOrDefault("ONLY", ""); // "app" or "bare": one of the two
    for (int round = 1; round <= rounds; round++) {
      if (!only.equals("app")) {
        bare.add(measure(new Bare(), bareJar, work.resolve("bare-" + round), round));
      }
      if (!only.equals("bare")) {
        app.add(measure(new App(), appJar, work.resolve("app-" + round), round));
      }
    }
    if (!only.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.printf(
        "%-50s %12s %12s %8s%n", "median of " + rounds + " round(s)", "bare", "app", "app/bare");
    for (String key : app.get(0).keySet()) {
      double b = median(bare, key);
      double a = median(app, key);
      System.out.printf(
          Locale.ROOT,
          "%-50s %12.1f %12.1f %8s%n",
          key,
          b,
          a,
          b > 0 ? String.format(Locale.ROOT, "%.2f", a / b) : "-");
    }
  }

  /** What differs between the two servers: their users, tasks and how tasks are made. */
  interface Scenario {
    String name();

    int port();

    String jvmOptions();

    List<String> arguments(Path dir);

    /** Users and their open tasks, at least {@code count} of them. */
    List<String[]> makeTasks(String base, int count) throws Exception;

    String listUser(int i);

    /** A user who exists once the server is up, to tell when logins work. */
    default String readyUser() {
      return listUser(0);
    }

    String submitBody();

    /**
     * Users and open tasks of the bare starter's one-task process served by this server, or null
     * when that is what {@link #makeTasks} measures already (the bare server).
     */
    default List<String[]> makeOneTaskTasks(String base, int count) throws Exception {
      return null;
    }
  }

  /** The bare starter's submit body: the one field of {@code one-field}. */
  static final String ONE_FIELD_BODY =
      "{\"variables\":{\"answer\":{\"value\":\"oui\",\"type\":\"String\"}}}";

  static final class Bare implements Scenario {
    public String name() {
      return "bare";
    }

    public int port() {
      return 18181;
    }

    public String jvmOptions() {
      return System.getenv().getOrDefault("BARE_JVM_OPTS", "");
    }

    public List<String> arguments(Path dir) {
      // The same durability as the application's H2 file (application.yaml).
      return List.of(
          "--server.port=" + port(),
          "--spring.datasource.url=jdbc:h2:file:"
              + dir.resolve("db")
              + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /**
     * As many users as the application's documentalistes, each with as many tasks, so that their
     * task lists are the same length.
     */
    static final int USERS_OF_BARE = App.DOCUMENTALISTES.size();

    public List<String[]> makeTasks(String base, int count) throws Exception {
      for (int u = 0; u < USERS_OF_BARE; u++) {
        String id = listUser(u);
        if (status(base, "/engine-rest/user/" + id + "/profile") != 200) {
          call(
              base,
              "demo",
              "POST",
              "/user/create",
              "{\"profile\":{\"id\":\"%s\",\"firstName\":\"U\",\"lastName\":\"%s\"},\"credentials\":{\"password\":\"demo\"}}"
                  .formatted(id, id),
              204);
        }
      }
      int rounds = (count + USERS_OF_BARE - 1) / USERS_OF_BARE;
      for (int i = 0; i < rounds * USERS_OF_BARE; i++) {
        call(
            base,
            "demo",
            "POST",
            "/process-definition/key/one-task/start",
            "{\"variables\":{\"assignee\":{\"value\":\"%s\",\"type\":\"String\"}}}"
                .formatted(listUser(i)),
            200);
      }
      List<String[]> tasks = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (int u = 0; u < USERS_OF_BARE; u++) {
          String user = listUser(u);
          List<String> ids = ids(call(base, user, "GET", "/task?assignee=" + user, null, 200));
          if (round < ids.size()) {
            tasks.add(new String[] {user, ids.get(round)});
          }
        }
      }
      return tasks;
    }

    public String listUser(int i) {
      return "user" + (i % USERS_OF_BARE + 1);
    }

    public String readyUser() {
      return "demo";
    }

    public String submitBody() {
      return ONE_FIELD_BODY;
    }
  }

  /**
   * The application with its demo data: réseau Ventoux Baronnies' 14 documentalistes declare their
   * volunteering (Task_DeclareVolunteering, the form declare-volunteering) in campaigns of successive
   * school years. One documentaliste of each campaign never answers, so that no campaign closes and
   * starts a pairing: the completions measured are declarations only.
   */
  static final class App implements Scenario {
    static final String COORDINATOR = "mathilde.arnaud";
    static final String ADMINISTRATOR = "admin"; // the demo profile's password is "demo"
    static final String TENANT = "ventoux-baronnies";
    static Path oneTaskResources;
    static final List<String> DOCUMENTALISTES =
        List.of(
            "camille.roux", "lucie.martin", "julien.faure", "sophie.bernard", "yann.morel",
            "helene.garcia", "marc.dupont", "ines.moreau", "claire.fabre", "thomas.girard",
            "nadia.benali", "pierre.chabert", "anne.reynaud");
    int nextYear = 2030;

    public String name() {
      return "app";
    }

    public int port() {
      return 18180;
    }

    public String jvmOptions() {
      return System.getenv().getOrDefault("APP_JVM_OPTS", "");
    }

    public List<String> arguments(Path dir) {
      return List.of(
          "--server.port=" + port(),
          "--spring.datasource.url=jdbc:h2:file:"
              + dir.resolve("db")
              + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    public List<String[]> makeTasks(String base, int count) throws Exception {
      int campaigns = (count + DOCUMENTALISTES.size() - 1) / DOCUMENTALISTES.size();
      for (int c = 0; c < campaigns; c++) {
        int y = nextYear++;
        String start =
            "{\"variables\":{\"schoolYear\":{\"value\":\"%d-%d\",\"type\":\"String\"},\"volunteeringDeadline\":{\"value\":\"%d-09-30\",\"type\":\"String\"},\"visitWindowStart\":{\"value\":\"%d-10-05\",\"type\":\"String\"},\"visitWindowEnd\":{\"value\":\"%d-05-28\",\"type\":\"String\"}}}"
                .formatted(y, y + 1, y, y, y + 1);
        call(
            base,
            COORDINATOR,
            "POST",
            "/process-definition/key/cdi-tour/tenant-id/ventoux-baronnies/submit-form",
            start,
            200);
      }
      return tasksInRounds(base, campaigns, "taskDefinitionKey=Task_DeclareVolunteering");
    }

    /**
     * Each documentaliste's tasks matching {@code filter}, read once per person, interleaved: the
     * first task of every person, then the second, … ({@code rounds} at most).
     */
    private List<String[]> tasksInRounds(String base, int rounds, String filter) throws Exception {
      Map<String, List<String>> byUser = new LinkedHashMap<>();
      for (String user : DOCUMENTALISTES) {
        byUser.put(
            user, ids(call(base, user, "GET", "/task?assignee=" + user + "&" + filter, null, 200)));
      }
      List<String[]> tasks = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, List<String>> e : byUser.entrySet()) {
          if (round < e.getValue().size()) {
            tasks.add(new String[] {e.getKey(), e.getValue().get(round)});
          }
        }
      }
      return tasks;
    }

    public String listUser(int i) {
      return DOCUMENTALISTES.get(i % DOCUMENTALISTES.size());
    }

    /**
     * Deploys the bare starter's one-task.bpmn and one-field.form into the network's tenant (the
     * REST deployment API, as the administrator), starts {@code count} instances assigned round-robin
     * to the documentalistes, and returns their tasks as each documentaliste sees them.
     */
    @Override
    public List<String[]> makeOneTaskTasks(String base, int count) throws Exception {
      if (oneTaskResources == null) {
        return null;
      }
      deploy(
          base,
          ADMINISTRATOR,
          TENANT,
          oneTaskResources.resolve("one-task.bpmn"),
          oneTaskResources.resolve("one-field.form"));
      int rounds = (count + DOCUMENTALISTES.size() - 1) / DOCUMENTALISTES.size();
      for (int i = 0; i < rounds * DOCUMENTALISTES.size(); i++) {
        call(
            base,
            ADMINISTRATOR,
            "POST",
            "/process-definition/key/one-task/tenant-id/" + TENANT + "/start",
            "{\"variables\":{\"assignee\":{\"value\":\"%s\",\"type\":\"String\"}}}"
                .formatted(listUser(i)),
            200);
      }
      return tasksInRounds(base, rounds, "processDefinitionKey=one-task");
    }

    public String submitBody() {
      return "{\"variables\":{\"volunteer\":{\"value\":true,\"type\":\"Boolean\"},\"volunteerRole\":{\"value\":\"both\",\"type\":\"String\"},\"publicServed\":{\"value\":\"college\",\"type\":\"String\"},\"ppcrPlanned\":{\"value\":false,\"type\":\"Boolean\"},\"needs\":{\"value\":\"[\\\"digital\\\"]\",\"type\":\"Json\"},\"strengths\":{\"value\":\"[\\\"reading-culture\\\"]\",\"type\":\"Json\"},\"constraintKinds\":{\"value\":\"[]\",\"type\":\"Json\"}}}";
    }
  }

  static Map<String, Double> measure(Scenario s, Path jar, Path dir, int round) throws Exception {
    Files.createDirectories(dir);
    String base = "http://127.0.0.1:" + s.port();
    Map<String, Double> r = new LinkedHashMap<>();
    Process server = start(s, jar, dir, "", r);
    try {
      long pid = server.pid();
      Thread.sleep(3000);
      r.put("RSS after start (MB)", rssMb(pid));

      int needed = WARMUP + SEQUENTIAL + USERS * PER_USER_COMPLETIONS;
      ConcurrentLinkedQueue<String[]> queue =
          new ConcurrentLinkedQueue<>(s.makeTasks(base, needed));
      String profile = System.getenv("PROFILE_DIR"); // JFR of the sequential completions only
      sequential(
          pid, base, queue, s.submitBody(), "", profile == null ? null : s.name() + "-" + round, r);

      List<Double> list =
          concurrently(
              USERS,
              LIST_REQUESTS,
              i -> {
                String user = s.listUser(i);
                long c0 = System.nanoTime();
                call(base, user, "GET", "/task?assignee=" + user, null, 200);
                return (System.nanoTime() - c0) / 1e6;
              });
      r.put("task list, 20 users, p50 (ms)", percentile(list, 50));
      r.put("task list, 20 users, p95 (ms)", percentile(list, 95));
      r.put("task list, 20 users, p99 (ms)", percentile(list, 99));
      List<Double> completions = concurrentCompletions(base, queue, s.submitBody());
      r.put("completion, 20 users, p50 (ms)", percentile(completions, 50));
      r.put("completion, 20 users, p95 (ms)", percentile(completions, 95));
      r.put("completion, 20 users, p99 (ms)", percentile(completions, 99));
      likeForLike(s, pid, base, needed, profile == null ? null : s.name() + "-" + round, r);
      settle(pid);
      r.put("RSS after the load (MB)", rssMb(pid));
      r.put("Tasklist deps.js gzip (1 = yes)", gzip(base) ? 1.0 : 0.0);
      System.out.printf(
          "%n## round %d, %s (load average %s; %d completions, %d list requests)%n",
          round,
          s.name(),
          Files.readString(Path.of("/proc/loadavg")).substring(0, 14),
          SEQUENTIAL + completions.size() + r.getOrDefault(LIKE_COUNT, 0.0).intValue(),
          list.size());
      r.remove(LIKE_COUNT);
    } finally {
      stop(server);
    }
    // A restart on the same database, as after an upgrade or a reboot: the schema, the deployments
    // and the demo data are there already.
    stop(start(s, jar, dir, RESTART, r));
    r.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-50s %10.1f%n", k, v));
    return r;
  }

  static final String RESTART = "restart, ";

  static void stop(Process server) throws InterruptedException {
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  /**
   * Starts the server on the database in {@code dir} and waits until a user can log in; puts the
   * start-up figures into {@code r}, their keys prefixed with {@code prefix}.
   */
  static Process start(Scenario s, Path jar, Path dir, String prefix, Map<String, Double> r)
      throws Exception {
    String base = "http://127.0.0.1:" + s.port();
    List<String> command = new ArrayList<>(List.of("java"));
    for (String option : s.jvmOptions().trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    command.addAll(s.arguments(dir));
    Path log = dir.resolve(prefix.isEmpty() ? "server.log" : "server-restart.log");
    long t0 = System.nanoTime();
    Process server =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long pid = server.pid();
    while (true) {
      if (!server.isAlive()) {
        throw new IllegalStateException(s.name() + " stopped, see " + log);
      }
      // Up: the engine's REST door answers (200, or 401 where listing the engines needs a login).
      int code = status(base, "/engine-rest/engine");
      if (code == 200 || code == 401) {
        break;
      }
      if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
        stop(server);
        throw new IllegalStateException(s.name() + " not up in 10 minutes, see " + log);
      }
      Thread.sleep(100);
    }
    r.put(prefix + "start-up, REST answers (s)", (System.nanoTime() - t0) / 1e9);
    r.put(prefix + "start-up, Spring's own (s)", -1.0); // read below, once the log has the line
    r.put(prefix + "CPU during start-up (s)", cpuSeconds(pid));
    // Ready for the users: their login works (the application's demo data is seeded once the
    // server is up).
    while (status(base, "/engine-rest/task?assignee=" + s.readyUser(), s.readyUser()) != 200) {
      Thread.sleep(100);
    }
    r.put(prefix + "start-up, users can log in (s)", (System.nanoTime() - t0) / 1e9);
    r.put(prefix + "CPU until users can log in (s)", cpuSeconds(pid));
    // With deferred repositories Tomcat answers (and, on a restart, users log in) before Spring
    // prints "Started … in": wait for the line.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (springStarted(log) < 0 && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    r.put(prefix + "start-up, Spring's own (s)", springStarted(log));
    return server;
  }

  static final String LIKE = "like-for-like: ";
  static final String LIKE_COUNT = "like-for-like completions";

  /**
   * Sequential completions, one at a time after WARMUP of them: server CPU (less the idle rate
   * measured just before) and wall time per completion, under keys starting with {@code prefix}.
   * With {@code profile}, a JFR recording of the sequential completions to PROFILE_DIR/profile.jfr.
   */
  static void sequential(
      long pid,
      String base,
      ConcurrentLinkedQueue<String[]> queue,
      String body,
      String prefix,
      String profile,
      Map<String, Double> r)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      complete(base, queue.poll(), body);
    }
    settle(pid);
    double idleRate = idleCpuRate(pid);
    if (profile != null) {
      run("jcmd", String.valueOf(pid), "JFR.start", "name=bench", "settings=profile");
    }
    double cpu0 = cpuSeconds(pid);
    long w0 = System.nanoTime();
    List<Double> sequential = new ArrayList<>();
    for (int i = 0; i < SEQUENTIAL; i++) {
      long c0 = System.nanoTime();
      complete(base, queue.poll(), body);
      sequential.add((System.nanoTime() - c0) / 1e6);
    }
    settle(pid); // the jobs a completion leaves (asyncAfter) are part of its cost
    double elapsed = (System.nanoTime() - w0) / 1e9;
    double cpu = cpuSeconds(pid) - cpu0 - idleRate * elapsed;
    if (profile != null) {
      Path file = Path.of(System.getenv("PROFILE_DIR"), profile + ".jfr").toAbsolutePath();
      run("jcmd", String.valueOf(pid), "JFR.stop", "name=bench", "filename=" + file);
      System.out.println("JFR recording: " + file);
    }
    r.put(prefix + "CPU per completion (ms)", cpu * 1000 / SEQUENTIAL);
    if (prefix.isEmpty()) {
      r.put("  same, idle rate not taken off (ms)", (cpu + idleRate * elapsed) * 1000 / SEQUENTIAL);
      r.put("  idle CPU (% of a core)", idleRate * 100);
    }
    r.put(prefix + "wall per completion, mean (ms)", mean(sequential));
    r.put(prefix + "wall per completion, p50 (ms)", percentile(sequential, 50));
  }

  /**
   * The bare starter's one-task process on this server (the application), measured like the
   * bare's own completions; on the bare server the same keys repeat its figures, so that the
   * median table gives the like-for-like ratio.
   */
  static void likeForLike(Scenario s, long pid, String base, int needed, String profile, Map<String, Double> r)
      throws Exception {
    List<String[]> tasks = s.makeOneTaskTasks(base, needed);
    if (tasks == null) {
      for (String key : List.of(
          "CPU per completion (ms)",
          "wall per completion, mean (ms)",
          "wall per completion, p50 (ms)",
          "completion, 20 users, p50 (ms)",
          "completion, 20 users, p95 (ms)",
          "completion, 20 users, p99 (ms)")) {
        r.put(LIKE + key, r.get(key));
      }
      return;
    }
    settle(pid);
    ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(tasks);
    sequential(pid, base, queue, ONE_FIELD_BODY, LIKE, profile == null ? null : profile + "-like", r);
    List<Double> completions = concurrentCompletions(base, queue, ONE_FIELD_BODY);
    r.put(LIKE + "completion, 20 users, p50 (ms)", percentile(completions, 50));
    r.put(LIKE + "completion, 20 users, p95 (ms)", percentile(completions, 95));
    r.put(LIKE + "completion, 20 users, p99 (ms)", percentile(completions, 99));
    r.put(LIKE_COUNT, (double) (SEQUENTIAL + completions.size()));
  }

  /** USERS users at once, PER_USER_COMPLETIONS each: GET the task, then submit-form (timed). */
  static List<Double> concurrentCompletions(
      String base, ConcurrentLinkedQueue<String[]> queue, String body) throws Exception {
    return concurrently(
        USERS,
        PER_USER_COMPLETIONS,
        i -> {
          String[] task = queue.poll();
          if (task == null) {
            return null;
          }
          call(base, task[0], "GET", "/task/" + task[1], null, 200);
          long c0 = System.nanoTime();
          call(base, task[0], "POST", "/task/" + task[1] + "/submit-form", body, 204);
          return (System.nanoTime() - c0) / 1e6;
        });
  }

  /** A multipart POST /deployment/create of {@code files} into {@code tenant}, changed ones only. */
  static void deploy(String base, String user, String tenant, Path... files) throws Exception {
    String boundary = "bench" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "bench-one-task");
    fields.put("deploy-changed-only", "true");
    fields.put("tenant-id", tenant);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.write(
          ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                  + "\"\r\n\r\n" + field.getValue() + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      body.write(
          ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                  + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(Files.readAllBytes(file));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "deployment of " + List.of(files) + " as " + user + ": " + response.statusCode() + " "
              + response.body());
    }
  }

  interface Step {
    Double run(int user) throws Exception;
  }

  /** USERS threads released together, each doing its steps one after another. */
  static List<Double> concurrently(int users, int steps, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Double> times = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger failures = new AtomicInteger();
    for (int u = 0; u < users; u++) {
      int user = u;
      pool.submit(
          () -> {
            go.await();
            for (int i = 0; i < steps; i++) {
              try {
                Double t = step.run(user);
                if (t != null) {
                  times.add(t);
                }
              } catch (Exception e) {
                failures.incrementAndGet();
                System.err.println(e.getMessage());
              }
            }
            return null;
          });
    }
    go.countDown();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    if (failures.get() > 0) {
      System.err.println(failures.get() + " failed requests");
    }
    return times;
  }

  static void complete(String base, String[] task, String body) throws Exception {
    call(base, task[0], "GET", "/task/" + task[1], null, 200);
    call(base, task[0], "POST", "/task/" + task[1] + "/submit-form", body, 204);
  }

  static String call(String base, String user, String method, String path, String body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(user))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  static int status(String base, String path, String... user) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
      request.header("Authorization", basic(user.length > 0 ? user[0] : "demo"));
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  static boolean gzip(String base) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/camunda/lib/deps.js?bust=7.24.0"))
            .header("Accept-Encoding", "gzip")
            .build();
    HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String encoding = response.headers().firstValue("Content-Encoding").orElse("");
    System.out.printf(
        "deps.js: HTTP %d, %d bytes, Content-Encoding '%s'%n",
        response.statusCode(), response.body().length, encoding);
    return encoding.equals("gzip");
  }

  static List<String> ids(String json) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(json);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Waits until the server is quiet (under 5 % of a core for half a second), at most 30 s. */
  static void settle(long pid) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      double c0 = cpuSeconds(pid);
      Thread.sleep(500);
      if (cpuSeconds(pid) - c0 < 0.025) {
        return;
      }
    }
  }

  static double idleCpuRate(long pid) throws Exception {
    double c0 = cpuSeconds(pid);
    long t0 = System.nanoTime();
    Thread.sleep(3000);
    return (cpuSeconds(pid) - c0) / ((System.nanoTime() - t0) / 1e9);
  }

  static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields 14 and 15 of stat (utime, stime) are 12 and 13 after "pid (comm) "
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) clockTicks;
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return -1;
  }

  static double springStarted(Path log) throws IOException {
    Matcher m = Pattern.compile("Started \\S+ in ([0-9.]+) seconds").matcher(Files.readString(log));
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(-1);
  }

  static double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  static double median(List<Map<String, Double>> rounds, String key) {
    List<Double> values = new ArrayList<>();
    rounds.forEach(r -> values.add(r.getOrDefault(key, -1.0)));
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  static int intEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
  }
}
