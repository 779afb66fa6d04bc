package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders and escalations of {@code cdi-visit} with the real job executor: the timers fire with
 * nobody logged in (the network comes from the tenant), then three coordinators' decisions are
 * submitted at once from three threads, each as the coordinator.
 */
class VisitDeadlinesOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  @Autowired TestNetworks networks;
  @Autowired OutboxRepository outbox;
  @Autowired VisitRepository visits;

  ProcessInstance startVisit(TestNetwork network, String visitor, String host) {
    return runtimeService
        .createProcessInstanceByKey(CdiVisitVariables.PROCESS_KEY)
        .processDefinitionTenantId(network.id())
        .setVariables(
            Map.of(
                CdiVisitVariables.VISITOR,
                visitor,
                CdiVisitVariables.HOST,
                host,
                CdiVisitVariables.NETWORK_ID,
                network.id(),
                CdiVisitVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiVisitVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiVisitVariables.VISIT_WINDOW_END,
                "2027-03-31"))
        .execute();
  }

  List<OutboxMessage> sent(String userId, String kind) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  @Test
  void remindersAndEscalationsRunAsNobodyAndDecisionsRaceSafely() throws Exception {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(6);
    List<String> docs = network.documentalistes();
    List<ProcessInstance> instances =
        List.of(
            startVisit(network, docs.get(0), docs.get(1)),
            startVisit(network, docs.get(2), docs.get(3)),
            startVisit(network, docs.get(4), docs.get(5)));
    awaitJobsDone();

    // The follow-up date: every pre-visit holder is reminded by the job executor; tasks stay.
    clockAt(TODAY.plusDays(7), 10);
    for (String doc : docs) {
      assertThat(sent(doc, "task-reminder")).as(doc).hasSize(1);
      assertThat(sent(doc, "task-reminder").get(0).getCategory())
          .isEqualTo(NoticeCategory.REMINDER);
    }
    for (ProcessInstance instance : instances) {
      assertThat(task(instance, "Task_PreVisitVisitor")).isNotNull();
    }

    // One visitor answers in time; the due date sends the rest to the coordinators.
    Task answered = task(instances.get(0), "Task_PreVisitVisitor");
    completeAs(
        docs.get(0),
        answered,
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS, "Voir l'accueil des classes",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE, "Le fonds documentaire",
            CdiVisitVariables.VISITOR_QUESTIONS, "Quels horaires ?"));
    clockAt(TODAY.plusDays(14), 10);
    assertThat(task(instances.get(0), "Task_PreVisitVisitorFollowUp")).isNull();
    for (ProcessInstance instance : instances) {
      assertThat(task(instance, "Task_PreVisitHostFollowUp")).isNotNull();
    }
    // Five stalled tasks (two per visit, one answered): five messages to the coordinator.
    assertThat(sent(network.coordinator(), "task-escalation")).hasSize(5);

    // Three decisions at once, each in its own thread as the coordinator.
    List<Callable<Void>> decisions = new ArrayList<>();
    decisions.add(decide(instances.get(0), "Task_PreVisitHostFollowUp", "remind", null, network));
    decisions.add(
        decide(instances.get(1), "Task_PreVisitHostFollowUp", "reassign", docs.get(0), network));
    decisions.add(decide(instances.get(2), "Task_PreVisitHostFollowUp", "cancel", null, network));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (Future<Void> done : pool.invokeAll(decisions)) {
        done.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    awaitJobsDone();

    assertThat(task(instances.get(0), "Task_PreVisitHost").getAssignee()).isEqualTo(docs.get(1));
    assertThat(task(instances.get(1), "Task_PreVisitHost").getAssignee()).isEqualTo(docs.get(0));
    assertThat(task(instances.get(1), "Task_PreVisitVisitorFollowUp")).isNotNull();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instances.get(2).getId())
                .count())
        .isZero();
    Long cancelled =
        (Long)
            processEngine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instances.get(2).getId())
                .variableName(CdiVisitVariables.VISIT_ID)
                .singleResult()
                .getValue();
    assertThat(visits.findById(cancelled).orElseThrow().getStatus())
        .isEqualTo(VisitStatus.CANCELLED);
    assertThat(sent(docs.get(0), "task-reminder"))
        .anySatisfy(m -> assertThat(m.getCategory()).isEqualTo(NoticeCategory.INFORMATION));
  }

  Callable<Void> decide(
      ProcessInstance instance, String followUp, String decision, String to, TestNetwork network) {
    Task task = task(instance, followUp);
    Map<String, Object> answer = new HashMap<>();
    answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, decision);
    if (to != null) {
      answer.put(CdiVisitVariables.FOLLOW_UP_ASSIGNEE, to);
    }
    return () -> {
      as(network.coordinator(), () -> taskService.complete(task.getId(), answer));
      return null;
    };
  }
}
