package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.forminput.InvalidInputException;
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
  static final List<String> CONCERNS = List.of("Différenciation pédagogique", "Travail collaboratif des élèves",
      "Oral et expression", "Évaluation par compétences");

  @Autowired
  WorkshopDayRepository days;
  @Autowired
  AnimatorRepository animators;
  @Autowired
  DayPlanningService planning;
  @Autowired
  ImpressionsService impressions;
  @Autowired
  WorkshopOutputs outputs;
  @Autowired
  ConcernVoteRepository votes;

  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  // ---- the steps, as a project team and the teachers would take them ----

  ProcessInstance start() {
    ProcessInstance instance = startProcess("workshop-day", NETWORK, Map.of("title", "Journée Temps 2 – Collège des Dentelles",
        "establishments", "Collège des Dentelles, Bédoin", "dayDate", DAY, "concernSource", "questionnaire"));
    executeDueJobs(instance);
    return instance;
  }

  WorkshopDay day(ProcessInstance instance) {
    return days.findById(((Number) runtimeService.getVariable(instance.getId(), "workshopDayId")).longValue()).orElseThrow();
  }

  List<Task> tasks(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  void completeEach(ProcessInstance instance, String key, Function<Task, Map<String, Object>> answers) {
    List<Task> open = tasks(instance, key);
    assertThat(open).as("open tasks " + key).isNotEmpty();
    for (Task task : open) {
      taskService.complete(task.getId(), answers.apply(task));
    }
    executeDueJobs(instance);
  }

  ProcessInstance toConcernChoice() {
    ProcessInstance instance = start();
    complete(instance, "Task_ImportQuestionnaire", Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire()));
    assertThat(instance).isWaitingAt("Task_ChooseConcerns");
    return instance;
  }

  void choose(ProcessInstance instance, List<String> concerns, List<String> sample) {
    complete(instance, "Task_ChooseConcerns", Map.of("chosenConcerns", json(concerns), "validationSample", json(sample)));
  }

  static Object json(Object value) {
    return Spin.JSON(value instanceof String s ? s : toJson(value));
  }

  static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
    return String.valueOf(animators.findByNetworkIdOrderByFullName(NETWORK).stream()
        .filter(a -> a.getFullName().equals(name)).findFirst().orElseThrow().getId());
  }

  ProcessInstance toPlan() {
    ProcessInstance instance = toAnimators();
    complete(instance, "Task_AssignAnimators", Map.of(
        "animatorAssignments", json(List.of(
            Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
            Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
            Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)))),
        "newAnimators", json(List.of(Map.of("fullName", "Léa Vidal", "establishment", "Lycée de l'Eygues, Nyons",
            "email", "lea.vidal@example.fr", "concern", CONCERNS.get(3))))));
    assertThat(tasks(instance, "Task_BriefAnimator")).hasSize(4);
    completeEach(instance, "Task_BriefAnimator", t -> Map.of("agreedConcerns", "Exemples concrets en classe",
        "demonstrationShare", 40, "equipmentNeeds", "Vidéoprojecteur"));
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");
    return instance;
  }

  /** Four workshops in slots 1 and 2 (each repeated), and the four again in slot 3, left to free choice. */
  void planWithFreeSlot(ProcessInstance instance, int capacity) {
    Task task = task(instance, "Task_PlanWorkshops");
    List<Map<String, Object>> rows = workshopRows(task, "1, 2, 3", capacity);
    complete(instance, "Task_PlanWorkshops", Map.of("slotCount", 3, "slotTimes", "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
        "freeChoiceSlot", 3, "workshops", json(rows)));
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
    assertThat(runtimeService.getVariable(instance.getId(), "questionnaireCsv")).as("the answers live in the database only").isNull();
    var first = Spin.JSON(runtimeService.getVariable(instance.getId(), "concernRanking").toString()).elements().get(0);
    assertThat(first.prop("concern").stringValue()).isEqualTo("Différenciation pédagogique");
    assertThat(first.prop("teachers").numberValue().intValue()).as("16 of the 24 teachers cite it").isEqualTo(16);
    assertThat(first.prop("share").stringValue()).isEqualTo("67 %");

    choose(instance, CONCERNS, SAMPLE);
    assertThat(tasks(instance, "Task_ValidateConcerns")).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(SAMPLE);
    completeEach(instance, "Task_ValidateConcerns", t -> Map.of("concernsAgreed", !t.getAssignee().equals("sarah.dupont"),
        "validationComment", "Bon choix"));
    assertThat(instance).hasPassed("Task_CountValidation").isWaitingAt("Task_AssignAnimators");
    assertThat(runtimeService.getVariable(instance.getId(), "validationComment")).as("private, kept in the database").isNull();
    assertThat(votes.findByWorkshopDayIdAndVoteRound(day.getId(), 1)).hasSize(3);

    instance = continueToPlan(instance);
    planWithFreeSlot(instance, 12);
    Job solving = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(solving).as("groups are formed by the job executor, not in the team's request").isNotNull();
    executeDueJobs(instance);
    assertThat(instance).hasPassed("Task_FormGroups", "Task_PlanPaths").isWaitingAt("Task_ChooseFreeWorkshop");

    List<DayGroup> groups = planning.groups(day.getId());
    assertThat(groups).allSatisfy(g -> {
      assertThat(DayPlanningService.members(g)).hasSizeLessThanOrEqualTo(6);
      assertThat(CONCERNS).contains(g.getConcern());
      assertThat(g.getPath()).contains(":");
    });
    int placed = groups.stream().mapToInt(g -> DayPlanningService.members(g).size()).sum();
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).hasSize(placed);
    assertThat(planning.participants(day.getId())).hasSize(24);
    assertThat(placed).as("every demo teacher cites at least one of the four concerns").isEqualTo(24);

    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of("freeWorkshopChoice", "A" + (1 + Math.abs(t.getAssignee().hashCode()) % 4)));
    assertThat(instance).isWaitingAt("Task_ReviewGroupsAndPaths");
    Task review = task(instance, "Task_ReviewGroupsAndPaths");
    assertThat(taskService.getVariableLocal(review.getId(), "planningReport").toString()).contains("**Groupes** : score");
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "approve"));
    assertThat(instance).hasPassed("Task_SendInvitations").isWaitingAt("Task_BriefParticipants");
    assertThat(planning.participants(day.getId())).filteredOn(p -> p.getGroupCode() != null)
        .allSatisfy(p -> assertThat(p.getInvitation()).contains("Votre groupe").contains("Créneau 3").contains("votre choix"));

    complete(instance, "Task_BriefParticipants", Map.of("briefingDate", "2027-01-28",
        "briefingTopics", json(List.of("objectives", "groups", "expectations"))));
    assertThat(instance).isWaitingAt("Timer_WorkshopDay");
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    assertThat(tasks(instance, "Task_KeepLogbook")).hasSize(placed);
    Task logbook = tasks(instance, "Task_KeepLogbook").get(0);
    assertThat(taskService.getVariableLocal(logbook.getId(), "myDay").toString()).contains("Votre groupe");

    completeEach(instance, "Task_KeepLogbook", t -> Map.of("logbookPractices", "Des plans de travail différenciés",
        "logbookIdeas", "Essayer les îlots"));
    completeEach(instance, "Task_GiveHotImpressions", t -> Map.of("pleasure", "4", "practicesOfInterest", "Les îlots",
        "ideasToTry", "Un plan de travail", "willingToHelp", t.getAssignee().startsWith("c")));
    assertThat(instance).isWaitingAt("Timer_ColdImpressionsDelay");
    clockAt(LocalDate.parse(DAY).plusDays(7), 9);
    executeDueJobs(instance);
    completeEach(instance, "Task_GiveColdImpressions", t -> Map.of("practiceStarted", "yes", "coldIdeas", "Plans de travail en 5e",
        "motivation", t.getAssignee().startsWith("c") ? "4" : "2", "willingToBeReferent", t.getAssignee().startsWith("c")));
    assertThat(instance).hasPassed("Task_ProposeReferents").isWaitingAt("Task_ConfirmReferents");

    List<Referent> proposed = impressions.referents(day.getId());
    assertThat(proposed).filteredOn(Referent::isConfirmed).extracting(Referent::getTeacherUserId)
        .allSatisfy(id -> assertThat(id).startsWith("c")).isNotEmpty();
    List<String> confirmed = proposed.stream().filter(Referent::isConfirmed).map(Referent::getTeacherUserId).toList();
    complete(instance, "Task_ConfirmReferents", Map.of("confirmedReferents", json(confirmed), "referentsJoinPool", true));

    assertThat(instance).hasPassed("Task_PublishOutputs").isEnded().hasPassed("End_WorkshopDayDone");
    WorkshopDay done = days.findById(day.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(WorkshopDayStatus.PUBLISHED);
    String referents = outputs.output(day.getId(), "referents").orElseThrow().getContent();
    assertThat(referents.lines().count()).isEqualTo(1 + confirmed.size());
    String feelings = outputs.output(day.getId(), "feelings").orElseThrow().getContent();
    assertThat(feelings).contains("Les îlots").doesNotContain("claire.martin").doesNotContain("Martin");
    String pool = outputs.output(day.getId(), "animators").orElseThrow().getContent();
    assertThat(pool).contains("Léa Vidal").contains("référent");
    assertThat(animators.findByNetworkIdOrderByFullName(NETWORK)).filteredOn(a -> a.getFullName().equals("Léa Vidal"))
        .singleElement().satisfies(a -> {
          assertThat(a.getDaysAnimated()).isEqualTo(1);
          assertThat(a.getLastDayDate()).isEqualTo(LocalDate.parse(DAY));
          assertThat(a.getConcerns()).isEqualTo(CONCERNS.get(3));
        });
  }

  ProcessInstance continueToPlan(ProcessInstance instance) {
    complete(instance, "Task_AssignAnimators", Map.of(
        "animatorAssignments", json(List.of(
            Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
            Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
            Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)))),
        "newAnimators", json(List.of(Map.of("fullName", "Léa Vidal", "establishment", "Lycée de l'Eygues, Nyons",
            "email", "lea.vidal@example.fr", "concern", CONCERNS.get(3))))));
    completeEach(instance, "Task_BriefAnimator", t -> Map.of("agreedConcerns", "Exemples concrets en classe",
        "demonstrationShare", 40, "equipmentNeeds", "Vidéoprojecteur"));
    return instance;
  }
}
