package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.cotraining.CoTrainingRequest;
import fr.reseau.ecoles.cotraining.CoTrainingRequestRepository;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables;
import fr.reseau.ecoles.cotraining.CoTrainingStatus;
import fr.reseau.ecoles.notification.OutboxRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-training request (« atelier de mutualisation ») of the demo network in a real browser, from
 * the team to the convocations: a documentaliste starts it in Tasklist and describes the project
 * (taglist of colleagues, dates, the 15h-18h slot suggested), her head asks for changes, she
 * corrects, the head approves, the coordinator schedules it; each new form is checked with axe.
 */
class CoTrainingInBrowserIT extends BrowserStory {

  static final String NETWORK = "ventoux-baronnies";
  static final String REQUESTER = "camille.roux";
  static final String HEAD = "chef.pontromain";
  static final String COORDINATOR = "mathilde.arnaud";
  static final String TITLE = "Atelier de mutualisation – recherche documentaire en 6e";

  @Autowired CoTrainingRequestRepository requests;
  @Autowired OutboxRepository outbox;

  ProcessInstance request;

  @AfterAll
  void endTheRequest() {
    if (request != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(request.getId()).count()
            > 0) {
      runtimeService.deleteProcessInstance(request.getId(), "acceptance test over");
    }
  }

  @Test
  @Order(1)
  void theTeamStartsTheRequestAndDescribesTheProject() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    webapps.login("tasklist", REQUESTER);
    webapps.chooseProcessToStart("Demande d'atelier de mutualisation");
    webapps.form();
    axe("co-training-start");
    webapps.type("Titre de l'atelier", TITLE);
    webapps.select("Thème", "Numérique et ressources en ligne");
    webapps.type("Projet motivé", "Construire une progression commune de recherche documentaire.");
    browser.screenshot("guide-atelier-demander");
    browser.click(browser.clickable(By.cssSelector(".modal-footer button.btn-primary")));
    request =
        browser.waitFor(
            d ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(CoTrainingRequestVariables.PROCESS_KEY)
                    .tenantIdIn(NETWORK)
                    .active()
                    .list()
                    .stream()
                    .filter(
                        p ->
                            TITLE.equals(
                                runtimeService.getVariable(
                                    p.getId(), CoTrainingRequestVariables.TITLE)))
                    .findFirst()
                    .orElse(null));
    assertThat(runtimeService.getVariable(request.getId(), CoTrainingRequestVariables.REQUESTER))
        .isEqualTo(REQUESTER);

    webapps.filter("Mes tâches");
    webapps.openTask("Décrire le projet d'atelier");
    webapps.form();
    axe("describe-co-training");
    tag("Participants", "Lucie", "Lucie Martin");
    tag("Participants", "Julien", "Julien Faure");
    webapps.date("Première date souhaitée", LocalDate.of(2027, 1, 20));
    webapps.date("Deuxième date souhaitée", LocalDate.of(2027, 1, 27));
    closeCalendar();
    webapps.choose("Intervenant extérieur souhaité", "Réseau Canopé");
    browser.screenshot("guide-atelier-decrire");
    completeAndWait("Task_DescribeProject");
    assertThat(stored().getSlot()).isEqualTo("15h-18h");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.WAITING_FOR_HEAD);
  }

  @Test
  @Order(2)
  void theHeadAsksForChangesAndTheTeamCorrects() {
    webapps.login("tasklist", HEAD);
    webapps.filter("Mes tâches");
    webapps.openTask("Examiner la demande d'atelier");
    webapps.form();
    axe("review-co-training");
    assertThat(webapps.form().getText()).contains("Camille Roux", "Lucie Martin", "15h-18h");
    webapps.choose("Votre décision", "Je demande des modifications à l'équipe");
    webapps.type("Commentaire pour l'équipe", "Ajoutez une troisième date, en février.");
    browser.screenshot("guide-atelier-examiner");
    completeAndWait("Task_ReviewByHead");

    webapps.login("tasklist", REQUESTER);
    webapps.filter("Mes tâches");
    webapps.openTask("Décrire le projet d'atelier");
    assertThat(webapps.form().getText()).contains("Ajoutez une troisième date, en février.");
    webapps.date("Troisième date souhaitée", LocalDate.of(2027, 2, 3));
    closeCalendar();
    completeAndWait("Task_DescribeProject");
    assertThat(stored().getWishedDates()).hasSize(3);

    webapps.login("tasklist", HEAD);
    webapps.filter("Mes tâches");
    webapps.openTask("Examiner la demande d'atelier");
    webapps.form();
    webapps.choose("Votre décision", "J'approuve la demande");
    completeAndWait("Task_ReviewByHead");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.WAITING_FOR_COORDINATORS);
  }

  @Test
  @Order(3)
  void theCoordinatorSchedulesItAndTheParticipantsAreConvened() {
    webapps.login("tasklist", COORDINATOR);
    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Programmer l'atelier");
    webapps.claim();
    webapps.form();
    webapps.choose("Suite donnée", "Programmer l'atelier et convoquer les participants");
    axe("schedule-co-training");
    webapps.select("Date retenue", "mercredi 27 janvier 2027");
    webapps.type("Lieu", "Collège du Pont romain, CDI");
    webapps.type("Intervenant extérieur confirmé", "M. Durand, Canopé Vaucluse");
    browser.screenshot("guide-atelier-programmer");
    completeAndWait("Task_ScheduleWorkshop");

    CoTrainingRequest stored = stored();
    assertThat(stored.getStatus()).isEqualTo(CoTrainingStatus.SCHEDULED);
    assertThat(stored.getScheduledDate()).isEqualTo(LocalDate.of(2027, 1, 27));
    for (String participant : List.of(REQUESTER, "lucie.martin", "julien.faure")) {
      assertThat(outbox.findByRecipientUserIdOrderById(participant))
          .as(participant)
          .anyMatch(m -> m.getKind().equals("co-training-convocation"));
    }
    assertThat(outbox.findByRecipientUserIdOrderById(COORDINATOR))
        .noneMatch(m -> m.getKind().equals("co-training-convocation"));
  }

  private CoTrainingRequest stored() {
    return requests.findByNetworkIdOrderById(NETWORK).stream()
        .filter(r -> r.getTitle().equals(TITLE))
        .findFirst()
        .orElseThrow();
  }

  /** The date field's Tab lands on the next date field, whose calendar opens: close it. */
  private void closeCalendar() {
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  private void axe(String form) {
    browser.axe.check("form " + form, Webapps.FORM);
  }

  /** A taglist: types the start of a name and picks the option that starts with {@code option}. */
  private void tag(String fieldLabel, String typed, String option) {
    WebElement field = webapps.field(fieldLabel);
    WebElement input = field.findElement(By.cssSelector("input"));
    browser.scrollIntoView(input);
    input.click();
    input.sendKeys(typed);
    browser.click(
        browser.visible(
            By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(), "
                    + Webapps.literal(option)
                    + ")]")));
    browser.waitFor(d -> field.getText().contains(option));
    input.sendKeys(Keys.ESCAPE);
  }

  private void completeAndWait(String taskKey) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(request.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    webapps.complete();
    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
    executeDueJobs(request);
  }
}
