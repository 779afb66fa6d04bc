package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.event.EventKind;
import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventRegistrationRepository;
import fr.reseau.ecoles.event.NetworkEvent;
import fr.reseau.ecoles.event.NetworkEventRepository;
import fr.reseau.ecoles.event.NetworkEventVariables;
import fr.reseau.ecoles.event.RegistrationService;
import fr.reseau.ecoles.event.RegistrationStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A network event of the demo network in a real browser, from publication to feedback: the
 * coordinator publishes it in Tasklist, a documentaliste registers as contributor, her head of
 * school signs her ordre de mission (the participant has none), the coordinator records attendance
 * and the participant gives her feedback. Every form is checked with axe when it opens ({@link
 * Webapps#form}). Time passes by moving the engine's clock past the timers.
 */
class NetworkEventInBrowserIT extends BrowserStory {

  static final String NETWORK = "ventoux-baronnies";
  static final String COORDINATOR = "mathilde.arnaud";
  static final String CONTRIBUTOR = "camille.roux";
  static final String HEAD = "chef.pontromain";
  static final String PARTICIPANT = "lucie.martin";
  static final String TITLE = "Journée réseau : l'EMI au collège (navigateur)";
  static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
  static final LocalDate EVENT_DAY = LocalDate.of(2027, 3, 10);

  @Autowired EventRegistrationRepository registrations;
  @Autowired NetworkEventRepository events;

  ProcessInstance event;

  @AfterAll
  void endTheEvent() {
    if (event != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(event.getId()).count()
            > 0) {
      runtimeService.deleteProcessInstance(event.getId(), "acceptance test over");
    }
  }

  @Test
  @Order(1)
  void theCoordinatorPublishesTheEvent() {
    clockAt(TODAY, 9);
    webapps.login("tasklist", COORDINATOR);
    webapps.chooseProcessToStart("Évènement du réseau");
    webapps.form();
    webapps.type("Titre", TITLE);
    webapps.choose("Type d'évènement", "Journée réseau");
    select("Thème", "Éducation aux médias et à l'information (EMI)");
    webapps.date("Date de l'évènement", EVENT_DAY);
    webapps.choose("Moment", "Matin");
    webapps.type("Lieu", "Collège Jean-Henri Fabre, CDI, Carpentras");
    webapps.date("Date limite d'inscription", LocalDate.of(2027, 2, 24));
    browser.screenshot("guide-evenements-publier");
    browser.click(browser.clickable(By.cssSelector(".modal-footer button.btn-primary")));
    event =
        browser.waitFor(
            d ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(NetworkEventVariables.PROCESS_KEY)
                    .tenantIdIn(NETWORK)
                    .active()
                    .list()
                    .stream()
                    .filter(
                        p ->
                            TITLE.equals(
                                runtimeService.getVariable(p.getId(), NetworkEventVariables.TITLE)))
                    .findFirst()
                    .orElse(null),
            Duration.ofSeconds(30));
    executeDueJobs(event);
    assertThat(taskOf("Task_RegisterForEvent", CONTRIBUTOR)).isNotNull();
  }

  @Test
  @Order(2)
  void aDocumentalisteRegistersAsContributor() {
    webapps.login("tasklist", CONTRIBUTOR);
    webapps.filter("Mes tâches");
    webapps.openTask("S'inscrire à l'évènement");
    webapps.form();
    webapps.choose("Votre réponse", "J'interviens (je présente une pratique)");
    webapps.type(
        "Ce que vous présenterez", "Une séquence EMI en 6e : chercher et citer ses sources");
    browser.screenshot("guide-evenements-inscription");
    completeAndWait(taskOf("Task_RegisterForEvent", CONTRIBUTOR));
    taskService.complete(
        taskOf("Task_RegisterForEvent", PARTICIPANT).getId(),
        Map.of(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.PARTICIPATE));
    executeDueJobs(event);
    assertThat(registrations.findByEventIdOrderById(eventId()))
        .extracting(EventRegistration::getStatus)
        .containsOnly(RegistrationStatus.REGISTERED)
        .hasSize(2);
  }

  @Test
  @Order(3)
  void theHeadOfSchoolSignsTheContributorsMissionOrderOnly() {
    passTimer("Timer_RegistrationDeadline");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(event.getId())
                .taskDefinitionKey("Task_SignEventMissionOrder")
                .list())
        .extracting(Task::getAssignee)
        .containsExactly(HEAD);
    webapps.login("tasklist", HEAD);
    webapps.filter("Mes tâches");
    webapps.openTask("Signer l'ordre de mission de l'intervenant");
    webapps.form();
    webapps.choose("Votre réponse", "J'ai signé l'ordre de mission");
    webapps.type("Référence de l'ordre de mission", "OM-2027-042");
    browser.screenshot("guide-evenements-ordre-de-mission");
    completeAndWait(taskOf("Task_SignEventMissionOrder", HEAD));
  }

  @Test
  @Order(4)
  void theCoordinatorRecordsAttendanceAndTheParticipantGivesFeedback() {
    passTimer("Timer_EventDay");
    webapps.login("tasklist", COORDINATOR);
    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Relever les présences");
    webapps.claim();
    webapps.form();
    webapps.choose("Présents", "Camille Roux (intervenant·e)");
    webapps.choose("Présents", "Lucie Martin");
    browser.screenshot("guide-evenements-presences");
    completeAndWait(
        taskService
            .createTaskQuery()
            .processInstanceId(event.getId())
            .taskDefinitionKey("Task_RecordAttendance")
            .singleResult());

    webapps.login("tasklist", PARTICIPANT);
    webapps.filter("Mes tâches");
    webapps.openTask("Donner son avis sur l'évènement");
    webapps.form();
    webapps.choose("Cet évènement vous a-t-il été utile ?", "Très utile");
    webapps.type("Un commentaire (facultatif)", "Des idées pour la rentrée.");
    completeAndWait(taskOf("Task_GiveEventFeedback", PARTICIPANT));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(event.getId()).count())
        .isZero();
  }

  /**
   * The page « Formations du réseau »: a member sends a need through its form, the coordinator sees
   * the proposal and creates the training day in one click (the page is checked with axe).
   */
  @Test
  @Order(5)
  void aMembersNeedBecomesATrainingDayOnTheTrainingPage() {
    String page = "/evenements/" + NETWORK + "/formations";
    webapps.login("tasklist", PARTICIPANT);
    browser.open(page);
    browser.click(By.xpath("//button[normalize-space()=\"Envoyer à l'équipe de pilotage\"]"));
    browser.visible(By.xpath("//*[@role='status']"));

    webapps.login("tasklist", COORDINATOR);
    browser.open(page);
    browser.visible(By.xpath("//h2[normalize-space()='Propositions de formation']"));
    browser.screenshot("guide-evenements-formations");
    browser.click(By.xpath("(//button[normalize-space()='Créer la journée de formation'])[1]"));
    browser.visible(By.xpath("//h1[normalize-space()='Journée de formation créée']"));
    events.findAll().stream()
        .filter(e -> NETWORK.equals(e.getNetworkId()) && e.getKind() == EventKind.TRAINING)
        .filter(e -> e.getCreatedBy().equals(COORDINATOR))
        .map(NetworkEvent::getProcessInstanceId)
        .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtimeService.deleteProcessInstance(id, "acceptance test over"));
  }

  private Long eventId() {
    return ((Number)
            runtimeService.getVariable(event.getId(), NetworkEventVariables.Internal.EVENT_ID))
        .longValue();
  }

  /** A form-js select: opens its list and picks the option by its label. */
  private void select(String fieldLabel, String option) {
    WebElement field = webapps.field(fieldLabel);
    browser.scrollIntoView(field);
    browser.click(field.findElement(By.cssSelector(".fjs-input-group")));
    browser.click(
        browser.clickable(
            By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
                    + Webapps.literal(option)
                    + "]")));
  }

  private Task taskOf(String key, String assignee) {
    return taskService
        .createTaskQuery()
        .processInstanceId(event.getId())
        .taskDefinitionKey(key)
        .taskAssignee(assignee)
        .singleResult();
  }

  private void passTimer(String activityId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(event.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    executeDueJobs(event);
  }

  private void completeAndWait(Task task) {
    webapps.complete();
    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
    executeDueJobs(event);
  }
}
