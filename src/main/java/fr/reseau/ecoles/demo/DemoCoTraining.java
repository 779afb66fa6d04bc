package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.cotraining.CoTrainingRequestRepository;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables;
import fr.reseau.ecoles.forminput.JsonVariables;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A co-training request in progress in the demo network: Claire Fabre (Collège du Groseau) asked
 * for an « atelier de mutualisation » with three colleagues; it waits for her head of school,
 * Didier Vidal ({@code chef.groseau}). Idempotent: nothing is added when the network has a request.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoCoTraining implements ApplicationRunner {

  static final String REQUESTER = "claire.fabre";
  static final List<String> COLLEAGUES = List.of("pierre.chabert", "elise.blanc", "anne.reynaud");

  private final CoTrainingRequestRepository requests;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final SchoolCalendar schoolCalendar;

  public DemoCoTraining(
      CoTrainingRequestRepository requests,
      RuntimeService runtime,
      TaskService tasks,
      SchoolCalendar schoolCalendar) {
    this.requests = requests;
    this.runtime = runtime;
    this.tasks = tasks;
    this.schoolCalendar = schoolCalendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    String network = DemoNetwork.NETWORK_ID;
    if (!requests.findByNetworkIdOrderById(network).isEmpty()) {
      return;
    }
    Map<String, Object> start = new HashMap<>();
    start.put(CoTrainingRequestVariables.REQUESTER, REQUESTER);
    start.put(CoTrainingRequestVariables.TITLE, "Les outils du web en classe de 4e");
    start.put(CoTrainingRequestVariables.THEME, "digital");
    start.put(
        CoTrainingRequestVariables.MOTIVATION,
        "Les élèves de 4e cherchent sur le web sans méthode. L'équipe veut construire une"
            + " progression commune (recherche, évaluation des sources, citation) et l'essayer"
            + " dans trois disciplines, avec l'appui de la DANE pour les outils.");
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(CoTrainingRequestVariables.PROCESS_KEY)
            .processDefinitionTenantId(network)
            .setVariables(start)
            .execute();
    Task describe =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_DescribeProject")
            .singleResult();
    List<LocalDate> dates = wednesdays(3);
    Map<String, Object> description = new HashMap<>();
    description.put(CoTrainingRequestVariables.PARTICIPANTS, JsonVariables.of(COLLEAGUES));
    description.put(CoTrainingRequestVariables.WISHED_DATE_1, dates.get(0).toString());
    description.put(CoTrainingRequestVariables.WISHED_DATE_2, dates.get(1).toString());
    description.put(CoTrainingRequestVariables.WISHED_DATE_3, dates.get(2).toString());
    description.put(CoTrainingRequestVariables.SLOT, "15h-18h");
    description.put(CoTrainingRequestVariables.EXPERT, "dane");
    description.put(
        CoTrainingRequestVariables.MOTIVATION, start.get(CoTrainingRequestVariables.MOTIVATION));
    tasks.complete(describe.getId(), description);
  }

  /** The next school Wednesdays (zone B) from four weeks on. */
  List<LocalDate> wednesdays(int count) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate day =
        EngineClock.today().plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    while (days.size() < count) {
      if (schoolCalendar.reasonNotSchoolDay(day, "B").isEmpty()) {
        days.add(day);
      }
      day = day.plusWeeks(1);
    }
    return days;
  }
}
