package fr.reseau.ecoles.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The people of a test network acting in a {@code cdi-tour} campaign, each as themselves, with the
 * job executor running what follows their actions: through the engine's services ({@link
 * #CampaignPeople(JobExecutorIntegrationTest, TestNetwork)}) or over HTTP, with their own login, as
 * Tasklist sends their forms ({@link #overHttp}).
 */
public class CampaignPeople {

  /** How a person starts a process and completes a task. */
  public interface Hands {
    ProcessInstance start(
        String userId, String processKey, String networkId, Map<String, Object> answers);

    void complete(String userId, String taskId, Map<String, Object> answers);
  }

  private final JobExecutorIntegrationTest test;
  private final TestNetwork network;
  private final Hands hands;

  /** Acting through the engine's services, each logged in as themselves. */
  public CampaignPeople(JobExecutorIntegrationTest test, TestNetwork network) {
    this(
        test,
        network,
        new Hands() {
          @Override
          public ProcessInstance start(
              String userId, String processKey, String networkId, Map<String, Object> answers) {
            return test.startAs(userId, processKey, networkId, answers);
          }

          @Override
          public void complete(String userId, String taskId, Map<String, Object> answers) {
            // Through completeAs, which a test may override (TwoNodesCampaignIT acts over HTTP).
            test.completeAs(
                userId, test.taskService.createTaskQuery().taskId(taskId).singleResult(), answers);
          }
        });
  }

  private CampaignPeople(JobExecutorIntegrationTest test, TestNetwork network, Hands hands) {
    this.test = test;
    this.network = network;
    this.hands = hands;
  }

  /**
   * Acting over HTTP, each with their own login ({@code password}): start forms and task forms
   * submitted to {@code /engine-rest} as Tasklist does.
   */
  public static CampaignPeople overHttp(
      JobExecutorIntegrationTest test, TestNetwork network, String password) {
    RestUsers rest = test.rest();
    return new CampaignPeople(
        test,
        network,
        new Hands() {
          @Override
          public ProcessInstance start(
              String userId, String processKey, String networkId, Map<String, Object> answers) {
            String id = rest.as(userId, password).start(processKey, networkId, answers);
            return test.runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
          }

          @Override
          public void complete(String userId, String taskId, Map<String, Object> answers) {
            rest.as(userId, password).submit(taskId, answers);
          }
        });
  }

  /** The person completes the task (e.g. opened from the link of a message), then the jobs run. */
  public void complete(String userId, String taskId, Map<String, Object> answers) {
    hands.complete(userId, taskId, answers);
    test.awaitJobsDone();
  }

  private void complete(String userId, Task task, Map<String, Object> answers) {
    assertThat(task).as("open task for %s", userId).isNotNull();
    complete(userId, task.getId(), answers);
  }

  /**
   * The coordinator starts the year's campaign on 7 September: answers by the 30th, visits from 5
   * October to 28 May.
   */
  public ProcessInstance startCampaign(String schoolYear) {
    int first = Integer.parseInt(schoolYear.substring(0, 4));
    test.clockAt(LocalDate.of(first, 9, 7), 9);
    ProcessInstance tour =
        hands.start(
            network.coordinator(),
            CdiTourVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiTourVariables.SCHOOL_YEAR,
                schoolYear,
                CdiTourVariables.VOLUNTEERING_DEADLINE,
                first + "-09-30",
                CdiTourVariables.VISIT_WINDOW_START,
                first + "-10-05",
                CdiTourVariables.VISIT_WINDOW_END,
                (first + 1) + "-05-28"));
    test.awaitJobsDone();
    return tour;
  }

  /** Each member answers their declaration ({@code null}: not a volunteer). */
  public void declareAll(ProcessInstance tour, Map<String, String> roles) {
    roles.forEach((member, role) -> declare(tour, member, role));
  }

  public void declare(ProcessInstance tour, String member, String role) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
      answers.put(CdiTourVariables.NEEDS, List.of("digital"));
      answers.put(CdiTourVariables.STRENGTHS, List.of("reading-culture"));
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of());
    }
    complete(member, test.taskOf(tour, "Task_DeclareVolunteering", member), answers);
  }

  public void approvePairing(ProcessInstance tour) {
    complete(
        network.coordinator(),
        test.task(tour, "Task_ReviewPairing"),
        Map.of(CdiTourVariables.PAIRING_APPROVED, true));
  }

  public void publishSummary(ProcessInstance tour) {
    complete(
        network.coordinator(),
        test.task(tour, "Task_PublishSummary"),
        Map.of(CdiTourVariables.SUMMARY_PUBLISHED, true));
  }

  /**
   * A {@code cdi-visit} of the network started as the campaign's call activity starts it (nobody
   * logged in), with the campaign's year and visit window.
   */
  public ProcessInstance startVisit(
      String visitor, String host, String schoolYear, String windowStart, String windowEnd) {
    ProcessInstance visit =
        test.runtimeService
            .createProcessInstanceByKey(CdiVisitVariables.PROCESS_KEY)
            .processDefinitionTenantId(network.id())
            .setVariables(
                visitStart(network.id(), visitor, host, schoolYear, windowStart, windowEnd))
            .execute();
    test.awaitJobsDone();
    return visit;
  }

  /** The variables a {@code cdi-visit} starts with, as the campaign's call activity passes them. */
  public static Map<String, Object> visitStart(
      String networkId,
      String visitor,
      String host,
      String schoolYear,
      String windowStart,
      String windowEnd) {
    return Map.of(
        CdiVisitVariables.VISITOR,
        visitor,
        CdiVisitVariables.HOST,
        host,
        CdiVisitVariables.NETWORK_ID,
        networkId,
        CdiVisitVariables.SCHOOL_YEAR,
        schoolYear,
        CdiVisitVariables.VISIT_WINDOW_START,
        windowStart,
        CdiVisitVariables.VISIT_WINDOW_END,
        windowEnd);
  }

  /** The same for the process tests' visit: 2026-2027, from 16 November 2026 to 31 March 2027. */
  public static Map<String, Object> visitStart(String networkId, String visitor, String host) {
    return visitStart(networkId, visitor, host, "2026-2027", "2026-11-16", "2027-03-31");
  }

  /** The visitor's pre-visit document (expectations, what to see). */
  public static Map<String, Object> visitorDocument() {
    return Map.of(
        CdiVisitVariables.VISITOR_EXPECTATIONS,
        "Découvrir un autre CDI",
        CdiVisitVariables.VISITOR_WISHES_TO_SEE,
        "L'aménagement de l'espace");
  }

  /** The host's pre-visit document (expectations, what to show, the public). */
  public static Map<String, Object> hostDocument() {
    return Map.of(
        CdiVisitVariables.HOST_EXPECTATIONS,
        "Un regard extérieur",
        CdiVisitVariables.HOST_WISHES_TO_SHOW,
        "Le coin lecture",
        CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
        "Élèves de la 6e à la 3e");
  }

  /**
   * The visit day of the i-th visit of a campaign test: school days going back from Thursday 26
   * November 2026 (Wednesday 25, Tuesday 24, …), one per visit, so that no volunteer visits and
   * hosts on the same half-day (the tour's two half-days, {@code visit.VolunteerHalfDays}).
   */
  public static String visitDay(int i) {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 26);
    for (int n = 0; n < i; ) {
      day = day.minusDays(1);
      if (day.getDayOfWeek().getValue() < 6) {
        n++;
      }
    }
    return day.toString();
  }

  /**
   * A participant's annual-review feedback: the given answers when their visit took place, else why
   * it did not (the form's question for them, required by the server; issue 21).
   */
  public static Map<String, Object> feedback(
      org.camunda.bpm.engine.TaskService tasks, String taskId, Map<String, Object> whenHeld) {
    Object held =
        tasks.getVariable(
            taskId, fr.reseau.ecoles.review.AnnualReviewVariables.FEEDBACK_VISIT_HELD);
    if (!Boolean.FALSE.equals(held)) {
      return whenHeld;
    }
    return Map.of(
        fr.reseau.ecoles.review.AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON,
        "Pas de date commune avant les vacances",
        fr.reseau.ecoles.review.AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
        "Fixer les dates dès octobre");
  }

  /** The host proposes that morning. */
  public static Map<String, Object> dateProposal(String visitDate) {
    return Map.of(
        CdiVisitVariables.VISIT_DATE, visitDate, CdiVisitVariables.VISIT_HALF_DAY, "morning");
  }

  /** The visitor accepts the date proposed. */
  public static Map<String, Object> dateAccepted() {
    return Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true);
  }

  /** The head signs the mission order under that reference. */
  public static Map<String, Object> missionOrderSigned(String reference) {
    return Map.of(
        CdiVisitVariables.MISSION_ORDER_SIGNED,
        true,
        CdiVisitVariables.MISSION_ORDER_REF,
        reference);
  }

  /** The host confirms the visit took place. */
  public static Map<String, Object> visitHeld() {
    return Map.of(CdiVisitVariables.VISIT_HELD, true);
  }

  /** The visitor's recap, improvements shared, with those training needs. */
  public static Map<String, Object> recap(List<String> trainingNeeds) {
    return Map.of(
        CdiVisitVariables.RECAP_EXCHANGES,
        "Échanges",
        CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
        "Piste accueil",
        CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
        "Piste visiteur",
        CdiVisitVariables.RECAP_TRAINING_NEEDS,
        trainingNeeds,
        CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
        true);
  }

  /** The host validates the recap, agreeing or not that the tracks for their CDI are shared. */
  public static Map<String, Object> recapValidated(boolean hostSharesImprovements) {
    return Map.of(
        CdiVisitVariables.RECAP_VALIDATED,
        true,
        CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
        hostSharesImprovements);
  }

  /** Pre-visit documents, the date proposed and confirmed, the mission order signed. */
  public void prepareVisit(ProcessInstance visit, String visitDate) {
    agreeDate(visit, visitDate);
    byAssignee(visit, "Task_SignMissionOrder", missionOrderSigned("OM-1"));
  }

  /** Pre-visit documents, the date proposed and confirmed: the mission order waits for the head. */
  public void agreeDate(ProcessInstance visit, String visitDate) {
    byAssignee(visit, "Task_PreVisitVisitor", visitorDocument());
    byAssignee(visit, "Task_PreVisitHost", hostDocument());
    byAssignee(visit, "Task_ProposeVisitDate", dateProposal(visitDate));
    byAssignee(visit, "Task_ConfirmVisitDate", dateAccepted());
  }

  /** After the visit day (its timer fired): held, recap written and validated. */
  public void finishVisit(ProcessInstance visit, List<String> trainingNeeds) {
    confirmHeld(visit);
    writeRecap(visit, trainingNeeds);
    validateRecap(visit);
  }

  /** The host confirms that the visit took place. */
  public void confirmHeld(ProcessInstance visit) {
    byAssignee(visit, "Task_ConfirmVisitHeld", visitHeld());
  }

  /** The visitor writes the recap. */
  public void writeRecap(ProcessInstance visit, List<String> trainingNeeds) {
    byAssignee(visit, "Task_WriteRecap", recap(trainingNeeds));
  }

  /** The host validates the recap. */
  public void validateRecap(ProcessInstance visit) {
    byAssignee(visit, "Task_ValidateRecap", recapValidated(true));
  }

  /**
   * The task's assignee completes it; a group task of the coordinators goes to the network's
   * coordinator.
   */
  public void byAssignee(
      ProcessInstance instance, String taskDefinitionKey, Map<String, Object> answers) {
    Task task = test.task(instance, taskDefinitionKey);
    assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
    complete(
        task.getAssignee() != null ? task.getAssignee() : network.coordinator(), task, answers);
  }
}
