package fr.reseau.ecoles.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that run the whole application (engine, database, REST): one shared Spring
 * context, the demo network seeded, no job executor. Tests drive jobs and move the engine's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class IntegrationTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;

  @BeforeEach
  void initAssertions() {
    init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected static void clockAt(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
                .atZone(ProcessDates.ZONE)
                .toInstant()));
  }

  /**
   * Executes the due jobs of the instance and of the instances it called, one at a time (a job can
   * remove others, e.g. an interrupting timer), until none is left.
   */
  protected void executeDueJobs(ProcessInstance root) {
    for (int round = 0; round < 1000; round++) {
      Job next =
          instanceTree(root.getId()).stream()
              .flatMap(
                  id ->
                      managementService
                          .createJobQuery()
                          .processInstanceId(id)
                          .executable()
                          .list()
                          .stream())
              .findFirst()
              .orElse(null);
      if (next == null) {
        return;
      }
      managementService.executeJob(next.getId());
    }
    throw new AssertionError("Jobs keep coming: a loop in the process?");
  }

  protected List<String> instanceTree(String rootId) {
    List<String> ids = new ArrayList<>();
    List<String> pending = new ArrayList<>(List.of(rootId));
    while (!pending.isEmpty()) {
      String id = pending.remove(0);
      ids.add(id);
      runtimeService
          .createProcessInstanceQuery()
          .superProcessInstanceId(id)
          .list()
          .forEach(p -> pending.add(p.getId()));
    }
    return ids;
  }

  /**
   * Starts the network's own definition of the process (each network is a tenant with its
   * deployment).
   */
  protected ProcessInstance startProcess(
      String processKey, String networkId, Map<String, Object> variables) {
    return runtimeService
        .createProcessInstanceByKey(processKey)
        .processDefinitionTenantId(networkId)
        .setVariables(variables)
        .execute();
  }

  /**
   * Starts the network's {@code cdi-tour} for 2026-2027 (answers by 30 September, visits from 5
   * October 2026 to 28 May 2027), as the process tests' campaigns do; the caller sets the clock.
   */
  protected ProcessInstance startCdiTour(TestNetwork network) {
    return startProcess(
        CdiTourVariables.PROCESS_KEY,
        network.id(),
        Map.of(
            CdiTourVariables.SCHOOL_YEAR,
            "2026-2027",
            CdiTourVariables.NETWORK_ID,
            network.id(),
            CdiTourVariables.VOLUNTEERING_DEADLINE,
            "2026-09-30",
            CdiTourVariables.VISIT_WINDOW_START,
            "2026-10-05",
            CdiTourVariables.VISIT_WINDOW_END,
            "2027-05-28"));
  }

  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  protected void complete(
      ProcessInstance instance, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = task(instance, taskDefinitionKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " in " + instance.getId());
    }
    taskService.complete(task.getId(), variables);
    executeDueJobs(instance);
  }

  /**
   * Walks a started {@code cdi-visit} through every step to the validated recap, on that date; the
   * clock is left on the day after the visit.
   */
  protected void driveVisitToCompletion(
      ProcessInstance visit, String visitDate, List<String> trainingNeeds) {
    driveVisitToCompletion(visit, visitDate, trainingNeeds, true);
  }

  /** The same, the host agreeing or not that the tracks for their CDI appear in the summary. */
  protected void driveVisitToCompletion(
      ProcessInstance visit,
      String visitDate,
      List<String> trainingNeeds,
      boolean hostSharesImprovements) {
    complete(visit, "Task_PreVisitVisitor", CampaignPeople.visitorDocument());
    complete(visit, "Task_PreVisitHost", CampaignPeople.hostDocument());
    complete(visit, "Task_ProposeVisitDate", CampaignPeople.dateProposal(visitDate));
    complete(visit, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());
    complete(visit, "Task_SignMissionOrder", CampaignPeople.missionOrderSigned("OM-1"));
    clockAt(LocalDate.parse(visitDate).plusDays(1), 9);
    executeDueJobs(visit);
    complete(visit, "Task_ConfirmVisitHeld", CampaignPeople.visitHeld());
    complete(visit, "Task_WriteRecap", CampaignPeople.recap(trainingNeeds));
    complete(visit, "Task_ValidateRecap", CampaignPeople.recapValidated(hostSharesImprovements));
  }

  /**
   * Starts a {@code cdi-visit} of the test network on its own (2026-2027, window from 16 November
   * 2026 to 31 March 2027), as the campaign's call activity does, and runs its first jobs.
   */
  protected ProcessInstance startVisit(TestNetwork network, String visitor, String host) {
    ProcessInstance instance =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            network.id(),
            CampaignPeople.visitStart(network.id(), visitor, host));
    executeDueJobs(instance);
    return instance;
  }

  protected List<ProcessInstance> calledInstances(ProcessInstance parent) {
    return runtimeService
        .createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId())
        .list();
  }
}
