package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            "workshop-day",
            NETWORK,
            Map.of(
                "title",
                "Journée sur le moteur de tâches",
                "establishments",
                "Collège des Dentelles, Bédoin",
                "dayDate",
                day.toString(),
                "concernSource",
                "questionnaire"));
    test.awaitJobsDone();
    test.completeAs(
        TEAM,
        instance,
        "Task_ImportQuestionnaire",
        Map.of("questionnaireCsv", DemoWorkshopDay.questionnaire()));
    test.completeAs(
        TEAM,
        instance,
        "Task_ChooseConcerns",
        Map.of(
            "chosenConcerns",
            JsonVariables.of(CONCERNS),
            "validationSample",
            JsonVariables.of(List.of("claire.martin", "julien.bernard", "sarah.dupont"))));
    test.completeAs(
        "claire.martin",
        test.taskOf(instance, "Task_ValidateConcerns", "claire.martin"),
        Map.of("concernsAgreed", true));

    // The two silent teachers: the validation deadline counts the answer received.
    test.clockAfterTimer(instance, "Timer_ValidationDeadline");
    assertThat(tasks(instance, "Task_ValidateConcerns")).isEmpty();
    test.completeAs(
        TEAM,
        instance,
        "Task_AssignAnimators",
        Map.of(
            "animatorAssignments",
            JsonVariables.of(
                List.of(
                    Map.of("animator", poolId("Aurélie Sanchez"), "concern", CONCERNS.get(0)),
                    Map.of("animator", poolId("Sébastien Lambert"), "concern", CONCERNS.get(1)),
                    Map.of("animator", poolId("Fatima Ziani"), "concern", CONCERNS.get(2)))),
            "newAnimators",
            JsonVariables.of(
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
    for (Task briefing : tasks(instance, "Task_BriefAnimator")) {
      test.completeAs(
          TEAM,
          briefing,
          Map.of(
              "agreedConcerns",
              "Exemples concrets",
              "demonstrationShare",
              40,
              "equipmentNeeds",
              "Vidéoprojecteur"));
    }
    Task plan = test.task(instance, "Task_PlanWorkshops");
    test.completeAs(
        TEAM,
        plan,
        Map.of(
            "slotCount",
            3,
            "slotTimes",
            "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
            "freeChoiceSlot",
            3,
            "workshops",
            JsonVariables.of(workshopRows(plan, "1, 2, 3", 12))));
    // Groups and paths were formed on the job executor; nobody chooses a free workshop: the
    // deadline closes the choices.
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).hasSize(24);
    test.clockAfterTimer(instance, "Timer_FreeChoiceDeadline");
    assertThat(tasks(instance, "Task_ChooseFreeWorkshop")).isEmpty();
    test.completeAs(
        TEAM, instance, "Task_ReviewGroupsAndPaths", Map.of("reviewDecision", "approve"));
    test.completeAs(
        TEAM,
        instance,
        "Task_BriefParticipants",
        Map.of(
            "briefingDate",
            today.plusDays(14).toString(),
            "briefingTopics",
            JsonVariables.of(List.of("objectives", "groups", "expectations"))));

    test.clockAt(day, 8);
    List<Task> logbooks = tasks(instance, "Task_KeepLogbook");
    assertThat(logbooks).hasSize(24);
    String teacher = logbooks.get(0).getAssignee();
    test.completeAs(teacher, logbooks.get(0), Map.of("logbookPractices", "Des îlots"));
    test.completeAs(
        teacher,
        test.taskOf(instance, "Task_GiveHotImpressions", teacher),
        Map.of(
            "pleasure",
            "4",
            "practicesOfInterest",
            "Les îlots",
            "ideasToTry",
            "Un plan de travail",
            "willingToHelp",
            true));
    test.clockAfterTimer(instance, "Timer_ColdImpressionsDelay");
    test.completeAs(
        teacher,
        test.taskOf(instance, "Task_GiveColdImpressions", teacher),
        Map.of(
            "practiceStarted",
            "planned",
            "coldIdeas",
            "En février",
            "motivation",
            "4",
            "willingToBeReferent",
            true));

    // The others never answer: the impressions close after their delay and the referents are
    // proposed.
    test.clockAfterTimer(instance, "Timer_ImpressionsClosed");
    assertThat(tasks(instance, "Task_KeepLogbook")).isEmpty();
    Long dayId = ((Number) test.variable(instance, "workshopDayId")).longValue();
    assertThat(impressions.referents(dayId))
        .filteredOn(Referent::isConfirmed)
        .extracting(Referent::getTeacherUserId)
        .containsExactly(teacher);
    test.completeAs(
        TEAM,
        instance,
        "Task_ConfirmReferents",
        Map.of(
            "confirmedReferents", JsonVariables.of(List.of(teacher)), "referentsJoinPool", false));
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
    return String.valueOf(
        animators.findByNetworkIdOrderByFullName(NETWORK).stream()
            .filter(a -> a.getFullName().equals(name))
            .findFirst()
            .orElseThrow()
            .getId());
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
}
