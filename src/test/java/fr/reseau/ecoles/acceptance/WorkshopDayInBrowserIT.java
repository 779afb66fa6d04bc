package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.workshop.AnimatorRepository;
import fr.reseau.ecoles.workshop.ImpressionsService;
import fr.reseau.ecoles.workshop.TeacherImpressions;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workshop day (« Temps 2 ») of the demo school in a real browser: the project team starts it in
 * Tasklist, pastes the questionnaire, chooses the concerns and the sample (checklist and taglist),
 * a teacher validates them, the team reviews the groups and paths, and a teacher keeps her logbook
 * and gives her hot impressions. The steps nobody does on screen here go through the engine's API.
 */
class WorkshopDayInBrowserIT extends BrowserStory {

  static final String NETWORK = "ventoux-baronnies";
  static final String TEAM = "julie.vernet";
  static final String TEACHER = "claire.martin";
  static final LocalDate DAY = LocalDate.of(2027, 2, 4);
  static final List<String> CONCERNS =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  @Autowired WorkshopDayService days;
  @Autowired ImpressionsService impressions;
  @Autowired AnimatorRepository animators;

  ProcessInstance day;

  @AfterAll
  void endTheDay() {
    if (day != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(day.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(day.getId(), "acceptance test over");
    }
  }

  Long dayId() {
    return ((Number) runtimeService.getVariable(day.getId(), WorkshopDayVariables.WORKSHOP_DAY_ID))
        .longValue();
  }

  @Test
  @Order(1)
  void theProjectTeamStartsTheDayAndPastesTheQuestionnaire() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    webapps.login("tasklist", TEAM);
    webapps.chooseProcessToStart("Temps 2 – Échange d'idées et usages");
    webapps.form();
    webapps.type("Titre de la journée", "Journée Temps 2 – Collège des Dentelles");
    webapps.type("Établissement(s) concerné(s)", "Collège des Dentelles, Bédoin");
    webapps.date("Date de la journée d'ateliers", DAY);
    webapps.choose(
        "Pour choisir les préoccupations, s'appuyer sur",
        "Le questionnaire des enseignants (temps 1)");
    browser.screenshot("guide-ateliers-lancer-journee");
    browser.tallScreenshot("form-workshop-day-start");
    browser.click(browser.clickable(By.cssSelector(".modal-footer button.btn-primary")));
    day =
        browser.waitFor(
            d ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(WorkshopDayVariables.PROCESS_KEY)
                    .tenantIdIn(NETWORK)
                    .active()
                    .list()
                    .stream()
                    .filter(
                        p ->
                            "Journée Temps 2 – Collège des Dentelles"
                                .equals(
                                    runtimeService.getVariable(
                                        p.getId(), WorkshopDayVariables.TITLE)))
                    .findFirst()
                    .orElse(null));
    assertThat(runtimeService.getVariable(day.getId(), WorkshopDayVariables.DAY_DATE))
        .isEqualTo(DAY.toString());

    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Importer les réponses au questionnaire");
    webapps.claim();
    webapps.form();
    WebElement csv =
        webapps.field("Réponses au questionnaire").findElement(By.cssSelector("textarea"));
    browser.scrollIntoView(csv);
    csv.sendKeys(DemoWorkshopDay.questionnaire());
    browser.screenshot("guide-ateliers-questionnaire");
    completeAndWait("Task_ImportQuestionnaire");
    assertThat(days.answers(dayId())).hasSize(24);
  }

