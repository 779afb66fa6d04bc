package fr.reseau.ecoles.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.holidays.HolidayImportService;
import fr.reseau.ecoles.retention.DataRetentionVariables;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run with the engine's <em>real</em> job executor, as in production:
 * timers, async continuations and messages run on its threads, where nobody is logged in, while
 * people act through the engine's services as themselves (authorization on). The test thread never
 * executes a job: it moves the engine's clock (the job executor acquires by {@link ClockUtil} too)
 * and waits, for a bounded time, until no job is due.
 *
 * <p>Its own in-memory database and engine name: a job executor must never pick up the jobs of the
 * other tests (which drive their jobs themselves). These tests are {@code *IT} classes, run by
 * Failsafe in a JVM of their own. Its helpers are public for the feature packages' drivers ({@code
 * CampaignPeople}, {@code WorkshopDayPeople}).
 *
 * <p>The application is pointed at a real SMTP server, {@link TestSmtp} on {@code 127.0.0.1}: its
 * own scheduled outbox worker sends every message there, as in production. It listens on a free
 * port, so people can act through {@code /engine-rest} and the pages ({@link RestUsers}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.process-engine-name=jobexec",
      // Poll often: the tests wait for the jobs, not for the executor's back-off (defaults up to 60
      // s).
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=300",
      "camunda.bpm.job-execution.backoff-time-in-millis=0",
      "camunda.bpm.job-execution.max-backoff=0",
      "spring.mail.host=127.0.0.1",
      // The worker sends within a fifth of a second of the step's commit.
      "app.mail.poll-delay=200ms"
    })
