package fr.reseau.ecoles.concurrency;

import static fr.reseau.ecoles.concurrency.Participants.value;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.review.FeedbackRepository;
import fr.reseau.ecoles.support.HalfDaySlots;
import fr.reseau.ecoles.support.TestDatabase;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.PreVisitDocumentRepository;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.workshop.AnimatorRepository;
import fr.reseau.ecoles.workshop.ConcernVoteRepository;
import fr.reseau.ecoles.workshop.DayPlanningService;
import fr.reseau.ecoles.workshop.QuestionnaireAnswer;
import fr.reseau.ecoles.workshop.TeacherImpressionsRepository;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayStatus;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole network completing its own tasks at the same moment, through {@code /engine-rest} as
 * Tasklist does, with the engine's real job executor running (no job is executed by the test): the
 * declarations of a campaign, the pre-visit documents, the visit steps, the recaps and their
 * validation, then the annual-review feedback. Every first answer must be 2xx, every acknowledged
 * completion stored, the processes where they should be and no incident left.
 *
 * <p>Its own in-memory database and engine name: the job executor of this context must never run
 * the jobs of the other tests (which share {@code jdbc:h2:mem:reseau-ecoles-test}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.process-engine-name=concurrent-completions",
      "camunda.bpm.job-execution.enabled=true",
      // Timers made due by moving the engine's clock are picked up within 300 ms (the test waits
      // for the job executor at every step: a longer poll only made it idle).
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=300"
    })
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class ConcurrentCompletionsIT {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    TestDatabase.ownDatabase("concurrent_completions", registry);
  }

  private static final String YEAR = "2026-2027";
  private static final String VISIT_DATE = "2026-11-26";
  private static final String DEMO_NETWORK = "ventoux-baronnies";
  private static final String WORKSHOP_DAY = "2027-02-04";
  private static final List<String> CONCERNS =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  @LocalServerPort int port;
  @Autowired TestNetworks networks;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CampaignRepository campaigns;
  @Autowired DeclarationRepository declarations;
  @Autowired VisitRepository visits;
  @Autowired PreVisitDocumentRepository preVisitDocuments;
  @Autowired RecapRepository recaps;
  @Autowired AnnualReviewRepository reviews;
  @Autowired FeedbackRepository feedbacks;
  @Autowired WorkshopDayService workshopDays;
  @Autowired DayPlanningService planning;
  @Autowired ConcernVoteRepository votes;
  @Autowired AnimatorRepository animators;
  @Autowired TeacherImpressionsRepository impressionRows;

  private final List<Participants.Round> rounds = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0} documentalistes at once")
  @ValueSource(ints = {20, 50})
  void aWholeNetworkAtOnceGetsOnly2xxAndEverythingIsStored(int documentalistes) throws Exception {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    TestNetwork network = networks.create(documentalistes);
    Participants clients = new Participants(port, TestNetworks.PASSWORD);

    // The coordinator opens the campaign with its start form.
    Map<String, Object> start = new LinkedHashMap<>();
    start.put(CdiTourVariables.SCHOOL_YEAR, value(YEAR, "String"));
    start.put(CdiTourVariables.VOLUNTEERING_DEADLINE, value("2026-09-30", "String"));
    start.put(CdiTourVariables.VISIT_WINDOW_START, value("2026-10-05", "String"));
    start.put(CdiTourVariables.VISIT_WINDOW_END, value("2027-05-28", "String"));
    HttpResponse<String> started =
        clients.post(
            network.coordinator(),
            "/process-definition/key/cdi-tour/tenant-id/" + network.id() + "/submit-form",
            start);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    Long campaignId =
        campaigns.findByNetworkIdAndSchoolYear(network.id(), YEAR).orElseThrow().getId();
    ProcessInstance tour =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(campaigns.findById(campaignId).orElseThrow().getProcessInstanceId())
            .singleResult();

    // Every documentaliste declares at the same moment.
    Participants.Round declared =
        round(
            clients.submitAtOnce(
                "declarations",
                network.documentalistes(),
                "Task_DeclareVolunteering",
                task -> declaration()));
    awaitDrained(() -> isWaitingAt(tour, "Task_ReviewPairing"));
    assertThat(declarations.findByCampaignIdOrderByMemberUserId(campaignId))
        .as("one declaration per acknowledged answer")
        .hasSize(declared.submissions().size())
        .allSatisfy(d -> assertThat(d.isAnswered()).isTrue());
    assertThat(declared.submissions()).hasSize(documentalistes);

    String pairingTask =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_ReviewPairing")
            .singleResult()
            .getId();
    HttpResponse<String> approved =
        clients.post(
            network.coordinator(),
            "/task/" + pairingTask + "/submit-form",
            Map.of(CdiTourVariables.PAIRING_APPROVED, value(true, "Boolean")));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    awaitDrained(
        () ->
            !visits.findByCampaignIdOrderById(campaignId).isEmpty()
                && runtimeService
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(tour.getId())
                        .count()
                    == visits.findByCampaignIdOrderById(campaignId).size());
    List<Visit> planned = visits.findByCampaignIdOrderById(campaignId);
    Set<String> people = new TreeSet<>();
    planned.forEach(
        v -> {
          people.add(v.getVisitorUserId());
          people.add(v.getHostUserId());
        });
    assertThat(planned)
        .as("everyone volunteered to visit and to host")
        .hasSizeGreaterThanOrEqualTo(documentalistes / 2);

    // The two teachers of every visit send their pre-visit documents at once (most have two: one
    // per side).
    Participants.Round visitorDocs =
        round(
            clients.submitAtOnce(
                "pre-visit documents (visitors and hosts)",
                people,
                "Task_PreVisitVisitor",
                task ->
                    Map.of(
                        CdiVisitVariables.VISITOR_EXPECTATIONS,
                        value("Découvrir un autre CDI", "String"),
                        CdiVisitVariables.VISITOR_WISHES_TO_SEE,
                        value("L'aménagement", "String"))));
    Participants.Round hostDocs =
        round(
            clients.submitAtOnce(
                "pre-visit documents (hosts)",
                people,
                "Task_PreVisitHost",
                task ->
                    Map.of(
                        CdiVisitVariables.HOST_EXPECTATIONS,
                        value("Un regard extérieur", "String"),
                        CdiVisitVariables.HOST_WISHES_TO_SHOW,
                        value("Le coin lecture", "String"),
                        CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
                        value("Élèves de la 6e à la 3e", "String"))));
    awaitDrained(() -> openTasks("Task_ProposeVisitDate", tour) == planned.size());
    assertThat(visitorDocs.submissions().size() + hostDocs.submissions().size())
        .isEqualTo(2 * planned.size());
    assertThat(planned)
        .allSatisfy(v -> assertThat(preVisitDocuments.findByVisitId(v.getId())).hasSize(2));

    // No teacher on two visits of one half-day (the tour's two half-days): around VISIT_DATE.
    Map<String, HalfDaySlots.Slot> slots = HalfDaySlots.of(planned, LocalDate.parse(VISIT_DATE));
    round(
        clients.submitAtOnce(
            "visit dates proposed",
            people,
            "Task_ProposeVisitDate",
            task ->
                Map.of(
                    CdiVisitVariables.VISIT_DATE,
                    value(slots.get(task.get("processInstanceId").asText()).date(), "String"),
                    CdiVisitVariables.VISIT_HALF_DAY,
                    value(slots.get(task.get("processInstanceId").asText()).halfDay(), "String"))));
    round(
        clients.submitAtOnce(
            "visit dates confirmed",
            people,
            "Task_ConfirmVisitDate",
            task -> Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, value(true, "Boolean"))));
    awaitDrained(() -> openTasks("Task_SignMissionOrder", tour) == planned.size());
    round(
        clients.submitAtOnce(
            "mission orders signed",
            network.principals(),
            "Task_SignMissionOrder",
            task ->
                Map.of(
                    CdiVisitVariables.MISSION_ORDER_SIGNED,
                    value(true, "Boolean"),
                    CdiVisitVariables.MISSION_ORDER_REF,
                    value("OM-" + task.get("id").asText(), "String"))));

    // The day after the visits: the job executor fires every visit's timer.
    awaitDrained(() -> true);
    clockAt(LocalDate.parse(VISIT_DATE).plusDays(1), 9);
    awaitDrained(() -> openTasks("Task_ConfirmVisitHeld", tour) == planned.size());
    round(
        clients.submitAtOnce(
            "visits confirmed held",
            people,
            "Task_ConfirmVisitHeld",
            task -> Map.of(CdiVisitVariables.VISIT_HELD, value(true, "Boolean"))));
    awaitDrained(() -> openTasks("Task_WriteRecap", tour) == planned.size());
    Participants.Round written =
        round(
            clients.submitAtOnce(
                "recaps written",
                people,
                "Task_WriteRecap",
                task ->
                    Map.of(
                        CdiVisitVariables.RECAP_EXCHANGES,
                        value("Échanges", "String"),
                        CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
                        value("Piste accueil", "String"),
                        CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
                        value("Piste visiteur", "String"),
                        CdiVisitVariables.RECAP_TRAINING_NEEDS,
                        value("[\"digital\"]", "Json"),
                        CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
                        value(true, "Boolean"))));
    assertThat(written.submissions()).hasSize(planned.size());
    awaitDrained(() -> openTasks("Task_ValidateRecap", tour) == planned.size());
    Participants.Round validated =
        round(
            clients.submitAtOnce(
                "recaps validated",
                people,
                "Task_ValidateRecap",
                task ->
                    Map.of(
                        CdiVisitVariables.RECAP_VALIDATED,
                        value(true, "Boolean"),
                        CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
                        value(true, "Boolean"))));
    assertThat(validated.submissions()).hasSize(planned.size());

    // Every visit ends in the same seconds: the campaign goes on to its summary once, with all of
    // them.
    awaitDrained(() -> isWaitingAt(tour, "Task_PublishSummary"));
    assertThat(visits.findByCampaignIdOrderById(campaignId))
        .hasSize(planned.size())
        .allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(VisitStatus.COMPLETED))
        .allSatisfy(
            v ->
                assertThat(
                        recaps
                            .findFirstByVisitIdOrderByVersionDesc(v.getId())
                            .orElseThrow()
                            .getValidated())
                    .isTrue());

    // The coordinator opens the annual review; every participant of a held visit answers at once.
    HttpResponse<String> review =
        clients.post(
            network.coordinator(),
            "/process-definition/key/annual-review/tenant-id/" + network.id() + "/submit-form",
            Map.of(CdiTourVariables.SCHOOL_YEAR, value(YEAR, "String")));
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    Long reviewId =
        reviews.findAll().stream()
            .filter(r -> r.getNetworkId().equals(network.id()))
            .findFirst()
            .orElseThrow()
            .getId();
    ProcessInstance annualReview =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(reviews.findById(reviewId).orElseThrow().getProcessInstanceId())
            .singleResult();
    Participants.Round feedback =
        round(
            clients.submitAtOnce(
                "annual-review feedback",
                people,
                "Task_GiveFeedback",
                task ->
                    Map.of(
                        AnnualReviewVariables.FEEDBACK_NEEDS_MET,
                        value("4", "String"),
                        AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
                        value("Plus d'échanges", "String"))));
    assertThat(feedback.submissions()).hasSize(people.size());
    awaitDrained(() -> isWaitingAt(annualReview, "Task_PlanNetworkMeeting"));
    assertThat(feedbacks.findByReviewIdOrderById(reviewId)).hasSize(people.size());

    rounds.forEach(
        r ->
            System.out.println(
                "[concurrency] " + documentalistes + " documentalistes, " + r.figures()));
    assertThat(runtimeService.createIncidentQuery().tenantIdIn(network.id()).list())
        .as("incidents")
        .isEmpty();
    assertOnlyFirstAnswers2xx();
  }

  /**
   * The 24 teachers of the demo school's workshop day: their validations of the concerns, their
   * free choices, then on the day their logbooks and hot impressions, each round all at once. The
   * project team's steps go through {@code /engine-rest} too, one at a time.
   */
  @Test
  void theTeachersOfAWorkshopDayAtOnceGetOnly2xxAndEverythingIsStored() throws Exception {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    Participants demo = new Participants(port, "demo");
    String team = "julie.vernet";
    Map<String, Object> start = new LinkedHashMap<>();
    start.put(WorkshopDayVariables.TITLE, value("Journée Temps 2 – concurrence", "String"));
    start.put(
        WorkshopDayVariables.ESTABLISHMENTS, value("Collège des Dentelles, Bédoin", "String"));
    start.put(WorkshopDayVariables.DAY_DATE, value(WORKSHOP_DAY, "String"));
    start.put(WorkshopDayVariables.CONCERN_SOURCE, value("questionnaire", "String"));
    HttpResponse<String> started =
        demo.post(
            team,
            "/process-definition/key/workshop-day/tenant-id/" + DEMO_NETWORK + "/submit-form",
            start);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(started.body())
            .get("id")
            .asText();
    ProcessInstance day =
        runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    Long dayId =
        ((Number) runtimeService.getVariable(instanceId, WorkshopDayVariables.WORKSHOP_DAY_ID))
            .longValue();

    teamSubmits(
        demo,
        team,
        day,
        "Task_ImportQuestionnaire",
        Map.of(
            WorkshopDayVariables.QUESTIONNAIRE_CSV,
            value(DemoWorkshopDay.questionnaire(), "String")));
    List<String> teachers =
        workshopDays.answers(dayId).stream()
            .map(QuestionnaireAnswer::getTeacherUserId)
            .sorted()
            .toList();
    assertThat(teachers).hasSize(24);
    teamSubmits(
        demo,
        team,
        day,
        "Task_ChooseConcerns",
        Map.of(
            WorkshopDayVariables.CHOSEN_CONCERNS,
            json(CONCERNS),
            WorkshopDayVariables.VALIDATION_SAMPLE,
            json(teachers)));

    Participants.Round validations =
        round(
            demo.submitAtOnce(
                "workshop day: concerns validated",
                teachers,
                "Task_ValidateConcerns",
                task ->
                    Map.of(
                        WorkshopDayVariables.CONCERNS_AGREED,
                        value(true, "Boolean"),
                        WorkshopDayVariables.VALIDATION_COMMENT,
                        value("D'accord", "String"))));
    assertThat(validations.submissions()).hasSize(teachers.size());
    awaitDrained(() -> isWaitingAt(day, "Task_AssignAnimators"));
    assertThat(votes.findByWorkshopDayIdAndVoteRound(dayId, 1))
        .hasSize(teachers.size())
        .allSatisfy(v -> assertThat(v.isAgreed()).isTrue());

    teamSubmits(
        demo,
        team,
        day,
        "Task_AssignAnimators",
        Map.of(
            WorkshopDayVariables.ANIMATOR_ASSIGNMENTS,
                json(
                    List.of(
                        Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
                        Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
                        Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)),
                        Map.of("animator", poolId("Karine Haddad"), "concern", CONCERNS.get(3)))),
            WorkshopDayVariables.NEW_ANIMATORS, json(List.of())));
    awaitDrained(() -> openTasksOf(day, "Task_BriefAnimator") == 4);
    teamSubmits(
        demo,
        team,
        day,
        "Task_BriefAnimator",
        Map.of(
            WorkshopDayVariables.AGREED_CONCERNS,
            value("Exemples concrets", "String"),
            WorkshopDayVariables.DEMONSTRATION_SHARE,
            value(40, "Integer"),
            WorkshopDayVariables.EQUIPMENT_NEEDS,
            value("Vidéoprojecteur", "String")));
    awaitDrained(() -> isWaitingAt(day, "Task_PlanWorkshops"));
    String plan =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey("Task_PlanWorkshops")
            .singleResult()
            .getId();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row :
        Spin.JSON(taskService.getVariableLocal(plan, WorkshopDayVariables.WORKSHOPS).toString())
            .mapTo(List.class)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = new LinkedHashMap<>((Map<String, Object>) row);
      r.put("slots", "1, 2, 3");
      r.put("capacity", 30);
      r.put("format", "pratique");
      rows.add(r);
    }
    teamSubmits(
        demo,
        team,
        day,
        "Task_PlanWorkshops",
        Map.of(
            WorkshopDayVariables.SLOT_COUNT,
            value(3, "Integer"),
            WorkshopDayVariables.FREE_CHOICE_SLOT,
            value(3, "Integer"),
            WorkshopDayVariables.WORKSHOPS,
            json(rows)));
    // Groups and paths are solved by the job executor.
    awaitDrained(() -> openTasksOf(day, "Task_ChooseFreeWorkshop") == teachers.size());

    Participants.Round choices =
        round(
            demo.submitAtOnce(
                "workshop day: free workshops chosen",
                teachers,
                "Task_ChooseFreeWorkshop",
                task ->
                    Map.of(
                        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
                        value(firstOffer(task.get("id").asText()), "String"))));
    assertThat(choices.submissions()).hasSize(teachers.size());
    awaitDrained(() -> isWaitingAt(day, "Task_ReviewGroupsAndPaths"));
    assertThat(planning.participants(dayId))
        .hasSize(teachers.size())
        .allSatisfy(p -> assertThat(p.getFreeChoiceWorkshopCode()).isNotNull());

    teamSubmits(
        demo,
        team,
        day,
        "Task_ReviewGroupsAndPaths",
        Map.of(WorkshopDayVariables.REVIEW_DECISION, value("approve", "String")));
    awaitDrained(() -> isWaitingAt(day, "Task_BriefParticipants"));
    teamSubmits(
        demo,
        team,
        day,
        "Task_BriefParticipants",
        Map.of(
            WorkshopDayVariables.BRIEFING_DATE,
            value("2027-01-28", "String"),
            WorkshopDayVariables.BRIEFING_TOPICS,
            json(List.of("objectives", "groups", CdiTourVariables.EXPECTATIONS))));
    awaitDrained(() -> isWaitingAt(day, "Timer_WorkshopDay"));

    // The day itself: the timer fires on the job executor, every teacher keeps a logbook at once.
    clockAt(LocalDate.parse(WORKSHOP_DAY), 9);
    awaitDrained(() -> openTasksOf(day, "Task_KeepLogbook") == teachers.size());
    Participants.Round logbooks =
        round(
            demo.submitAtOnce(
                "workshop day: logbooks",
                teachers,
                "Task_KeepLogbook",
                task ->
                    Map.of(
                        WorkshopDayVariables.LOGBOOK_PRACTICES,
                        value("Des plans de travail différenciés", "String"),
                        WorkshopDayVariables.LOGBOOK_IDEAS,
                        value("Les îlots", "String"))));
    assertThat(logbooks.submissions()).hasSize(teachers.size());
    awaitDrained(() -> openTasksOf(day, "Task_GiveHotImpressions") == teachers.size());
    Participants.Round hot =
        round(
            demo.submitAtOnce(
                "workshop day: hot impressions",
                teachers,
                "Task_GiveHotImpressions",
                task ->
                    Map.of(
                        WorkshopDayVariables.PLEASURE,
                        value("4", "String"),
                        WorkshopDayVariables.PRACTICES_OF_INTEREST,
                        value("Les îlots", "String"),
                        WorkshopDayVariables.IDEAS_TO_TRY,
                        value("Un plan de travail", "String"),
                        WorkshopDayVariables.WILLING_TO_HELP,
                        value(true, "Boolean"))));
    assertThat(hot.submissions()).hasSize(teachers.size());
    awaitDrained(() -> openTasksOf(day, "Task_GiveHotImpressions") == 0);

    assertThat(impressionRows.findByWorkshopDayIdOrderById(dayId))
        .hasSize(teachers.size())
        .allSatisfy(
            i -> {
              assertThat(i.getLogbookPractices()).isEqualTo("Des plans de travail différenciés");
              assertThat(i.getPleasure()).isEqualTo(4);
            });
    assertThat(workshopDays.require(dayId).getStatus()).isEqualTo(WorkshopDayStatus.HELD);
    assertThat(
            runtimeService
                .createExecutionQuery()
                .processInstanceId(instanceId)
                .activityId("Timer_ColdImpressionsDelay")
                .count())
        .isEqualTo(teachers.size());
    assertThat(runtimeService.getVariables(instanceId))
        .as("the teachers' answers are not process variables")
        .doesNotContainKeys(
            WorkshopDayVariables.CONCERNS_AGREED,
            WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
            WorkshopDayVariables.LOGBOOK_PRACTICES,
            WorkshopDayVariables.PLEASURE);
    rounds.forEach(r -> System.out.println("[concurrency] workshop day, " + r.figures()));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).list())
        .as("incidents")
        .isEmpty();
    assertOnlyFirstAnswers2xx();
  }

  private void teamSubmits(
      Participants team, String user, ProcessInstance day, String taskKey, Map<String, Object> form)
      throws Exception {
    List<Task> open =
        taskService
            .createTaskQuery()
            .processInstanceId(day.getId())
            .taskDefinitionKey(taskKey)
            .list();
    assertThat(open).as("open " + taskKey).isNotEmpty();
    for (Task task : open) {
      HttpResponse<String> answer = team.post(user, "/task/" + task.getId() + "/submit-form", form);
      assertThat(answer.statusCode()).as(taskKey + ": " + answer.body()).isEqualTo(204);
    }
    awaitDrained(() -> true);
  }

  private long openTasksOf(ProcessInstance instance, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .count();
  }

  private String poolId(String name) {
    return String.valueOf(
        animators.findByNetworkIdOrderByFullName(DEMO_NETWORK).stream()
            .filter(a -> a.getFullName().equals(name))
            .findFirst()
            .orElseThrow()
            .getId());
  }

  /**
   * The first workshop offered in the teacher's own task (places were counted when the task was
   * created).
   */
  private String firstOffer(String taskId) {
    return Spin.JSON(
            taskService
                .getVariableLocal(taskId, WorkshopDayVariables.FREE_SESSION_OPTIONS)
                .toString())
        .elements()
        .get(0)
        .prop("value")
        .stringValue();
  }

  private static Map<String, Object> json(Object value) {
    return value(Spin.JSON(value).toString(), "Json");
  }

  private void assertOnlyFirstAnswers2xx() {
    List<String> refused =
        rounds.stream()
            .filter(r -> r.firstAnswersNot2xx() > 0)
            .map(
                r ->
                    r.figures()
                        + ", e.g. "
                        + r.submissions().stream()
                            .filter(s -> s.firstStatus() / 100 != 2)
                            .map(Participants.Submission::firstBody)
                            .findFirst()
                            .orElse(""))
            .toList();
    assertThat(refused).as("rounds where a first answer was not 2xx").isEmpty();
  }

  private Participants.Round round(Participants.Round round) {
    rounds.add(round);
    return round;
  }

  private static Map<String, Object> declaration() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(CdiTourVariables.VOLUNTEER, value(true, "Boolean"));
    form.put(CdiTourVariables.VOLUNTEER_ROLE, value("both", "String"));
    form.put(CdiTourVariables.PUBLIC_SERVED, value("college", "String"));
    form.put(CdiTourVariables.PPCR_PLANNED, value(false, "Boolean"));
    form.put(CdiTourVariables.NEEDS, value("[\"digital\"]", "Json"));
    form.put(CdiTourVariables.STRENGTHS, value("[\"reading-culture\"]", "Json"));
    form.put(CdiTourVariables.CONSTRAINT_KINDS, value("[]", "Json"));
    return form;
  }

  private boolean isWaitingAt(ProcessInstance instance, String activityId) {
    return runtimeService.getActiveActivityIds(instance.getId()).contains(activityId);
  }

  private long openTasks(String taskKey, ProcessInstance root) {
    return taskService.createTaskQuery().taskDefinitionKey(taskKey).list().stream()
        .filter(
            t ->
                runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId())
                        .superProcessInstanceId(root.getId())
                        .count()
                    > 0)
        .count();
  }

  /**
   * Waits until the job executor has no due job left and {@code condition} holds. Bounded only so
   * that a broken run ends: nothing here measures time.
   */
  private void awaitDrained(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      if (managementService.createJobQuery().executable().count() == 0
          && condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "The job executor did not reach the expected state; incidents: "
            + runtimeService.createIncidentQuery().list().stream()
                .map(i -> i.getActivityId() + " " + i.getIncidentMessage())
                .toList());
  }

  private static void clockAt(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ProcessDates.ZONE).toInstant()));
  }
}