  @Test
  @Order(2)
  void theProjectTeamChoosesTheConcernsAndTheSample() {
    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Choisir les préoccupations");
    webapps.claim();
    webapps.form();
    webapps.choose("Préoccupations retenues", "Différenciation pédagogique (16 enseignants, 67 %)");
    webapps.choose(
        "Préoccupations retenues", "Travail collaboratif des élèves (13 enseignants, 54 %)");
    webapps.choose("Préoccupations retenues", "Oral et expression (13 enseignants, 54 %)");
    webapps.choose("Préoccupations retenues", "Évaluation par compétences (10 enseignants, 42 %)");
    tag("Enseignants qui valident ce choix", "Claire", "Claire Martin (Mathématiques)");
    tag("Enseignants qui valident ce choix", "Julien", "Julien Bernard (Mathématiques)");
    tag("Enseignants qui valident ce choix", "Sarah", "Sarah Dupont (Mathématiques)");
    browser.screenshot("guide-ateliers-choisir-preoccupations");
    browser.tallScreenshot("form-choose-concerns");
    completeAndWait("Task_ChooseConcerns");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(day.getId())
                .taskDefinitionKey("Task_ValidateConcerns")
                .list())
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(TEACHER, "julien.bernard", "sarah.dupont");
  }

  @Test
  @Order(3)
  void aTeacherOfTheSampleAgrees() {
    webapps.login("tasklist", TEACHER);
    webapps.filter("Mes tâches");
    webapps.openTask("Valider les préoccupations");
    webapps.form();
    webapps.choose("Votre avis", "Oui, ces préoccupations correspondent à nos besoins");
    webapps.type("Commentaire", "L'oral manquait depuis longtemps.");
    browser.screenshot("guide-ateliers-valider-preoccupations");
    completeAndWait("Task_ValidateConcerns", TEACHER);
    for (Task other :
        taskService
            .createTaskQuery()
            .processInstanceId(day.getId())
            .taskDefinitionKey("Task_ValidateConcerns")
            .list()) {
      taskService.complete(other.getId(), Map.of(WorkshopDayVariables.CONCERNS_AGREED, true));
    }
    executeDueJobs(day);
    assertThat(task(day, "Task_AssignAnimators")).isNotNull();
  }

  @Test
  @Order(4)
  void theProjectTeamReviewsTheGroupsAndPaths() {
    // Animators, briefings and the plan through the engine's API (the day's other forms).
    List<Map<String, String>> assignments = new ArrayList<>();
    String[] names = {"Aurélie Sanchez", "Sébastien Lambert", "Fatima Ziani", "Karine Haddad"};
    for (int i = 0; i < 4; i++) {
      String name = names[i];
      String id =
          String.valueOf(
              animators.findByNetworkIdOrderByFullName(NETWORK).stream()
                  .filter(a -> a.getFullName().equals(name))
                  .findFirst()
                  .orElseThrow()
                  .getId());
      assignments.add(Map.of("animator", id, "concern", CONCERNS.get(i)));
    }
    complete(
        day,
        "Task_AssignAnimators",
        Map.of(WorkshopDayVariables.ANIMATOR_ASSIGNMENTS, json(assignments)));
    for (Task briefing :
        taskService
            .createTaskQuery()
            .processInstanceId(day.getId())
            .taskDefinitionKey("Task_BriefAnimator")
            .list()) {
      taskService.complete(
          briefing.getId(),
          Map.of(
              WorkshopDayVariables.AGREED_CONCERNS,
              "Des exemples de classe",
              WorkshopDayVariables.DEMONSTRATION_SHARE,
              40));
    }
    executeDueJobs(day);
    Task plan = task(day, "Task_PlanWorkshops");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row :
        Spin.JSON(
                taskService
                    .getVariableLocal(plan.getId(), WorkshopDayVariables.WORKSHOPS)
                    .toString())
            .mapTo(List.class)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = new HashMap<>((Map<String, Object>) row);
      r.put("slots", "1, 2");
      rows.add(r);
    }
    Map<String, Object> answers =
        new HashMap<>(
            Map.of(
                WorkshopDayVariables.SLOT_COUNT,
                2,
                WorkshopDayVariables.SLOT_TIMES,
                "9 h – 10 h 30 ; 10 h 45 – 12 h 15",
                WorkshopDayVariables.WORKSHOPS,
                json(rows)));
    answers.put(WorkshopDayVariables.FREE_CHOICE_SLOT, null);
    complete(day, "Task_PlanWorkshops", answers);
    executeDueJobs(day);

    webapps.login("tasklist", TEAM);
    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Revoir les groupes et les parcours");
    webapps.claim();
    webapps.form();
    assertThat(webapps.form().getText())
        .contains("G1")
        .contains("Différenciation pédagogique")
        .contains("1 : ");
    browser.screenshot("guide-ateliers-revoir-groupes");
    browser.tallScreenshot("form-review-groups-and-paths");
    webapps.choose(
        "Votre décision", "Valider les groupes et les parcours (avec les déplacements ci-dessus)");
    completeAndWait("Task_ReviewGroupsAndPaths");
    assertThat(task(day, "Task_BriefParticipants")).isNotNull();
  }

  @Test
  @Order(5)
  void onTheDayATeacherKeepsHerLogbookAndGivesHerImpressions() {
    complete(
        day,
        "Task_BriefParticipants",
        Map.of(
            WorkshopDayVariables.BRIEFING_DATE,
            "2027-01-28",
            WorkshopDayVariables.BRIEFING_TOPICS,
            json(List.of("objectives", "groups", "expectations"))));
    clockAt(DAY, 8);
    executeDueJobs(day);

    webapps.login("tasklist", TEACHER);
    webapps.filter("Mes tâches");
    webapps.openTask("Tenir son journal de bord");
    webapps.form();
    assertThat(webapps.form().getText()).contains("Votre groupe");
    webapps.type("Pratiques découvertes", "Des plans de travail différenciés avec capsules vidéo.");
    browser.screenshot("guide-ateliers-journal-de-bord");
    completeAndWait("Task_KeepLogbook", TEACHER);

    webapps.openTask("Donner ses impressions à chaud");
    webapps.form();
    radio("Avez-vous eu plaisir à participer aux ateliers ?", "Oui, beaucoup");
    webapps.type(
        "Les pratiques numériques qui vous ont intéressé·e",
        "Les capsules vidéo pour différencier.");
    webapps.type("Vos idées de mise en pratique", "Un plan de travail en 5e.");
    radio("Seriez-vous prêt·e à aider des collègues", "Oui, volontiers");
    browser.screenshot("guide-ateliers-impressions-a-chaud");
    browser.tallScreenshot("form-give-hot-impressions");
    completeAndWait("Task_GiveHotImpressions", TEACHER);

    TeacherImpressions mine =
        impressions.impressions(dayId()).stream()
            .filter(i -> i.getTeacherUserId().equals(TEACHER))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getPleasure()).isEqualTo(4);
    assertThat(mine.getWillingToHelp()).isTrue();
    assertThat(mine.getLogbookPractices()).contains("capsules");
    assertThat(runtimeService.getVariable(day.getId(), WorkshopDayVariables.IDEAS_TO_TRY))
        .as("private: in the database only")
        .isNull();
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /**
   * Ticks a radio option and checks it is ticked (a click during a re-render of the form is lost).
   */
  private void radio(String fieldLabel, String option) {
    browser.waitFor(
        d -> {
          WebElement label =
              webapps
                  .field(fieldLabel)
                  .findElement(
                      By.xpath(".//label[normalize-space()=" + Webapps.literal(option) + "]"));
          WebElement input = d.findElement(By.id(label.getAttribute("for")));
          if (!input.isSelected()) {
            browser.click(label);
          }
          return input.isSelected();
        });
  }

  /** Types the start of an option in a taglist and picks the option from its dropdown. */
  private void tag(String fieldLabel, String typed, String option) {
    WebElement field = webapps.field(fieldLabel);
    WebElement input = field.findElement(By.cssSelector("input"));
    browser.scrollIntoView(input);
    input.click();
    input.sendKeys(typed);
    WebElement item =
        browser.visible(
            By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
                    + Webapps.literal(option)
                    + "]"));
    browser.click(item);
    browser.waitFor(d -> field.getText().contains(option));
    // The list stays open under the cursor and would cover the « Terminer » button.
    input.sendKeys(Keys.ESCAPE);
    browser.waitFor(
        d ->
            field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  private void completeAndWait(String taskKey) {
    completeAndWait(taskKey, null);
  }

  private void completeAndWait(String taskKey, String assignee) {
    var query =
        taskService.createTaskQuery().processInstanceId(day.getId()).taskDefinitionKey(taskKey);
    Task task =
        assignee == null ? query.singleResult() : query.taskAssignee(assignee).singleResult();
    webapps.complete();
    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
    executeDueJobs(day);
  }

  private static Object json(Object value) {
    return JsonVariables.of(value);
  }
}
