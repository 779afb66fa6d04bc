package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and timer of {@code workshop-day}, on the demo school (Collège des Dentelles, network
 * Ventoux Baronnies) and its demo questionnaire: 24 teachers, 5 concerns.
 */
class WorkshopDayProcessTest extends IntegrationTest {

  static final String NETWORK = "ventoux-baronnies";
  static final LocalDate TODAY = LocalDate.of(2027, 1, 11); // a Monday
  static final String DAY = "2027-02-04"; // a Thursday
  static final List<String> CONCERNS =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  @Autowired WorkshopDayRepository days;
  @Autowired AnimatorRepository animators;
  @Autowired DayPlanningService planning;
  @Autowired ImpressionsService impressions;
  @Autowired WorkshopOutputs outputs;
  @Autowired ConcernVoteRepository votes;

  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  // ---- the steps, as a project team and the teachers would take them ----

  ProcessInstance start() {
    ProcessInstance instance =
        startProcess(
            "workshop-day",
            NETWORK,
            Map.of(
                "title",
                "Journée Temps 2 – Collège des Dentelles",
                "establishments",
                "Collège des Dentelles, Bédoin",
                "dayDate",
                DAY,
                "concernSource",
                "questionnaire"));
    executeDueJobs(instance);
    return instance;
  }

  WorkshopDay day(ProcessInstance instance) {
    return days.findById(
            ((Number) runtimeService.getVariable(instance.getId(), "workshopDayId")).longValue())
        .orElseThrow();
  }

  List<Task> tasks(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .list();
  }

  void completeEach(
      ProcessInstance instance, String key, Function<Task, Map<String, Object>> answers) {
    List<Task> open = tasks(instance, key);
    assertThat(open).as("open tasks " + key).isNotEmpty();
    for (Task task : open) {
      taskService.complete(task.getId(), answers.apply(task));
    }
    executeDueJobs(instance);
  }

