package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.AGREED_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_ASSIGNMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.BRIEFING_TOPICS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.COLD_IDEAS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERNS_AGREED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONFIRMED_REFERENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DEMONSTRATION_SHARE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.EQUIPMENT_NEEDS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.IDEAS_TO_TRY;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.LOGBOOK_PRACTICES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MOTIVATION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.NEW_ANIMATORS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLEASURE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICES_OF_INTEREST;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PRACTICE_STARTED;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_CSV;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REFERENTS_JOIN_POOL;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.REVIEW_DECISION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_TIMES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_SAMPLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_BE_REFERENT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WILLING_TO_HELP;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * A workshop day of the demo school (réseau Ventoux Baronnies) taken from start to end by its
 * project team and its teachers, each as themselves, while every timer fires on the job executor:
 * the validation deadline, the free-choice deadline, the day itself, the cold-impressions delay and
 * the closing of the impressions. Only one sampled teacher answers and one teacher gives
 * impressions.
 */
@Component
public class WorkshopDayPeople {

  public static final String NETWORK = "ventoux-baronnies";
  public static final String TEAM = "julie.vernet";

  /** The teachers asked to validate the concerns chosen. */
  static final List<String> SAMPLE = List.of("claire.martin", "julien.bernard", "sarah.dupont");

  static final List<String> CONCERNS =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  private final AnimatorRepository animators;
  private final ImpressionsService impressions;
  private final WorkshopDayRepository days;
  private final TaskService taskService;

  public WorkshopDayPeople(
      AnimatorRepository animators,
      ImpressionsService impressions,
      WorkshopDayRepository days,
      TaskService taskService) {
    this.animators = animators;
    this.impressions = impressions;
    this.days = days;
    this.taskService = taskService;
  }

