package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.event.NetworkEventRepository;
import fr.reseau.ecoles.event.NetworkEventVariables;
import fr.reseau.ecoles.event.RegistrationService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * A network event of the demo network, for the guide (docs/guide/evenements.md): a network day with
 * two contributors, six participants, one on the waiting list, and a few members who have not
 * answered yet (Camille Roux among them). Not under the {@code test} profile: the tests share the
 * demo network and count its tasks. Idempotent: nothing when the network has this event.
 */
@Component
@Profile("demo & !test")
@Order(30)
public class DemoNetworkEvent implements ApplicationRunner {

  static final String TITLE = "Journée réseau : l'EMI au collège";
  static final List<String> CONTRIBUTORS = List.of("lucie.martin", "julien.faure");
  static final List<String> PARTICIPANTS =
      List.of(
          "sophie.bernard",
          "yann.morel",
          "helene.garcia",
          "marc.dupont",
          "ines.moreau",
          "claire.fabre",
          "thomas.girard");

  private final NetworkEventRepository events;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public DemoNetworkEvent(
      NetworkEventRepository events, RuntimeService runtime, TaskService tasks) {
    this.events = events;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    seed(DemoNetwork.NETWORK_ID);
  }

  /** Publishes the demo event in that network and answers for the demo members; its instance. */
  public ProcessInstance seed(String networkId) {
    if (events.findByNetworkIdOrderByEventDateDescIdDesc(networkId).stream()
        .anyMatch(e -> TITLE.equals(e.getTitle()))) {
      return null;
    }
    LocalDate day =
        EngineClock.today().plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    Map<String, Object> form = new HashMap<>();
    form.put(NetworkEventVariables.TITLE, TITLE);
    form.put(NetworkEventVariables.EVENT_KIND, "networkDay");
    form.put(NetworkEventVariables.THEME, "info-literacy");
    form.put(NetworkEventVariables.EVENT_DATE, day.toString());
    form.put(NetworkEventVariables.EVENT_HALF_DAY, "day");
    form.put(NetworkEventVariables.PLACE, "Collège Jean-Henri Fabre, CDI, Carpentras");
    form.put(NetworkEventVariables.CAPACITY, 6L);
    form.put(NetworkEventVariables.CONTRIBUTOR_SLOTS, 2L);
    form.put(NetworkEventVariables.REGISTRATION_DEADLINE, day.minusDays(14).toString());
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(NetworkEventVariables.PROCESS_KEY)
            .processDefinitionTenantId(networkId)
            .setVariables(form)
            .execute();
    for (String member : CONTRIBUTORS) {
      answer(
          instance,
          member,
          Map.of(
              NetworkEventVariables.REGISTRATION_CHOICE,
              RegistrationService.CONTRIBUTE,
              NetworkEventVariables.CONTRIBUTION,
              "Une séquence EMI en 6e : chercher, trier et citer ses sources"));
    }
    for (String member : PARTICIPANTS) {
      answer(
          instance,
          member,
          Map.of(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.PARTICIPATE));
    }
    return instance;
  }

  private void answer(ProcessInstance instance, String member, Map<String, Object> form) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskAssignee(member)
            .singleResult();
    if (task != null) {
      tasks.complete(task.getId(), form);
    }
  }
}