@ActiveProfiles({"demo", "test"})
public abstract class JobExecutorIntegrationTest {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    TestDatabase.ownDatabase("jobexec", registry);
    registry.add("spring.mail.port", TestSmtp::port);
  }

  /** Generous: the build machine is shared; a normal wait is well under a second. */
  private static final Duration JOBS_DONE_WITHIN = Duration.ofMinutes(3);

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @LocalServerPort protected int port;

  @BeforeEach
  void jobExecutorOnNobodyLoggedIn() {
    assertThat(processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    identityService.clearAuthentication();
    jobExecutor().start();
    assertThat(jobExecutor().isActive()).isTrue();
  }

  @AfterEach
  void jobsDoneThenJobExecutorOff() {
    identityService.clearAuthentication();
    try {
      // Jobs of this test that are due are done before the next test moves the clock.
      awaitJobsDone();
    } finally {
      // Off between these tests: the context stays cached while Failsafe runs other *IT classes,
      // which move the same JVM-wide engine clock.
      jobExecutor().shutdown();
      ClockUtil.reset();
    }
  }

  @Autowired private HolidayImportService holidayImport;

  /**
   * Imports a calendar of that school year ({@link TestSchoolCalendars}) for a test that plays a
   * campaign in a year the bundled calendar does not cover.
   */
  public void coverSchoolYear(int firstYear) {
    holidayImport.importFile(
        TestSchoolCalendars.csv(firstYear).getBytes(StandardCharsets.UTF_8),
        "test-" + firstYear,
        null);
  }

  /** People acting over HTTP on this application, as Tasklist and a browser do. */
  public RestUsers rest() {
    return new RestUsers(port, processEngine.getName());
  }

  private JobExecutor jobExecutor() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
  }

  /** Moves the engine's clock, then waits until the job executor has run every job due. */
  public void clockAt(LocalDate day, int hour) {
    clockAt(
        Date.from(
            LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ProcessDates.ZONE).toInstant()));
  }

  /**
   * Moves the engine's clock to that moment, then waits until the job executor has run every job
   * due.
   */
  public void clockAt(Date moment) {
    ClockUtil.setCurrentTime(moment);
    awaitJobsDone();
  }

  /**
   * Moves the engine's clock one minute past the instance's timer on that activity, then waits for
   * the jobs.
   */
  public void clockAfterTimer(ProcessInstance instance, String activityId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .orderByJobDuedate()
            .asc()
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    assertThat(timer).as("timer %s waiting in %s", activityId, instance.getId()).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    awaitJobsDone();
  }

  /**
   * Moves the engine's clock to the first night of the network's {@code data-retention} timer on or
   * after that day (09:00 the same day when the timer is already due by then), then waits for the
   * jobs. The clock is shared by the tests and a cycle timer plans its next night from the clock's
   * time, so another test may have left the timer later than {@code day}.
   */
  public void clockAtRetentionNight(String networkId, LocalDate day) {
    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(DataRetentionVariables.PROCESS_KEY)
            .tenantIdIn(networkId)
            .timers()
            .singleResult();
    assertThat(timer).as("nightly retention timer of %s", networkId).isNotNull();
    Date target =
        Date.from(LocalDateTime.of(day, LocalTime.of(9, 0)).atZone(ProcessDates.ZONE).toInstant());
    if (timer.getDuedate().after(target)) {
      target = new Date(timer.getDuedate().getTime() + 60_000);
    }
    ClockUtil.setCurrentTime(target);
    awaitJobsDone();
  }

  /**
   * Waits until no job is due (the job executor has run them all), or a job has no retries left (an
   * incident); then checks that no job failed and no incident was raised anywhere in the engine. A
   * job that met an optimistic locking conflict and is retried by the engine is waited for.
   */
  public void awaitJobsDone() {
    await()
        .atMost(JOBS_DONE_WITHIN)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                managementService.createJobQuery().noRetriesLeft().count() > 0
                    || runtimeService.createIncidentQuery().count() > 0
                    || managementService.createJobQuery().executable().count() == 0);
    assertNoFailure();
  }

  /** No failed job (its exception is shown) and no incident, in the whole engine. */
  public void assertNoFailure() {
    List<Job> failed = managementService.createJobQuery().withException().list();
    assertThat(failed)
        .as(
            "failed jobs:%n%s",
            failed.stream()
                .map(
                    j ->
                        j.getId()
                            + " "
                            + j.getProcessDefinitionKey()
                            + ": "
                            + managementService.getJobExceptionStacktrace(j.getId()))
                .collect(Collectors.joining("\n")))
        .isEmpty();
    List<Incident> incidents = runtimeService.createIncidentQuery().list();
    assertThat(incidents)
        .as(
            "incidents: %s",
            incidents.stream()
                .map(
                    i ->
                        i.getProcessDefinitionId()
                            + " "
                            + i.getActivityId()
                            + ": "
                            + i.getIncidentMessage())
                .toList())
        .isEmpty();
    assertThat(managementService.createJobQuery().noRetriesLeft().count()).isZero();
  }

  /** Runs an action as that user, with their groups and networks, as the webapps and REST do. */
  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(
        userId,
        () -> {
          action.run();
          return null;
        });
  }

  /** Starts the network's own definition as that user (a coordinator, a project team member). */
  public ProcessInstance startAs(
      String userId, String processKey, String networkId, Map<String, Object> variables) {
    return as(
        userId,
        () ->
            runtimeService
                .createProcessInstanceByKey(processKey)
                .processDefinitionTenantId(networkId)
                .setVariables(variables)
                .execute());
  }

  /** The task, as seen by nobody in particular. */
  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /**
   * The user completes the task, as themselves; then the jobs it caused run on the job executor.
   */
  public void completeAs(String userId, Task task, Map<String, Object> variables) {
    assertThat(task).as("open task for %s", userId).isNotNull();
    as(userId, () -> taskService.complete(task.getId(), variables));
    awaitJobsDone();
  }

  public void completeAs(
      String userId,
      ProcessInstance instance,
      String taskDefinitionKey,
      Map<String, Object> variables) {
    completeAs(userId, task(instance, taskDefinitionKey), variables);
  }

  /** The task of that process assigned to that user. */
  public Task taskOf(ProcessInstance instance, String taskDefinitionKey, String assignee) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .taskAssignee(assignee)
        .singleResult();
  }

  public List<ProcessInstance> calledInstances(ProcessInstance parent) {
    return runtimeService
        .createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId())
        .list();
  }

  public Object variable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  public boolean isEnded(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()
        == 0;
  }
}
