package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.ReceivedMail;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestSmtp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
  @Autowired MemberRepository members;

  ProcessInstance startVisit(TestNetwork network, String visitor, String host) {
    return new CampaignPeople(this, network)
        .startVisit(visitor, host, "2026-2027", "2026-11-16", "2027-03-31");
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

  /** A participant's step left waiting: the task, its holder and its two dates. */
  record Stalled(ProcessInstance instance, String key, String holder, Task task) {

    String taskName() {
      return task.getName();
    }
  }

  /**
   * Each participant step of a visit left waiting, through the SMTP server: at its follow-up date
   * the person holding it receives « Rappel : … » with the link to that task, which stays theirs;
   * at its due date the coordinator receives « Tâche en attente : … » with the link to « Relancer
   * ou réaffecter », and the step waits for them. The clock stops at every date in turn, so each
   * reminder is seen to arrive before its escalation, and neither comes early.
   */
  @Test
  void everyStalledStepRemindsItsHolderThenEscalatesToTheCoordinators() {
    LocalDate start = LocalDate.of(2031, 11, 17); // a Monday; a year no other test uses
    LocalDate visitDay = LocalDate.of(2031, 12, 11); // a Thursday, after every first due date
    clockAt(start, 9);
    coverSchoolYear(2031); // past the bundled calendar: visit dates would be refused
    TestNetwork network = networks.create(10);
    CampaignPeople people = new CampaignPeople(this, network);
    List<String> docs = network.documentalistes();
    List<ProcessInstance> visits = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      visits.add(
          people.startVisit(
              docs.get(2 * i), docs.get(2 * i + 1), "2031-2032", "2031-11-17", "2032-05-28"));
    }
    TestSmtp.startAfresh(outbox);

    // Before the visit: the pre-visit documents (both), the mission order (the visitor's head).
    for (int i = 1; i < 5; i++) {
      people.agreeDate(visits.get(i), visitDay.toString());
    }
    for (int i = 2; i < 5; i++) {
      people.byAssignee(
          visits.get(i),
          "Task_SignMissionOrder",
          Map.of(
              CdiVisitVariables.MISSION_ORDER_SIGNED,
              true,
              CdiVisitVariables.MISSION_ORDER_REF,
              "OM"));
    }
    remindThenEscalate(
        network,
        List.of(
            stalled(visits.get(0), "Task_PreVisitVisitor"),
            stalled(visits.get(0), "Task_PreVisitHost"),
            stalled(visits.get(1), "Task_SignMissionOrder")));

    // After the visit: "visit held" (the host), the recap (the visitor), its validation (the host).
    clockAt(visitDay.plusDays(1), 9);
    people.confirmHeld(visits.get(3));
    people.confirmHeld(visits.get(4));
    people.writeRecap(visits.get(4), List.of("digital"));
    remindThenEscalate(
        network,
        List.of(
            stalled(visits.get(2), "Task_ConfirmVisitHeld"),
            stalled(visits.get(3), "Task_WriteRecap"),
            stalled(visits.get(4), "Task_ValidateRecap")));
  }

  Stalled stalled(ProcessInstance instance, String key) {
    Task open = task(instance, key);
    assertThat(open).as("open %s", key).isNotNull();
    assertThat(open.getAssignee()).as("holder of %s", key).isNotNull();
    assertThat(open.getFollowUpDate()).isBefore(open.getDueDate());
    return new Stalled(instance, key, open.getAssignee(), open);
  }

  /**
   * Moves the clock to each follow-up and due date of the steps in turn (one minute past it) and
   * checks, at every stop, what each step's holder and the coordinator received.
   */
  void remindThenEscalate(TestNetwork network, List<Stalled> steps) {
    List<Date> stops =
        steps.stream()
            .flatMap(s -> Stream.of(s.task().getFollowUpDate(), s.task().getDueDate()))
            .distinct()
            .sorted()
            .toList();
    for (Date stop : stops) {
      clockAt(new Date(stop.getTime() + 60_000));
      Date now = ClockUtil.getCurrentTime();
      for (Stalled step : steps) {
        List<ReceivedMail> reminders =
            mailsTo(
                step.holder(),
                m ->
                    m.subject().equals("Rappel : " + step.taskName())
                        && m.taskId().orElse("").equals(step.task().getId()));
        Task followUp = task(step.instance(), step.key() + "FollowUp");
        if (now.before(step.task().getFollowUpDate())) {
          assertThat(reminders).as("no reminder yet for %s", step.key()).isEmpty();
        } else {
          assertThat(reminders).as("one reminder for %s", step.key()).hasSize(1);
        }
        if (now.before(step.task().getDueDate())) {
          assertThat(task(step.instance(), step.key())).as("%s still open", step.key()).isNotNull();
          assertThat(followUp).as("%s not escalated yet", step.key()).isNull();
          continue;
        }
        assertThat(task(step.instance(), step.key())).as("%s interrupted", step.key()).isNull();
        assertThat(followUp).as("« Relancer ou réaffecter » for %s", step.key()).isNotNull();
        assertThat(followUp.getName()).isEqualTo("Relancer ou réaffecter");
        assertThat(
                taskService
                    .createTaskQuery()
                    .taskId(followUp.getId())
                    .taskCandidateUser(network.coordinator())
                    .count())
            .as("offered to the coordinator")
            .isOne();
        assertThat(
                mailsTo(
                    network.coordinator(),
                    m ->
                        m.subject().equals("Tâche en attente : " + step.taskName())
                            && m.taskId().orElse("").equals(followUp.getId())))
            .as("one escalation for %s", step.key())
            .hasSize(1);
      }
    }
  }

  List<ReceivedMail> mailsTo(String userId, Predicate<ReceivedMail> which) {
    String address = members.findById(userId).orElseThrow().getEmail();
    TestSmtp.awaitSent(outbox);
    return TestSmtp.received().stream().filter(m -> m.isTo(address)).filter(which).toList();
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