  /**
   * Starts on {@code today} at 9, the day itself is {@code day}; returns the day's id once
   * published.
   */
  public Long runWholeDay(JobExecutorIntegrationTest test, LocalDate today, LocalDate day) {
    test.clockAt(today, 9);
    ProcessInstance instance =
        test.startAs(
            TEAM,
            WorkshopDayVariables.PROCESS_KEY,
            NETWORK,
            Map.of(
                TITLE,
                "Journée sur le moteur de tâches",
                ESTABLISHMENTS,
                "Collège des Dentelles, Bédoin",
                DAY_DATE,
                day.toString(),
                CONCERN_SOURCE,
                "questionnaire"));
    test.awaitJobsDone();
    test.completeAs(
        TEAM,
        instance,
        "Task_ImportQuestionnaire",
        Map.of(QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire()));
    test.completeAs(
        TEAM,
        instance,
        "Task_ChooseConcerns",
        Map.of(
            CHOSEN_CONCERNS,
            JsonVariables.of(CONCERNS),
            VALIDATION_SAMPLE,
            JsonVariables.of(SAMPLE)));
    test.completeAs(
        "claire.martin",
        test.taskOf(instance, "Task_ValidateConcerns", "claire.martin"),
        Map.of(CONCERNS_AGREED, true));

    // The two silent teachers: the validation deadline counts the answer received.
    test.clockAfterTimer(instance, "Timer_ValidationDeadline");
    assertThat(tasks(instance, "Task_ValidateConcerns")).isEmpty();
    test.completeAs(TEAM, instance, "Task_AssignAnimators", animatorAssignments(this::poolId));
    for (Task briefing : tasks(instance, "Task_BriefAnimator")) {
      test.completeAs(TEAM, briefing, animatorBriefing("Exemples concrets"));
    }
    Task plan = test.task(instance, "Task_PlanWorkshops");
    test.completeAs(
        TEAM,
        plan,
        Map.of(
            SLOT_COUNT,
            3,
            SLOT_TIMES,
            "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
            FREE_CHOICE_SLOT,
            3,
            WORKSHOPS,
            JsonVariables.of(workshopRows(taskService, plan, "1, 2, 3", 12))));
    // Groups and paths were formed on the job executor; nobody chooses a free workshop: the
    // deadline closes the choices.
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).hasSize(24);
    test.clockAfterTimer(instance, "Timer_FreeChoiceDeadline");
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).isEmpty();
    test.completeAs(
        TEAM, instance, "Task_ReviewGroupsAndPaths", Map.of(REVIEW_DECISION, "approve"));
    test.completeAs(
        TEAM,
        instance,
        "Task_BriefParticipants",
        Map.of(
            BRIEFING_DATE,
            today.plusDays(14).toString(),
            BRIEFING_TOPICS,
            JsonVariables.of(List.of("objectives", "groups", "expectations"))));

    test.clockAt(day, 8);
    List<Task> logbooks = tasks(instance, "Task_KeepLogbook");
    assertThat(logbooks).hasSize(24);
    String teacher = logbooks.get(0).getAssignee();
    test.completeAs(teacher, logbooks.get(0), Map.of(LOGBOOK_PRACTICES, "Des îlots"));
    test.completeAs(
        teacher, test.taskOf(instance, "Task_GiveHotImpressions", teacher), hotImpressions());
    test.clockAfterTimer(instance, "Timer_ColdImpressionsDelay");
    test.completeAs(
        teacher, test.taskOf(instance, "Task_GiveColdImpressions", teacher), coldImpressions());

    // The others never answer: the impressions close after their delay and the referents are
    // proposed.
    test.clockAfterTimer(instance, "Timer_ImpressionsClosed");
    assertThat(tasks(instance, "Task_KeepLogbook")).isEmpty();
    Long dayId = ((Number) test.variable(instance, WORKSHOP_DAY_ID)).longValue();
    assertThat(impressions.referents(dayId))
        .filteredOn(Referent::isConfirmed)
        .extracting(Referent::getTeacherUserId)
        .containsExactly(teacher);
    test.completeAs(
        TEAM,
        instance,
        "Task_ConfirmReferents",
        Map.of(
            CONFIRMED_REFERENTS, JsonVariables.of(List.of(teacher)), REFERENTS_JOIN_POOL, false));
    assertThat(test.isEnded(instance)).isTrue();
    assertThat(days.findById(dayId).orElseThrow().getStatus())
        .isEqualTo(WorkshopDayStatus.PUBLISHED);
    return dayId;
  }

  List<Task> tasks(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .list();
  }

  String poolId(String name) {
    return poolId(animators, name);
  }

  /** The id, as the forms submit it, of the animator of the network's pool with that name. */
  static String poolId(AnimatorRepository animators, String name) {
    return String.valueOf(
        animators.findByNetworkIdOrderByFullName(NETWORK).stream()
            .filter(a -> a.getFullName().equals(name))
            .findFirst()
            .orElseThrow()
            .getId());
  }

  /**
   * « Affecter les animateurs »: three animators of the pool ({@code poolId} gives their ids) on
   * the first three concerns, a new one, Léa Vidal, on the fourth.
   */
  static Map<String, Object> animatorAssignments(Function<String, String> poolId) {
    return Map.of(
        ANIMATOR_ASSIGNMENTS,
        JsonVariables.of(
            List.of(
                Map.of(
                    WorkshopDayRows.ANIMATOR,
                    poolId.apply("Aurélie Sanchez"),
                    WorkshopDayRows.CONCERN,
                    CONCERNS.get(0)),
                Map.of(
                    WorkshopDayRows.ANIMATOR,
                    poolId.apply("Sébastien Lambert"),
                    WorkshopDayRows.CONCERN,
                    CONCERNS.get(1)),
                Map.of(
                    WorkshopDayRows.ANIMATOR,
                    poolId.apply("Fatima Ziani"),
                    WorkshopDayRows.CONCERN,
                    CONCERNS.get(2)))),
        NEW_ANIMATORS,
        JsonVariables.of(
            List.of(
                Map.of(
                    WorkshopDayRows.FULL_NAME,
                    "Léa Vidal",
                    WorkshopDayRows.ESTABLISHMENT,
                    "Lycée de l'Eygues, Nyons",
                    WorkshopDayRows.EMAIL,
                    "lea.vidal@example.fr",
                    WorkshopDayRows.CONCERN,
                    CONCERNS.get(3)))));
  }

  /** « Préparer l'animateur »: what was agreed, 40 % of demonstration, a projector. */
  static Map<String, Object> animatorBriefing(String agreedConcerns) {
    return Map.of(
        AGREED_CONCERNS,
        agreedConcerns,
        DEMONSTRATION_SHARE,
        40,
        EQUIPMENT_NEEDS,
        "Vidéoprojecteur");
  }

  /**
   * The workshops prefilled in « Planifier les ateliers », each in those slots with that capacity,
   * practical.
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> workshopRows(
      TaskService taskService, Task task, String slots, int capacity) {
    String prefilled = taskService.getVariableLocal(task.getId(), WORKSHOPS).toString();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : Spin.JSON(prefilled).mapTo(List.class)) {
      Map<String, Object> r = new HashMap<>((Map<String, Object>) row);
      r.put(WorkshopDayRows.SLOTS, slots);
      r.put(WorkshopDayRows.CAPACITY, capacity);
      r.put(WorkshopDayRows.FORMAT, "pratique");
      // Each workshop in its own room, « Salle A1 » …
      r.put(WorkshopDayRows.ROOM, "Salle " + r.get(WorkshopDayRows.CODE));
      rows.add(r);
    }
    return rows;
  }

  /** « Impressions à chaud »: pleased, the islands, an idea to try, willing to help. */
  static Map<String, Object> hotImpressions() {
    return Map.of(
        PLEASURE,
        "4",
        PRACTICES_OF_INTEREST,
        "Les îlots",
        IDEAS_TO_TRY,
        "Un plan de travail",
        WILLING_TO_HELP,
        true);
  }

  /** « Impressions à froid »: a practice planned for February, willing to be a referent. */
  static Map<String, Object> coldImpressions() {
    return Map.of(
        PRACTICE_STARTED,
        "planned",
        COLD_IDEAS,
        "En février",
        MOTIVATION,
        "4",
        WILLING_TO_BE_REFERENT,
        true);
  }
}
