package fr.reseau.ecoles.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import fr.reseau.ecoles.ReseauEcolesApplication;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestDatabase;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two nodes of the application on one database (issue 12, "Two nodes"): node A is this test's
 * Spring context, node B a second context of the same application started by the test, each with
 * its own engine name, job-log hostname, job executor and web port. People act over HTTP on {@code
 * /engine-rest} as themselves (HTTP Basic), their requests alternating between the nodes; every
 * timer and async continuation runs on the two job executors, the test only moves the engine's
 * clock ({@link ClockUtil} is static: both engines share it).
 *
 * <p>In the middle of the campaign node B dies holding locked jobs: its job executor acquires the
 * visits' day-after timers (locks them with its lock owner, as its acquisition thread does), then
 * it is stopped without running or unlocking them. Node A must leave them alone until their lock
 * expires, then run each of them once; the campaign ends on A alone, nothing lost.
 *
 * <p>Both engines are in the JVM's static {@code ProcessEngines} registry under their own names,
 * and neither is named {@code default}: requests go to {@code /engine-rest/engine/{name}/...}, the
 * REST API's path for a named engine, so that a request to a node runs on that node's engine.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.process-engine-name=" + TwoNodesCampaignIT.ENGINE_A,
      "camunda.bpm.generic-properties.properties.hostname=" + TwoNodesCampaignIT.NODE_A,
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=300",
      "camunda.bpm.job-execution.backoff-time-in-millis=0",
      "camunda.bpm.job-execution.max-backoff=0"
    })
class TwoNodesCampaignIT extends JobExecutorIntegrationTest {

  static final String NODE_A = "node-a";
  static final String NODE_B = "node-b";

  /** The engines' names: Camunda's Spring Boot starter ignores a name with a hyphen. */
  static final String ENGINE_A = "nodea";

  static final String ENGINE_B = "nodeb";

  static final String NETWORK = "ventoux-baronnies";
  static final String COORDINATOR = "mathilde.arnaud";
  static final String DATABASE = "twonodes";

  /** Node B's job lock time, Camunda's default (application.yaml): a dead node's jobs wait this. */
  static final int LOCK_MILLIS = 300_000;

  /**
   * The two nodes share a database of their own. The base class's {@code @DynamicPropertySource}
   * (its database, {@code jobexec}) is registered after this one and wins for the same keys, so
   * this one sets keys that win over those: Hikari's own URL, bound onto the data source after
   * {@code spring.datasource.url}, and Flyway's default schema, which comes before its list of
   * schemas.
   */
  @DynamicPropertySource
  static void sharedDatabase(DynamicPropertyRegistry registry) {
    sharedDatabase().forEach((name, value) -> registry.add(OVERRIDING.get(name), () -> value));
  }

  private static final Map<String, String> OVERRIDING =
      Map.of(
          "spring.datasource.url", "spring.datasource.hikari.jdbc-url",
          "spring.flyway.schemas", "spring.flyway.default-schema");

  /** The properties that point an application at the two nodes' database. */
  static Map<String, String> sharedDatabase() {
    Map<String, String> properties = new TreeMap<>();
    TestDatabase.ownDatabase(
        DATABASE, (name, value) -> properties.put(name, String.valueOf(value.get())));
    return properties;
  }

  @LocalServerPort int portA;
  @Autowired Environment environment;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private ConfigurableApplicationContext nodeB;
  private int portB;
  private boolean nodeBAlive;
  private int requests;
  private final Map<String, Integer> requestsByNode = new TreeMap<>();

