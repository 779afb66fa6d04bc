package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_NOTES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_TOPICS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.COLD_IDEAS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERNS_AGREED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_RANKING;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONFIRMED_REFERENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_SESSION_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_WORKSHOP_CHOICE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.GROUPS_TABLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.IDEAS_TO_TRY;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_IDEAS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_PRACTICES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MOTIVATION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MY_DAY;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLANNING_REPORT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLEASURE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICES_OF_INTEREST;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICE_STARTED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_CSV;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REFERENTS_JOIN_POOL;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REVIEW_DECISION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_TIMES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_MOVES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_OPTIONS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_COMMENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_FEEDBACK;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_SAMPLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_BE_REFERENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_HELP;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;
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

  @Autowired fr.reseau.ecoles.notification.OutboxRepository outbox;

  static final String NETWORK = "ventoux-baronnies";
  static final LocalDate TODAY = LocalDate.of(2027, 1, 11); // a Monday
  static final String DAY = "2027-02-04"; // a Thursday
  static final List<String> CONCERNS = WorkshopDayPeople.CONCERNS;

  @Autowired WorkshopDayRepository days;
  @Autowired AnimatorRepository animators;
  @Autowired DayPlanningService planning;
  @Autowired ImpressionsService impressions;
  @Autowired WorkshopOutputs outputs;
  @Autowired ConcernVoteRepository votes;
  @Autowired fr.reseau.ecoles.notification.OutboxAttachmentRepository outboxAttachments;

  @BeforeEach
  void today() {
    clockAt(TODAY, 9);
  }

  // ---- the steps, as a project team and the teachers would take them ----

  ProcessInstance start() {
    ProcessInstance instance =
        startProcess(
            WorkshopDayVariables.PROCESS_KEY,
            NETWORK,
            Map.of(
                TITLE,
                "Journée Temps 2 – Collège des Dentelles",
                ESTABLISHMENTS,
                "Collège des Dentelles, Bédoin",
                DAY_DATE,
                DAY,
                CONCERN_SOURCE,
                "questionnaire"));
    executeDueJobs(instance);
    return instance;
  }

  WorkshopDay day(ProcessInstance instance) {
    return days.findById(
            ((Number) runtimeService.getVariable(instance.getId(), WORKSHOP_DAY_ID)).longValue())
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
        Map.of(QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire()));
    assertThat(instance).isWaitingAt("Task_ChooseConcerns");
    return instance;
  }

  void choose(ProcessInstance instance, List<String> concerns, List<String> sample) {
    complete(
        instance,
        "Task_ChooseConcerns",
        Map.of(CHOSEN_CONCERNS, json(concerns), VALIDATION_SAMPLE, json(sample)));
  }

  /** As Tasklist submits checklists and dynamic lists: Json variables. */
  static Object json(Object value) {
    return JsonVariables.of(value);
  }

  static final List<String> SAMPLE = WorkshopDayPeople.SAMPLE;

  ProcessInstance toAnimators() {
    ProcessInstance instance = toConcernChoice();
    choose(instance, CONCERNS, SAMPLE);
    completeEach(instance, "Task_ValidateConcerns", t -> Map.of(CONCERNS_AGREED, true));
    assertThat(instance).isWaitingAt("Task_AssignAnimators");
    return instance;
  }

  String poolId(String name) {
    return WorkshopDayPeople.poolId(animators, name);
  }

  ProcessInstance toPlan() {
    ProcessInstance instance = toAnimators();
    assignAnimators(instance);
    assertThat(tasks(instance, "Task_BriefAnimator")).hasSize(4);
    briefAnimators(instance);
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");
    return instance;
  }

  void assignAnimators(ProcessInstance instance) {
    complete(instance, "Task_AssignAnimators", WorkshopDayPeople.animatorAssignments(this::poolId));
  }

  void briefAnimators(ProcessInstance instance) {
    completeEach(
        instance,
        "Task_BriefAnimator",
        t -> WorkshopDayPeople.animatorBriefing("Exemples concrets en classe"));
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
            SLOT_COUNT,
            3,
            SLOT_TIMES,
            "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
            FREE_CHOICE_SLOT,
            3,
            WORKSHOPS,
            json(rows)));
  }

  List<Map<String, Object>> workshopRows(Task task, String slots, int capacity) {
    return WorkshopDayPeople.workshopRows(taskService, task, slots, capacity);
  }

  // ---- the whole day ----

  @Test
  void demoDayFromQuestionnaireToReferents() throws Exception {
    ProcessInstance instance = toConcernChoice();
    WorkshopDay day = day(instance);
    assertThat(day.getSchoolYear()).isEqualTo("2026-2027");
    assertThat(runtimeService.getVariable(instance.getId(), QUESTIONNAIRE_CSV))
        .as("the answers live in the database only")
        .isNull();
    var first =
        Spin.JSON(runtimeService.getVariable(instance.getId(), CONCERN_RANKING).toString())
            .elements()
            .get(0);
    assertThat(first.prop(WorkshopDayRows.CONCERN).stringValue())
        .isEqualTo("Différenciation pédagogique");
    assertThat(first.prop(WorkshopDayRows.TEACHERS).numberValue().intValue())
        .as("16 of the 24 teachers cite it")
        .isEqualTo(16);
    assertThat(first.prop(WorkshopDayRows.SHARE).stringValue()).isEqualTo("67 %");

    choose(instance, CONCERNS, SAMPLE);
    assertThat(tasks(instance, "Task_ValidateConcerns"))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(SAMPLE);
    completeEach(
        instance,
        "Task_ValidateConcerns",
        t ->
            Map.of(
                CONCERNS_AGREED,
                !t.getAssignee().equals("sarah.dupont"),
                VALIDATION_COMMENT,
                "Bon choix"));
    assertThat(instance).hasPassed("Task_CountValidation").isWaitingAt("Task_AssignAnimators");
    assertThat(runtimeService.getVariable(instance.getId(), VALIDATION_COMMENT))
        .as("private, kept in the database")
        .isNull();
    assertThat(votes.findByWorkshopDayIdAndVoteRound(day.getId(), 1)).hasSize(3);

    instance = continueToPlan(instance);
    planWithFreeSlot(instance, 12);
    Job solving =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("Timer_FreeChoiceDeadline")
            .singleResult();
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

    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of(FREE_WORKSHOP_CHOICE, pick(t)));
    assertThat(instance).isWaitingAt("Task_ReviewGroupsAndPaths");
    Task review = task(instance, "Task_ReviewGroupsAndPaths");
    assertThat(taskService.getVariableLocal(review.getId(), PLANNING_REPORT).toString())
        .contains("**Groupes** : Score 0hard/");
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
    assertThat(instance).hasPassed("Task_SendInvitations").isWaitingAt("Task_BriefParticipants");
    assertThat(planning.participants(day.getId()))
        .filteredOn(p -> p.getGroupCode() != null)
        .allSatisfy(
            p ->
                assertThat(p.getInvitation())
                    .contains("Votre groupe")
                    .contains("Créneau 3")
                    .contains("votre choix"));
    // « Envoyer les invitations »: each teacher once, their group and path, the day as .ics.
    for (Participant p : planning.participants(day.getId())) {
      List<fr.reseau.ecoles.notification.OutboxMessage> invitations =
          outbox.findByRecipientUserIdOrderById(p.getTeacherUserId()).stream()
              .filter(m -> m.getKind().equals("workshop-day-invitation"))
              // other tests of the shared context run demo days for the same teachers
              .filter(
                  m -> m.getDedupKey().startsWith("workshop-day-invitation:" + day.getId() + ":"))
              .toList();
      assertThat(invitations).as(p.getTeacherUserId()).hasSize(1);
      assertThat(invitations.get(0).getBodyText())
          .contains("Votre groupe : " + p.getGroupCode())
          .contains("Créneau 1")
          .containsPattern(
              "Créneau \\d \\([^)]*\\) : « [^»]+ » animé par [^\\n]+, salle : Salle A\\d");
      var ics = outboxAttachments.findByOutboxIdOrderByPosition(invitations.get(0).getId());
      assertThat(ics).hasSize(1);
      var calendar =
          new net.fortuna.ical4j.data.CalendarBuilder()
              .build(
                  new java.io.StringReader(
                      new String(
                          ics.get(0).getContent(), java.nio.charset.StandardCharsets.UTF_8)));
      net.fortuna.ical4j.model.component.VEvent event =
          calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
      java.time.ZonedDateTime start =
          java.time.ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
              .withZoneSameInstant(java.time.ZoneId.of("Europe/Paris"));
      assertThat(start.toLocalDate()).isEqualTo(LocalDate.parse(DAY));
      assertThat(start.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
      assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
          .contains("Votre groupe : " + p.getGroupCode())
          .contains("salle : Salle A");
      // The rooms of the teacher's own path, in its order, after the establishment.
      List<String> pathRooms = new ArrayList<>();
      java.util.regex.Matcher room =
          java.util.regex.Pattern.compile("salle : (Salle A\\d)").matcher(p.getInvitation());
      while (room.find()) {
        if (!pathRooms.contains(room.group(1))) {
          pathRooms.add(room.group(1));
        }
      }
      assertThat(pathRooms).isNotEmpty();
      assertThat(event.getProperty("LOCATION").orElseThrow().getValue())
          .isEqualTo(
              day.getEstablishments()
                  + (pathRooms.size() == 1 ? ", salle " : ", salles ")
                  + String.join(", ", pathRooms));
    }

    complete(
        instance,
        "Task_BriefParticipants",
        Map.of(
            BRIEFING_DATE,
            "2027-01-28",
            BRIEFING_TOPICS,
            json(List.of("objectives", "groups", "expectations")),
            BRIEFING_NOTES,
            "Questions sur la cantine"));
    assertThat(instance).isWaitingAt("Timer_WorkshopDay");
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    assertThat(tasks(instance, "Task_KeepLogbook")).hasSize(placed);
    Task logbook = tasks(instance, "Task_KeepLogbook").get(0);
    assertThat(taskService.getVariableLocal(logbook.getId(), MY_DAY).toString())
        .contains("Votre groupe");
    assertThat(taskService.getVariables(logbook.getId()))
        .as("what a teacher's form can load")
        .doesNotContainKeys(
            TEACHER_OPTIONS,
            VALIDATION_FEEDBACK,
            VALIDATION_COMMENT,
            BRIEFING_NOTES,
            PLANNING_REPORT,
            GROUPS_TABLE,
            QUESTIONNAIRE_CSV,
            "groupingNotes");
    assertThat(days.findById(day.getId()).orElseThrow().getParticipantsBriefedOn())
        .isEqualTo(LocalDate.of(2027, 1, 28));

    completeEach(
        instance,
        "Task_KeepLogbook",
        t ->
            Map.of(
                LOGBOOK_PRACTICES,
                "Des plans de travail différenciés",
                LOGBOOK_IDEAS,
                "Essayer les îlots"));
    completeEach(
        instance,
        "Task_GiveHotImpressions",
        t ->
            Map.of(
                PLEASURE,
                "4",
                PRACTICES_OF_INTEREST,
                "Les îlots",
                IDEAS_TO_TRY,
                "Un plan de travail",
                WILLING_TO_HELP,
                t.getAssignee().startsWith("c")));
    assertThat(instance).isWaitingAt("Timer_ColdImpressionsDelay");
    clockAt(LocalDate.parse(DAY).plusDays(7), 9);
    executeDueJobs(instance);
    completeEach(
        instance,
        "Task_GiveColdImpressions",
        t ->
            Map.of(
                PRACTICE_STARTED,
                "yes",
                COLD_IDEAS,
                "Plans de travail en 5e",
                MOTIVATION,
                t.getAssignee().startsWith("c") ? "4" : "2",
                WILLING_TO_BE_REFERENT,
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
        Map.of(CONFIRMED_REFERENTS, json(confirmed), REFERENTS_JOIN_POOL, true));

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
    assignAnimators(instance);
    briefAnimators(instance);
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
                CONCERNS_AGREED,
                t.getAssignee().equals("claire.martin"),
                VALIDATION_COMMENT,
                "Il manque l'esprit critique"));
    assertThat(instance).hasPassed("Task_CountValidation").isWaitingAt("Task_ChooseConcerns");
    assertThat(runtimeService.getVariable(instance.getId(), VALIDATION_FEEDBACK))
        .as("comments stay on the team's task")
        .isNull();
    assertThat(
            taskService
                .getVariableLocal(
                    task(instance, "Task_ChooseConcerns").getId(), VALIDATION_FEEDBACK)
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
    taskService.complete(one.getId(), Map.of(CONCERNS_AGREED, true));
    assertThat(instance).isWaitingAt("Task_ValidateConcerns");
    clockAt(TODAY.plusDays(5), 10);
    executeDueJobs(instance);
    assertThat(instance).hasPassed("Timer_ValidationDeadline").isWaitingAt("Task_AssignAnimators");
    assertThat(tasks(instance, "Task_ValidateConcerns"))
        .as("the silent teachers' tasks are closed")
        .isEmpty();
    assertThat(validation.countVotes(day(instance).getId(), 3).summary())
        .contains("1 pour, 0 contre, 2 sans réponse");
    assertThat(WorkshopDayService.chosenConcerns(day(instance))).containsExactlyElementsOf(second);
  }

  @Test
  void replanningWithoutAFreeSlotThenMovingATeacher() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 12);
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of(FREE_WORKSHOP_CHOICE, pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "replan"));
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");

    Task plan = task(instance, "Task_PlanWorkshops");
    assertThat(taskService.getVariableLocal(plan.getId(), WORKSHOPS).toString())
        .as("the previous plan, to adjust")
        .contains("1, 2, 3")
        .contains("\"room\":\"Salle A1\"");
    // Two workshops of a slot cannot share a room (whatever its case and spaces).
    List<Map<String, Object>> sameRoom = workshopRows(plan, "1, 2, 3", 24);
    sameRoom.get(1).put(WorkshopDayRows.ROOM, " salle  a1 ");
    String planId = plan.getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    planId, Map.of(SLOT_COUNT, 3, FREE_CHOICE_SLOT, 3, WORKSHOPS, json(sameRoom))))
        .hasMessageContaining("Champ « workshops »")
        .hasMessageContaining(
            "ligne 2 : la salle « salle a1 » accueille déjà l'atelier A1 au créneau 1");
    assertThat(instance).isWaitingAt("Task_PlanWorkshops");
    // Dropping a workshop (no slot) then planning again: it is offered again, without slots.
    List<Map<String, Object>> withoutA4 = workshopRows(plan, "1, 2, 3", 24);
    withoutA4.stream()
        .filter(r -> "A4".equals(r.get(WorkshopDayRows.CODE)))
        .forEach(r -> r.put(WorkshopDayRows.SLOTS, ""));
    complete(
        instance,
        "Task_PlanWorkshops",
        Map.of(SLOT_COUNT, 3, FREE_CHOICE_SLOT, 3, WORKSHOPS, json(withoutA4)));
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of(FREE_WORKSHOP_CHOICE, pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "replan"));
    plan = task(instance, "Task_PlanWorkshops");
    assertThat(
            Spin.JSON(taskService.getVariableLocal(plan.getId(), WORKSHOPS).toString()).elements())
        .filteredOn(r -> r.prop(WorkshopDayRows.CODE).stringValue().equals("A4"))
        .singleElement()
        .satisfies(r -> assertThat(r.prop(WorkshopDayRows.SLOTS).stringValue()).isEmpty());
    Map<String, Object> withoutFreeSlot =
        new HashMap<>(Map.of(SLOT_COUNT, 2, WORKSHOPS, json(workshopRows(plan, "1, 2", 12))));
    withoutFreeSlot.put(FREE_CHOICE_SLOT, null);
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
                    !QuestionnaireService.rankedConcerns(answer(day, p.getTeacherUserId()))
                        .contains(target.getConcern()))
            .findFirst()
            .orElseThrow();
    Participant fit =
        planning.participants(day.getId()).stream()
            .filter(p -> !target.getCode().equals(p.getGroupCode()))
            .filter(
                p ->
                    QuestionnaireService.rankedConcerns(answer(day, p.getTeacherUserId()))
                        .contains(target.getConcern()))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ReviewGroupsAndPaths",
                    Map.of(
                        REVIEW_DECISION,
                        "approve",
                        TEACHER_MOVES,
                        json(
                            List.of(
                                Map.of(
                                    TEACHER,
                                    unfit.getTeacherUserId(),
                                    WorkshopDayRows.GROUP,
                                    target.getCode()))))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(TEACHER_MOVES)
        .hasMessageContaining("n'a pas cité");
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    "Task_ReviewGroupsAndPaths",
                    Map.of(
                        REVIEW_DECISION,
                        "approve",
                        TEACHER_MOVES,
                        json(
                            List.of(
                                Map.of(
                                    TEACHER,
                                    fit.getTeacherUserId(),
                                    WorkshopDayRows.GROUP,
                                    target.getCode()))))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plus de 6 enseignants");
    assertThat(instance).isWaitingAt("Task_ReviewGroupsAndPaths");

    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
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
    return Spin.JSON(taskService.getVariableLocal(task.getId(), FREE_SESSION_OPTIONS).toString())
        .elements()
        .stream()
        .map(o -> o.prop(WorkshopDayRows.VALUE).stringValue())
        .toList();
  }

  /** One of the offered workshops with places left now, spread over them by the teacher's id. */
  String pick(Task task) {
    Long dayId =
        ((Number) runtimeService.getVariable(task.getProcessInstanceId(), WORKSHOP_DAY_ID))
            .longValue();
    List<String> open =
        freeChoices.freeOffers(dayId).stream()
            .filter(o -> o.placesLeft() > 0)
            .map(FreeChoiceService.FreeOffer::workshopCode)
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
  @Autowired ConcernValidationService validation;
  @Autowired FreeChoiceService freeChoices;

  @Test
  void aFullFreeWorkshopIsRefusedAndTheDeadlineLeavesTheRestToTheTeam() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 6);
    executeDueJobs(instance);
    List<Task> choices = tasks(instance, "Task_ChooseFreeWorkshop");
    Task inPath =
        choices.stream().filter(t -> !offered(t).contains("A1")).findFirst().orElseThrow();
    assertThatThrownBy(
            () -> taskService.complete(inPath.getId(), Map.of(FREE_WORKSHOP_CHOICE, "A1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votre groupe suit déjà");
    List<Task> outsideTheirPath = choices.stream().filter(t -> offered(t).contains("A1")).toList();
    for (int i = 0; i < 6; i++) {
      taskService.complete(outsideTheirPath.get(i).getId(), Map.of(FREE_WORKSHOP_CHOICE, "A1"));
    }
    Task seventh = outsideTheirPath.get(6);
    assertThatThrownBy(
            () -> taskService.complete(seventh.getId(), Map.of(FREE_WORKSHOP_CHOICE, "A1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("complet");
    String other = offered(seventh).stream().filter(c -> !c.equals("A1")).findFirst().orElseThrow();
    taskService.complete(seventh.getId(), Map.of(FREE_WORKSHOP_CHOICE, other));

    clockAt(TODAY.plusDays(3), 10);
    executeDueJobs(instance);
    assertThat(instance)
        .hasPassed("Timer_FreeChoiceDeadline")
        .isWaitingAt("Task_ReviewGroupsAndPaths");
    Task review = task(instance, "Task_ReviewGroupsAndPaths");
    assertThat(taskService.getVariableLocal(review.getId(), PLANNING_REPORT).toString())
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
        Map.of(SLOT_COUNT, 2, WORKSHOPS, json(workshopRows(plan, "1, 2", 12))));
    executeDueJobs(instance);
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
    complete(
        instance,
        "Task_BriefParticipants",
        Map.of(
            BRIEFING_DATE,
            "2027-01-28",
            BRIEFING_TOPICS,
            json(List.of("objectives", "groups", "expectations"))));
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    Task first = tasks(instance, "Task_KeepLogbook").get(0);
    String teacher = first.getAssignee();
    taskService.complete(first.getId(), Map.of(LOGBOOK_PRACTICES, "Des îlots"));
    taskService.complete(
        task(instance, "Task_GiveHotImpressions").getId(),
        Map.of(
            PLEASURE,
            "3",
            PRACTICES_OF_INTEREST,
            "Les îlots",
            IDEAS_TO_TRY,
            "Un plan de travail",
            WILLING_TO_HELP,
            true));
    clockAt(LocalDate.parse(DAY).plusDays(7), 9);
    executeDueJobs(instance);
    taskService.complete(
        task(instance, "Task_GiveColdImpressions").getId(), WorkshopDayPeople.coldImpressions());
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
        Map.of(CONFIRMED_REFERENTS, json(List.of(silent)), REFERENTS_JOIN_POOL, false));
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
                        QUESTIONNAIRE_CSV,
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
                        QUESTIONNAIRE_CSV,
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
                        QUESTIONNAIRE_CSV,
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
                    Map.of(QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire().repeat(2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dépasse 3900 caractères");
    assertThat(instance).isWaitingAt("Task_ImportQuestionnaire");
    assertThat(dayService.answers(day(instance).getId())).isEmpty();

    complete(
        instance,
        "Task_ImportQuestionnaire",
        Map.of(QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire()));
    assertThatThrownBy(() -> choose(instance, CONCERNS.subList(0, 2), SAMPLE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3 ou 4 préoccupations");
    assertThatThrownBy(() -> choose(instance, CONCERNS, List.of("camille.roux")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(VALIDATION_SAMPLE);
    assertThat(instance).isWaitingAt("Task_ChooseConcerns");
    assertThatThrownBy(
            () ->
                startProcess(
                    WorkshopDayVariables.PROCESS_KEY,
                    NETWORK,
                    Map.of(
                        TITLE,
                        "Trop tard",
                        ESTABLISHMENTS,
                        "Collège",
                        DAY_DATE,
                        "2026-12-01",
                        CONCERN_SOURCE,
                        "questionnaire")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(DAY_DATE)
        .hasMessageContaining("déjà passée");
  }

  /** Open messages of that kind for that task, from the outbox. */
  List<fr.reseau.ecoles.notification.OutboxMessage> noticesFor(String taskId, String kind) {
    return outbox.findAll().stream()
        .filter(
            m -> m.getKind().equals(kind) && m.getLink() != null && m.getLink().endsWith(taskId))
        .toList();
  }

  static java.util.Date plusHours(java.util.Date date, long hours) {
    return new java.util.Date(date.getTime() + hours * 3_600_000L);
  }

  @Test
  void aStalledBriefingIsRemindedThenTheCoordinatorsReassignIt() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 12);
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of(FREE_WORKSHOP_CHOICE, pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
    Task brief = task(instance, "Task_BriefParticipants");
    // Its row of processes/task-deadlines.dmn: followUpAfter P2D, dueAfter P4D.
    java.util.Date start = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    assertThat(brief.getFollowUpDate())
        .isBetween(plusHours(start, 47), plusHours(start, 48), true, true);
    assertThat(brief.getDueDate()).isEqualTo(plusHours(brief.getFollowUpDate(), 48));

    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(plusHours(start, 49));
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_BriefParticipants");
    // Candidate group project-teams: each member of the school's team is reminded.
    assertThat(noticesFor(brief.getId(), "task-reminder"))
        .extracting(fr.reseau.ecoles.notification.OutboxMessage::getRecipientUserId)
        .contains("julie.vernet", "karim.belkacem");

    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(plusHours(start, 97));
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_BriefParticipantsFollowUp");
    Task followUp = task(instance, "Task_BriefParticipantsFollowUp");
    assertThat(followUp).hasCandidateGroup("coordinators");
    assertThat(noticesFor(followUp.getId(), "task-escalation"))
        .extracting(fr.reseau.ecoles.notification.OutboxMessage::getRecipientUserId)
        .contains("mathilde.arnaud");
    assertThat(
            taskService
                .getVariable(followUp.getId(), WorkshopDayVariables.FOLLOW_UP_OPTIONS)
                .toString())
        .contains("\"reassign\"")
        .doesNotContain("\"cancel\"");

    Map<String, Object> answer = new HashMap<>();
    answer.put(WorkshopDayVariables.FOLLOW_UP_DECISION, "reassign");
    answer.put(WorkshopDayVariables.FOLLOW_UP_ASSIGNEE, "karim.belkacem");
    complete(instance, "Task_BriefParticipantsFollowUp", answer);
    Task again = task(instance, "Task_BriefParticipants");
    assertThat(again).isAssignedTo("karim.belkacem");
    assertThat(noticesFor(again.getId(), "task-reminder"))
        .extracting(fr.reseau.ecoles.notification.OutboxMessage::getRecipientUserId)
        .containsExactly("karim.belkacem");
  }

  @Test
  void eachTeacherIsRemindedOfTheLogbookAndTheTeamReplacesOneWhoStalls() {
    ProcessInstance instance = toPlan();
    planWithFreeSlot(instance, 12);
    executeDueJobs(instance);
    completeEach(instance, "Task_ChooseFreeWorkshop", t -> Map.of(FREE_WORKSHOP_CHOICE, pick(t)));
    complete(instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
    complete(
        instance,
        "Task_BriefParticipants",
        Map.of(
            BRIEFING_DATE,
            "2027-01-28",
            BRIEFING_TOPICS,
            json(List.of("objectives", "groups", "expectations")),
            BRIEFING_NOTES,
            "Rien"));
    clockAt(LocalDate.parse(DAY), 8);
    executeDueJobs(instance);
    List<Task> logbooks = tasks(instance, "Task_KeepLogbook");
    assertThat(logbooks).hasSizeGreaterThan(1);
    // One reminder timer per teacher (inside the teacher's day), one message each.
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("Timer_KeepLogbookReminder")
                .count())
        .isEqualTo(logbooks.size());
    clockAt(LocalDate.parse(DAY).plusDays(1), 9);
    executeDueJobs(instance);
    for (Task logbook : logbooks) {
      assertThat(noticesFor(logbook.getId(), "task-reminder"))
          .extracting(fr.reseau.ecoles.notification.OutboxMessage::getRecipientUserId)
          .containsExactly(logbook.getAssignee());
    }
    assertThat(tasks(instance, "Task_KeepLogbook")).hasSize(logbooks.size());

    // All but one keep their logbook; the last one stalls and goes to the project team.
    Task stalled = logbooks.get(0);
    for (Task logbook : logbooks.subList(1, logbooks.size())) {
      taskService.complete(logbook.getId(), Map.of(LOGBOOK_PRACTICES, "Débats mouvants"));
    }
    clockAt(LocalDate.parse(DAY).plusDays(3), 9);
    executeDueJobs(instance);
    List<Task> followUps = tasks(instance, "Task_KeepLogbookFollowUp");
    assertThat(followUps).hasSize(1);
    assertThat(followUps.get(0)).hasCandidateGroup("project-teams");
    assertThat(
            taskService.getVariable(
                followUps.get(0).getId(), WorkshopDayVariables.FOLLOW_UP_HOLDER_NAME))
        .isNotNull();
    String colleague = logbooks.get(1).getAssignee();
    Map<String, Object> answer = new HashMap<>();
    answer.put(WorkshopDayVariables.FOLLOW_UP_DECISION, "replace");
    answer.put(WorkshopDayVariables.FOLLOW_UP_ASSIGNEE, colleague);
    taskService.complete(followUps.get(0).getId(), answer);
    List<Task> reopened =
        tasks(instance, "Task_KeepLogbook").stream()
            .filter(t -> t.getAssignee().equals(colleague))
            .toList();
    assertThat(reopened).hasSize(1);
    assertThat(tasks(instance, "Task_KeepLogbook"))
        .noneMatch(t -> stalled.getAssignee().equals(t.getAssignee()));
  }
}