  ProcessInstance toConcernChoice() {
    ProcessInstance instance = start();
    complete(
        instance,
        "Task_ImportQuestionnaire",
        Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire()));
    assertThat(instance).isWaitingAt("Task_ChooseConcerns");
    return instance;
  }

  void choose(ProcessInstance instance, List<String> concerns, List<String> sample) {
    complete(
        instance,
        "Task_ChooseConcerns",
        Map.of("chosenConcerns", json(concerns), "validationSample", json(sample)));
  }

  /** As Tasklist submits checklists and dynamic lists: Json variables. */
  static Object json(Object value) {
    return JsonVariables.of(value);
  }

  static final List<String> SAMPLE = List.of("claire.martin", "julien.bernard", "sarah.dupont");

  ProcessInstance toAnimators() {
    ProcessInstance instance = toConcernChoice();
    choose(instance, CONCERNS, SAMPLE);
    completeEach(instance, "Task_ValidateConcerns", t -> Map.of("concernsAgreed", true));
    assertThat(instance).isWaitingAt("Task_AssignAnimators");
    return instance;
  }

  String poolId(String name) {
    return String.valueOf(
        animators.findByNetworkIdOrderByFullName(NETWORK).stream()
            .filter(a -> a.getFullName().equals(name))
            .findFirst()
            .orElseThrow()
            .getId());
  }

  ProcessInstance toPlan() {
    ProcessInstance instance = toAnimators();
    complete(
        instance,
        "Task_AssignAnimators",
        Map.of(
            "animatorAssignments",
                json(
                    List.of(
                        Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
                        Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
                        Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)))),
            "newAnimators",
                json(
                    List.of(
                        Map.of(
                            "fullName",
                            "Léa Vidal",
                            "establishment",
                            "Lycée de l'Eygues, Nyons",
                            "email",
                            "lea.vidal@example.fr",
                            "concern",
                            CONCERNS.get(3))))));
    assertThat(tasks(instance, "Task_BriefAnimator")).hasSize(4);
    completeEach(
        instance,
        "Task_BriefAnimator",
        t ->
            Map.of(
                "agreedConcerns",
                "Exemples concrets en classe",
                "demonstrationShare",
                40,
                "equipmentNeeds",
                "Vidéoprojecteur"));
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");
    return instance;
  }

  /**
   * Four workshops in slots 1 and 2 (each repeated), and the four again in slot 3, left to free
   * choice.
   */
  void planWithFreeSlot(ProcessInstance instance, int capacity) {
    Task task = task(instance, "Task_PlanWorkshops");
    List<Map<String, Object>> rows = workshopRows(task, "1, 2, 3", capacity);
    complete(
        instance,
        "Task_PlanWorkshops",
        Map.of(
            "slotCount",
            3,
            "slotTimes",
            "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
            "freeChoiceSlot",
            3,
            "workshops",
            json(rows)));
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> workshopRows(Task task, String slots, int capacity) {
    String prefilled = taskService.getVariableLocal(task.getId(), "workshops").toString();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : Spin.JSON(prefilled).mapTo(List.class)) {
      Map<String, Object> r = new HashMap<>((Map<String, Object>) row);
      r.put("slots", slots);
      r.put("capacity", capacity);
      r.put("format", "pratique");
      rows.add(r);
    }
    return rows;
  }

  // ---- the whole day ----

  @Test
  void demoDayFromQuestionnaireToReferents() {
    ProcessInstance instance = toConcernChoice();
    WorkshopDay day = day(instance);
    assertThat(day.getSchoolYear()).isEqualTo("2026-2027");
    assertThat(runtimeService.getVariable(instance.getId(), "questionnaireCsv"))
        .as("the answers live in the database only")
        .isNull();
    var first =
        Spin.JSON(runtimeService.getVariable(instance.getId(), "concernRanking").toString())
            .elements()
            .get(0);
    assertThat(first.prop("concern").stringValue()).isEqualTo("Différenciation pédagogique");
    assertThat(first.prop("teachers").numberValue().intValue())
        .as("16 of the 24 teachers cite it")
        .isEqualTo(16);
    assertThat(first.prop("share").stringValue()).isEqualTo("67 %");

    choose(instance, CONCERNS, SAMPLE);
    assertThat(tasks(instance, "Task_ValidateConcerns"))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(SAMPLE);
    completeEach(
        instance,
        "Task_ValidateConcerns",
        t ->
            Map.of(
                "concernsAgreed",
                !t.getAssignee().equals("sarah.dupont"),
                "validationComment",
                "Bon choix"));
    assertThat(instance).hasPassed("Task_CountValidation").isWaitingAt("Task_AssignAnimators");
    assertThat(runtimeService.getVariable(instance.getId(), "validationComment"))
        .as("private, kept in the database")
        .isNull();
    assertThat(votes.findByWorkshopDayIdAndVoteRound(day.getId(), 1)).hasSize(3);

    instance = continueToPlan(instance);
    planWithFreeSlot(instance, 12);
    Job solving =
        managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(solving)
        .as("groups are formed by the job executor, not in the team's request")
        .isNotNull();
    executeDueJobs(instance);
    assertThat(instance)
        .hasPassed("Task_FormGroups", "Task_PlanPaths")
        .isWaitingAt("Task_ChooseFreeWorkshop");

    List<DayGroup> groups = planning.groups(day.getId());
    assertThat(groups)
        .allSatisfy(
            g -> {
              assertThat(DayPlanningService.members(g)).hasSizeLessThanOrEqualTo(6);
              assertThat(CONCERNS).contains(g.getConcern());
              assertThat(g.getPath()).contains(":");
            });
    int placed = groups.stream().mapToInt(g -> DayPlanningService.members(g).size()).sum();
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).hasSize(placed);
    assertThat(planning.participants(day.getId())).hasSize(24);
    assertThat(placed)
        .as("every demo teacher cites at least one of the four concerns")
        .isEqualTo(24);

    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of("freeWorkshopChoice", pick(t)));
    assertThat(instance).isWaitingAt("Task_ReviewGroupsAndPaths");
    Task review = task(instance, "Task_ReviewGroupsAndPaths");
    assertThat(taskService.getVariableLocal(review.getId(), "planningReport").toString())
        .contains("**Groupes** : Score 0hard/");
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "approve"));
    assertThat(instance).hasPassed("Task_SendInvitations").isWaitingAt("Task_BriefParticipants");
    assertThat(planning.participants(day.getId()))
        .filteredOn(p -> p.getGroupCode() != null)
        .allSatisfy(
            p ->
                assertThat(p.getInvitation())
                    .contains("Votre groupe")
                    .contains("Créneau 3")
                    .contains("votre choix"));

    complete(
        instance,
        "Task_BriefParticipants",
        Map.of(
            "briefingDate",
            "2027-01-28",
            "briefingTopics",
            json(List.of("objectives", "groups", "expectations")),
            "briefingNotes",
            "Questions sur la cantine"));
    assertThat(instance).isWaitingAt("Timer_WorkshopDay");
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    assertThat(tasks(instance, "Task_KeepLogbook")).hasSize(placed);
    Task logbook = tasks(instance, "Task_KeepLogbook").get(0);
    assertThat(taskService.getVariableLocal(logbook.getId(), "myDay").toString())
        .contains("Votre groupe");
    assertThat(taskService.getVariables(logbook.getId()))
        .as("what a teacher's form can load")
        .doesNotContainKeys(
            "teacherOptions",
            "validationFeedback",
            "validationComment",
            "briefingNotes",
            "planningReport",
            "groupsTable",
            "questionnaireCsv",
            "groupingNotes");
    assertThat(days.findById(day.getId()).orElseThrow().getParticipantsBriefedOn())
        .isEqualTo(LocalDate.of(2027, 1, 28));

    completeEach(
        instance,
        "Task_KeepLogbook",
        t ->
            Map.of(
                "logbookPractices",
                "Des plans de travail différenciés",
                "logbookIdeas",
                "Essayer les îlots"));
    completeEach(
        instance,
        "Task_GiveHotImpressions",
        t ->
            Map.of(
                "pleasure",
                "4",
                "practicesOfInterest",
                "Les îlots",
                "ideasToTry",
                "Un plan de travail",
                "willingToHelp",
                t.getAssignee().startsWith("c")));
    assertThat(instance).isWaitingAt("Timer_ColdImpressionsDelay");
    clockAt(LocalDate.parse(DAY).plusDays(7), 9);
    executeDueJobs(instance);
    completeEach(
        instance,
        "Task_GiveColdImpressions",
        t ->
            Map.of(
                "practiceStarted",
                "yes",
                "coldIdeas",
                "Plans de travail en 5e",
                "motivation",
                t.getAssignee().startsWith("c") ? "4" : "2",
                "willingToBeReferent",
                t.getAssignee().startsWith("c")));
    assertThat(instance).hasPassed("Task_ProposeReferents").isWaitingAt("Task_ConfirmReferents");

    List<Referent> proposed = impressions.referents(day.getId());
    assertThat(proposed)
        .filteredOn(Referent::isConfirmed)
        .extracting(Referent::getTeacherUserId)
        .allSatisfy(id -> assertThat(id).startsWith("c"))
        .isNotEmpty();
    List<String> confirmed =
        proposed.stream().filter(Referent::isConfirmed).map(Referent::getTeacherUserId).toList();
    complete(
        instance,
        "Task_ConfirmReferents",
        Map.of("confirmedReferents", json(confirmed), "referentsJoinPool", true));

    assertThat(instance)
        .hasPassed("Task_PublishOutputs")
        .isEnded()
        .hasPassed("End_WorkshopDayDone");
    WorkshopDay done = days.findById(day.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(WorkshopDayStatus.PUBLISHED);
    String referents = outputs.output(day.getId(), "referents").orElseThrow().getContent();
    assertThat(referents.lines().count()).isEqualTo(1 + confirmed.size());
    String feelings = outputs.output(day.getId(), "feelings").orElseThrow().getContent();
    assertThat(feelings)
        .contains("Les îlots")
        .doesNotContain("claire.martin")
        .doesNotContain("Martin");
    String pool = outputs.output(day.getId(), "animators").orElseThrow().getContent();
    assertThat(pool).contains("Léa Vidal").contains("référent");
    assertThat(animators.findByNetworkIdOrderByFullName(NETWORK))
        .filteredOn(a -> a.getFullName().equals("Léa Vidal"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getDaysAnimated()).isEqualTo(1);
              assertThat(a.getLastDayDate()).isEqualTo(LocalDate.parse(DAY));
              assertThat(a.getConcerns()).isEqualTo(CONCERNS.get(3));
            });
  }

  ProcessInstance continueToPlan(ProcessInstance instance) {
    complete(
        instance,
        "Task_AssignAnimators",
        Map.of(
            "animatorAssignments",
                json(
                    List.of(
                        Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
                        Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
                        Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)))),
            "newAnimators",
                json(
                    List.of(
                        Map.of(
                            "fullName",
                            "Léa Vidal",
                            "establishment",
                            "Lycée de l'Eygues, Nyons",
                            "email",
                            "lea.vidal@example.fr",
                            "concern",
                            CONCERNS.get(3))))));
    completeEach(
        instance,
        "Task_BriefAnimator",
        t ->
            Map.of(
                "agreedConcerns",
                "Exemples concrets en classe",
                "demonstrationShare",
                40,
                "equipmentNeeds",
                "Vidéoprojecteur"));
    return instance;
  }

  // ---- the other paths and the timers ----

  @Test
  void rejectedConcernsGoBackToChoosingThenTheDeadlineCountsTheAnswersReceived() {
    ProcessInstance instance = toConcernChoice();
    choose(instance, CONCERNS, SAMPLE);
    completeEach(
        instance,
        "Task_ValidateConcerns",
        t ->
            Map.of(
                "concernsAgreed",
                t.getAssignee().equals("claire.martin"),
                "validationComment",
                "Il manque l'esprit critique"));
    assertThat(instance).hasPassed("Task_CountValidation").isWaitingAt("Task_ChooseConcerns");
    assertThat(runtimeService.getVariable(instance.getId(), "validationFeedback"))
        .as("comments stay on the team's task")
        .isNull();
    assertThat(
            taskService
                .getVariableLocal(
                    task(instance, "Task_ChooseConcerns").getId(), "validationFeedback")
                .toString())
        .contains("1 pour, 2 contre")
        .contains("Il manque l'esprit critique");

    List<String> second =
        List.of(
            "Différenciation pédagogique", "Oral et expression", "Esprit critique et information");
    choose(instance, second, SAMPLE);
    Task one = tasks(instance, "Task_ValidateConcerns").get(0);
    assertThat(one.getDueDate())
        .isEqualTo(
            java.util.Date.from(
                TODAY
                    .atTime(9, 0)
                    .atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE)
                    .toInstant()
                    .plus(java.time.Duration.ofDays(5))));
    taskService.complete(one.getId(), Map.of("concernsAgreed", true));
    assertThat(instance).isWaitingAt("Task_ValidateConcerns");
    clockAt(TODAY.plusDays(5), 10);
    executeDueJobs(instance);
    assertThat(instance).hasPassed("Timer_ValidationDeadline").isWaitingAt("Task_AssignAnimators");
    assertThat(tasks(instance, "Task_ValidateConcerns"))
        .as("the silent teachers' tasks are closed")
        .isEmpty();
    assertThat(dayService.countVotes(day(instance).getId(), 3).summary())
        .contains("1 pour, 0 contre, 2 sans réponse");
    assertThat(WorkshopDayService.chosenConcerns(day(instance))).containsExactlyElementsOf(second);
  }

  @Test
  void replanningWithoutAFreeSlotThenMovingATeacher() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 12);
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of("freeWorkshopChoice", pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "replan"));
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");

    Task plan = task(instance, "Task_PlanWorkshops");
    assertThat(taskService.getVariableLocal(plan.getId(), "workshops").toString())
        .as("the previous plan, to adjust")
        .contains("1, 2, 3");
    // Dropping a workshop (no slot) then planning again: it is offered again, without slots.
    List<Map<String, Object>> withoutA4 = workshopRows(plan, "1, 2, 3", 24);
    withoutA4.stream().filter(r -> "A4".equals(r.get("code"))).forEach(r -> r.put("slots", ""));
    complete(
        instance,
        "Task_PlanWorkshops",
        Map.of("slotCount", 3, "freeChoiceSlot", 3, "workshops", json(withoutA4)));
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of("freeWorkshopChoice", pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "replan"));
    plan = task(instance, "Task_PlanWorkshops");
    assertThat(
            Spin.JSON(taskService.getVariableLocal(plan.getId(), "workshops").toString())
                .elements())
        .filteredOn(r -> r.prop("code").stringValue().equals("A4"))
        .singleElement()
        .satisfies(r -> assertThat(r.prop("slots").stringValue()).isEmpty());
    Map<String, Object> withoutFreeSlot =
        new HashMap<>(Map.of("slotCount", 2, "workshops", json(workshopRows(plan, "1, 2", 12))));
    withoutFreeSlot.put("freeChoiceSlot", null);
    complete(instance, "Task_PlanWorkshops", withoutFreeSlot);
    executeDueJobs(instance);
    assertThat(instance)
        .hasPassed("Gateway_FreeChoiceSlot")
        .isWaitingAt("Task_ReviewGroupsAndPaths");
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).isEmpty();

    WorkshopDay day = day(instance);
    List<DayGroup> groups = planning.groups(day.getId());
    assertThat(groups)
        .as("24 teachers, 4 concerns: four full groups")
        .hasSize(4)
        .allSatisfy(g -> assertThat(DayPlanningService.members(g)).hasSize(6));
    DayGroup target = groups.get(0);
    Participant unfit =
        planning.participants(day.getId()).stream()
            .filter(
                p ->
                    !WorkshopDayService.rankedConcerns(answer(day, p.getTeacherUserId()))
                        .contains(target.getConcern()))
            .findFirst()
            .orElseThrow();
    Participant fit =
        planning.participants(day.getId()).stream()
            .filter(p -> !target.getCode().equals(p.getGroupCode()))
            .filter(
                p ->
                    WorkshopDayService.rankedConcerns(answer(day, p.getTeacherUserId()))
                        .contains(target.getConcern()))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ReviewGroupsAndPaths",
                    Map.of(
                        "reviewDecision",
                        "approve",
                        "teacherMoves",
                        json(
                            List.of(
                                Map.of(
                                    "teacher",
                                    unfit.getTeacherUserId(),
                                    "group",
                                    target.getCode()))))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("teacherMoves")
        .hasMessageContaining("n'a pas cité");
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ReviewGroupsAndPaths",
                    Map.of(
                        "reviewDecision",
                        "approve",
                        "teacherMoves",
                        json(
                            List.of(
                                Map.of(
                                    "teacher",
                                    fit.getTeacherUserId(),
                                    "group",
                                    target.getCode()))))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plus de 6 enseignants");
    assertThat(instance).isWaitingAt("Task_ReviewGroupsAndPaths");

    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "approve"));
    assertThat(instance).isWaitingAt("Task_BriefParticipants");
    assertThat(planning.participants(day.getId()))
        .allSatisfy(
            p ->
                assertThat(p.getInvitation())
                    .contains("Votre groupe : **" + p.getGroupCode() + "**")
                    .contains("Créneau 2")
                    .doesNotContain("Créneau 3"));
  }

  /**
   * The workshops a teacher's free-choice task offers (not those of their group's path, not full
   * ones).
   */
  List<String> offered(Task task) {
    return Spin.JSON(taskService.getVariableLocal(task.getId(), "freeSessionOptions").toString())
        .elements()
        .stream()
        .map(o -> o.prop("value").stringValue())
        .toList();
  }

  /** One of the offered workshops with places left now, spread over them by the teacher's id. */
  String pick(Task task) {
    Long dayId =
        ((Number) runtimeService.getVariable(task.getProcessInstanceId(), "workshopDayId"))
            .longValue();
    List<String> open =
        planning.freeOffers(dayId).stream()
            .filter(o -> o.placesLeft() > 0)
            .map(DayPlanningService.FreeOffer::workshopCode)
            .filter(offered(task)::contains)
            .toList();
    return open.get(Math.abs(task.getAssignee().hashCode()) % open.size());
  }

  QuestionnaireAnswer answer(WorkshopDay day, String teacher) {
    return planning.participants(day.getId()).isEmpty()
        ? null
        : dayService.answers(day.getId()).stream()
            .filter(a -> a.getTeacherUserId().equals(teacher))
            .findFirst()
            .orElseThrow();
  }

  @Autowired WorkshopDayService dayService;

  @Test
  void aFullFreeWorkshopIsRefusedAndTheDeadlineLeavesTheRestToTheTeam() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 6);
    executeDueJobs(instance);
    List<Task> choices = tasks(instance, "Task_ChooseFreeWorkshop");
    Task inPath =
        choices.stream().filter(t -> !offered(t).contains("A1")).findFirst().orElseThrow();
    assertThatThrownBy(
            () -> taskService.complete(inPath.getId(), Map.of("freeWorkshopChoice", "A1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votre groupe suit déjà");
    List<Task> outsideTheirPath = choices.stream().filter(t -> offered(t).contains("A1")).toList();
    for (int i = 0; i < 6; i++) {
      taskService.complete(outsideTheirPath.get(i).getId(), Map.of("freeWorkshopChoice", "A1"));
    }
    Task seventh = outsideTheirPath.get(6);
    assertThatThrownBy(
            () -> taskService.complete(seventh.getId(), Map.of("freeWorkshopChoice", "A1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("complet");
    String other = offered(seventh).stream().filter(c -> !c.equals("A1")).findFirst().orElseThrow();
    taskService.complete(seventh.getId(), Map.of("freeWorkshopChoice", other));

    clockAt(TODAY.plusDays(3), 10);
    executeDueJobs(instance);
    assertThat(instance)
        .hasPassed("Timer_FreeChoiceDeadline")
        .isWaitingAt("Task_ReviewGroupsAndPaths");
    Task review = task(instance, "Task_ReviewGroupsAndPaths");
    assertThat(taskService.getVariableLocal(review.getId(), "planningReport").toString())
        .contains("Atelier libre non choisi");
    assertThat(planning.participants(day(instance).getId()))
        .filteredOn(p -> "A1".equals(p.getFreeChoiceWorkshopCode()))
        .hasSize(6);
  }

  @Test
  void impressionsCloseAfterTheirDelayWithWhatWasGiven() {
    ProcessInstance instance = toPlan();
    Long dayId = day(instance).getId();
    Task plan = task(instance, "Task_PlanWorkshops");
    complete(
        instance,
        "Task_PlanWorkshops",
        Map.of("slotCount", 2, "workshops", json(workshopRows(plan, "1, 2", 12))));
    executeDueJobs(instance);
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "approve"));
    complete(
        instance,
        "Task_BriefParticipants",
        Map.of(
            "briefingDate",
            "2027-01-28",
            "briefingTopics",
            json(List.of("objectives", "groups", "expectations"))));
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    Task first = tasks(instance, "Task_KeepLogbook").get(0);
    String teacher = first.getAssignee();
    taskService.complete(first.getId(), Map.of("logbookPractices", "Des îlots"));
    taskService.complete(
        task(instance, "Task_GiveHotImpressions").getId(),
        Map.of(
            "pleasure",
            "3",
            "practicesOfInterest",
            "Les îlots",
            "ideasToTry",
            "Un plan de travail",
            "willingToHelp",
            true));
    clockAt(LocalDate.parse(DAY).plusDays(7), 9);
    executeDueJobs(instance);
    taskService.complete(
        task(instance, "Task_GiveColdImpressions").getId(),
        Map.of(
            "practiceStarted",
            "planned",
            "coldIdeas",
            "En février",
            "motivation",
            "4",
            "willingToBeReferent",
            true));
    assertThat(instance).isWaitingAt("SubProcess_TeacherDay");

    clockAt(LocalDate.parse(DAY).plusDays(21), 9);
    executeDueJobs(instance);
    assertThat(instance)
        .hasPassed("Timer_ImpressionsClosed", "Task_ProposeReferents")
        .isWaitingAt("Task_ConfirmReferents");
    assertThat(tasks(instance, "Task_KeepLogbook")).isEmpty();
    assertThat(impressions.referents(dayId))
        .as("every teacher of the day can be chosen")
        .hasSize(24);
    assertThat(impressions.referents(dayId))
        .filteredOn(Referent::isConfirmed)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getTeacherUserId()).isEqualTo(teacher);
              assertThat(r.isConfirmed()).as("proposed").isTrue();
              assertThat(r.getReasons()).contains("volontaire pour être référent·e");
            });
    String silent =
        impressions.referents(dayId).stream()
            .map(Referent::getTeacherUserId)
            .filter(t -> !t.equals(teacher))
            .findFirst()
            .orElseThrow();
    complete(
        instance,
        "Task_ConfirmReferents",
        Map.of("confirmedReferents", json(List.of(silent)), "referentsJoinPool", false));
    assertThat(instance).isEnded();
    assertThat(outputs.output(dayId, "referents").orElseThrow().getContent().lines())
        .as("header and the one chosen")
        .hasSize(2);
  }

  @Test
  void mistakesAreRefusedInFrenchAndNothingMoves() {
    ProcessInstance instance = start();
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ImportQuestionnaire",
                    Map.of(
                        "questionnaireCsv",
                        "enseignant;nom;prenom;discipline;preoccupations;aisance_numerique;anciennete\nx.y;Y;X;Maths;Oral;7;3\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Ligne 2, colonne « aisance_numerique »");
    assertThatThrownBy(() -> complete(instance, "Task_ImportQuestionnaire", Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("au moins deux enseignants");
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ImportQuestionnaire",
                    Map.of(
                        "questionnaireCsv",
                        "enseignant;nom;prenom;discipline;preoccupations;aisance_numerique;anciennete\ncamille.roux;Roux;Camille;Doc;Oral;2;3\n"
                            + "sandrine.olivier;Olivier;Sandrine;Doc;Oral;2;3\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("autre réseau");
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ImportQuestionnaire",
                    Map.of(
                        "questionnaireCsv",
                        "enseignant;nom;prenom;discipline;preoccupations;aisance_numerique;anciennete\nadmin;Pirate;Le;Maths;Oral;2;3\n"
                            + "Claire.Martin;Martin;Claire;Maths;Oral;2;3\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« admin » est déjà un compte")
        .hasMessageContaining("ressemble à l'identifiant existant « claire.martin »");
    assertThat(
            processEngine
                .getIdentityService()
                .createUserQuery()
                .userId("admin")
                .singleResult()
                .getLastName())
        .isNotEqualTo("Pirate");
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ImportQuestionnaire",
                    Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire().repeat(2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dépasse 3900 caractères");
    assertThat(instance).isWaitingAt("Task_ImportQuestionnaire");
    assertThat(dayService.answers(day(instance).getId())).isEmpty();

    complete(
        instance,
        "Task_ImportQuestionnaire",
        Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire()));
    assertThatThrownBy(() -> choose(instance, CONCERNS.subList(0, 2), SAMPLE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3 ou 4 préoccupations");
    assertThatThrownBy(() -> choose(instance, CONCERNS, List.of("camille.roux")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("validationSample");
    assertThat(instance).isWaitingAt("Task_ChooseConcerns");
    assertThatThrownBy(
            () ->
                startProcess(
                    "workshop-day",
                    NETWORK,
                    Map.of(
                        "title",
                        "Trop tard",
                        "establishments",
                        "Collège",
                        "dayDate",
                        "2026-12-01",
                        "concernSource",
                        "questionnaire")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dayDate")
        .hasMessageContaining("déjà passée");
  }
}