  @AfterEach
  void stopNodeB() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void aWholeCampaignAcrossTwoNodesRunsEveryJobOnceAndSurvivesTheDeathOfOne() throws Exception {
    assertThat(jdbc.getDataSource().unwrap(HikariDataSource.class).getJdbcUrl()).contains(DATABASE);
    assertThat(processEngine.getName()).isEqualTo(ENGINE_A);
    startNodeB();
    assertThat(engineOf(nodeB).getName()).isEqualTo(ENGINE_B);
    List<String> documentalistes =
        List.of(
            "camille.roux",
            "lucie.martin",
            "julien.faure",
            "sophie.bernard",
            "yann.morel",
            "helene.garcia",
            "marc.dupont",
            "ines.moreau",
            "claire.fabre",
            "thomas.girard",
            "nadia.benali",
            "pierre.chabert",
            "anne.reynaud",
            "elise.blanc");
    CampaignPeople people =
        new CampaignPeople(this, new TestNetwork(NETWORK, documentalistes, List.of(), COORDINATOR));

    ProcessInstance tour = people.startCampaign("2026-2027");
    assertThat(taskService.createTaskQuery().processInstanceId(tour.getId()).count()).isEqualTo(14);
    // Twelve answer (hosts, visitors, both), two never do: the reminder counts them.
    Map<String, String> roles = new LinkedHashMap<>();
    String[] cycle = {
      VolunteerRole.BOTH.code(), VolunteerRole.HOST.code(), VolunteerRole.VISITOR.code()
    };
    for (int i = 0; i < 12; i++) {
      roles.put(documentalistes.get(i), cycle[i % 3]);
    }
    people.declareAll(tour, roles);
    clockAt(LocalDate.of(2026, 9, 23), 9);
    assertThat(variable(tour, CdiTourVariables.Internal.REMINDER_PENDING_COUNT)).isEqualTo(2);
    clockAt(LocalDate.of(2026, 10, 1), 9);
    people.approvePairing(tour);

    List<ProcessInstance> visits = calledInstances(tour);
    assertThat(visits).hasSizeGreaterThanOrEqualTo(2);
    clockAt(LocalDate.of(2026, 10, 12), 9);
    for (int i = 0; i < visits.size(); i++) {
      people.prepareVisit(visits.get(i), CampaignPeople.visitDay(i));
    }

    // Node B dies holding the visits' day-after timers.
    Set<String> heldByB = nodeBDiesHoldingTheJobsDueAt(LocalDate.of(2026, 11, 27), 9);
    assertThat(heldByB).isNotEmpty();
    Date killedAt = ClockUtil.getCurrentTime();
    Map<String, Object> lockOfB =
        jdbc.queryForMap(
            "select count(*) as jobs, min(lock_exp_time_) as expires from act_ru_job"
                + " where lock_owner_ = ?",
            lockOwner(nodeB));
    assertThat(((Number) lockOfB.get("jobs")).intValue()).isEqualTo(heldByB.size());
    // A runs everything else that is due, never B's locked jobs while their lock holds.
    jobExecutorOf(processEngine).start();
    Thread.sleep(2_000);
    assertThat(successes(heldByB)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_job where lock_owner_ = ?",
                Integer.class,
                lockOwner(nodeB)))
        .isEqualTo(heldByB.size());
    // Once the lock time has passed, A takes them over and runs each of them once.
    ClockUtil.setCurrentTime(new Date(killedAt.getTime() + LOCK_MILLIS + 1_000));
    awaitJobsDone();
    Map<String, List<HistoricJobLog>> takenOver = successes(heldByB);
    assertThat(takenOver.keySet()).isEqualTo(heldByB);
    assertThat(takenOver.values())
        .allSatisfy(
            logs -> {
              assertThat(logs).hasSize(1);
              assertThat(logs.get(0).getHostname()).isEqualTo(NODE_A);
            });
    System.out.printf(
        "two nodes: node B died holding %d jobs; node A ran them after %d s on the engine clock%n",
        heldByB.size(), (ClockUtil.getCurrentTime().getTime() - killedAt.getTime()) / 1000);
    for (ProcessInstance visit : visits) {
      assertThat(task(visit, "Task_ConfirmVisitHeld"))
          .as("visit %s held?", visit.getId())
          .isNotNull();
    }

    // The campaign ends on node A alone.
    for (ProcessInstance visit : visits) {
      people.finishVisit(visit, List.of("digital"));
    }
    clockAt(LocalDate.of(2027, 6, 12), 9);
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CdiVisitVariables.PROCESS_KEY)
                .superProcessInstanceId(tour.getId())
                .completed()
                .count())
        .isEqualTo(visits.size());
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(NETWORK)
            .singleResult();
    assertThat(review).as("annual review opened by the end of the campaign").isNotNull();

    assertEveryJobRanOnceOnBothNodes();
    assertThat(requestsByNode).containsOnlyKeys(NODE_A, NODE_B);
    assertNoFailure();
  }

  private void assertEveryJobRanOnceOnBothNodes() {
    List<HistoricJobLog> successes = historyService.createHistoricJobLogQuery().successLog().list();
    Map<String, List<HistoricJobLog>> byJob =
        successes.stream()
            // History cleanup is one job rescheduled after each run (Camunda's design).
            .filter(log -> !"history-cleanup".equals(log.getJobDefinitionType()))
            .collect(Collectors.groupingBy(HistoricJobLog::getJobId));
    assertThat(byJob.values())
        .as("jobs that ran more than once")
        .allSatisfy(logs -> assertThat(logs).hasSize(1));
    Set<String> created =
        historyService.createHistoricJobLogQuery().creationLog().list().stream()
            .map(HistoricJobLog::getJobId)
            .collect(Collectors.toSet());
    Set<String> stillWaiting =
        managementService.createJobQuery().list().stream()
            .map(j -> j.getId())
            .collect(Collectors.toSet());
    Set<String> neverRan = new HashSet<>(created);
    neverRan.removeAll(byJob.keySet());
    neverRan.removeAll(stillWaiting);
    neverRan.removeIf(
        id ->
            historyService.createHistoricJobLogQuery().jobId(id).successLog().count() > 0
                || historyService.createHistoricJobLogQuery().jobId(id).deletionLog().count() > 0);
    assertThat(neverRan).as("jobs created, never run nor deleted").isEmpty();
    Map<String, Long> byNode =
        successes.stream()
            .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
    assertThat(byNode).containsKeys(NODE_A, NODE_B);
    System.out.printf(
        "two nodes: %d jobs ran once each; successful runs by node %s; requests by node %s%n",
        byJob.size(), byNode, requestsByNode);
  }

  private Map<String, List<HistoricJobLog>> successes(Set<String> jobIds) {
    return historyService.createHistoricJobLogQuery().successLog().list().stream()
        .filter(log -> jobIds.contains(log.getJobId()))
        .collect(Collectors.groupingBy(HistoricJobLog::getJobId));
  }

  /**
   * Both job executors stopped, the clock moved; node B's engine acquires what is due, as its
   * acquisition thread would (the jobs locked with its lock owner for its lock time); then B stops
   * for good without running them. Returns the jobs B holds.
   */
  private Set<String> nodeBDiesHoldingTheJobsDueAt(LocalDate day, int hour) {
    JobExecutor executorB = jobExecutorOf(engineOf(nodeB));
    executorB.shutdown();
    jobExecutorOf(processEngine).shutdown();
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ProcessDates.ZONE).toInstant()));
    ((ProcessEngineConfigurationImpl) engineOf(nodeB).getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(executorB, 100));
    nodeBAlive = false;
    return Set.copyOf(
        jdbc.queryForList(
            "select id_ from act_ru_job where lock_owner_ = ?", String.class, lockOwner(nodeB)));
  }

  private void startNodeB() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.profiles.active=demo,test");
    sharedDatabase().forEach((name, value) -> args.add("--" + name + "=" + value));
    String username = environment.getProperty("spring.datasource.username");
    if (username != null) {
      args.add("--spring.datasource.username=" + username);
    }
    args.addAll(
        List.of(
            "--camunda.bpm.process-engine-name=" + ENGINE_B,
            "--camunda.bpm.generic-properties.properties.hostname=" + NODE_B,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=300",
            "--camunda.bpm.job-execution.backoff-time-in-millis=0",
            "--camunda.bpm.job-execution.max-backoff=0"));
    nodeB =
        new SpringApplicationBuilder(ReseauEcolesApplication.class)
            .run(args.toArray(String[]::new));
    portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    JobExecutor executorB = jobExecutorOf(engineOf(nodeB));
    if (!executorB.isActive()) {
      executorB.start();
    }
    nodeBAlive = true;
  }

  private static ProcessEngine engineOf(ConfigurableApplicationContext node) {
    return node.getBean(ProcessEngine.class);
  }

  private static JobExecutor jobExecutorOf(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
  }

  private static String lockOwner(ConfigurableApplicationContext node) {
    return jobExecutorOf(engineOf(node)).getLockOwner();
  }

  // People's actions go over HTTP, alternately to A and B while B is alive.

  @Override
  public ProcessInstance startAs(
      String userId, String processKey, String networkId, Map<String, Object> variables) {
    Map<String, Object> answer =
        post(
            userId,
            "/process-definition/key/" + processKey + "/tenant-id/" + networkId + "/start",
            Map.of("variables", restVariables(variables)),
            200);
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId((String) answer.get("id"))
        .singleResult();
  }

  @Override
  public void completeAs(String userId, Task task, Map<String, Object> variables) {
    assertThat(task).as("open task for %s", userId).isNotNull();
    post(
        userId,
        "/task/" + task.getId() + "/complete",
        Map.of("variables", restVariables(variables)),
        204);
    awaitJobsDone();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String userId, String path, Object body, int expected) {
    String node = nodeBAlive && requests++ % 2 == 1 ? NODE_B : NODE_A;
    int port = NODE_B.equals(node) ? portB : portA;
    requestsByNode.merge(node, 1, Integer::sum);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + port
                          + "/engine-rest/engine/"
                          + (NODE_B.equals(node) ? ENGINE_B : ENGINE_A)
                          + path))
              .header("Content-Type", "application/json")
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8)))
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("%s %s as %s via %s: %s", "POST", path, userId, node, response.body())
          .isEqualTo(expected);
      return response.body().isBlank() ? Map.of() : json.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The REST API's typed variables: lists as JSON, as the forms send them. */
  private Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> typed = new HashMap<>();
    variables.forEach(
        (name, value) -> {
          Map<String, Object> variable = new HashMap<>();
          if (value instanceof List<?> list) {
            try {
              variable.put("value", json.writeValueAsString(list));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            variable.put("type", "Json");
          } else {
            variable.put("value", value);
          }
          typed.put(name, variable);
        });
    return typed;
  }
}
