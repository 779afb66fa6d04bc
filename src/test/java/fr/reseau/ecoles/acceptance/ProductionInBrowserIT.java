package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.academic.AcademicGroupService;
import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionMessages;
import fr.reseau.ecoles.academic.ProductionPublicationVariables;
import fr.reseau.ecoles.academic.ProductionRepository;
import fr.reseau.ecoles.academic.ProductionStatus;
import fr.reseau.ecoles.demo.DemoAcademicGroup;
import fr.reseau.ecoles.notification.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The done-when of issue 20 in a real browser: a production of the demo academic group walks in
 * Tasklist from the proposal to publication with one change requested by the IA-IPR, each person
 * with their own login; the référent's progress report (the timer) tells the IA-IPR by e-mail; the
 * national group finds the meeting task; the published scenario is on {@code /vitrine} without
 * login. Takes the pictures of docs/guide/groupes-academiques.md ({@code guide-groupe-*}).
 */
class ProductionInBrowserIT extends BrowserStory {

  static final String TITLE = "Fabriquer une station météo au collège";
  static final String TENANT = AcademicGroupService.tenantOf(DemoAcademicGroup.GROUP_ID);

  @Autowired ProductionRepository productions;
  @Autowired OutboxRepository outbox;

  ProcessInstance production;
  Long productionId;

  @AfterAll
  void endTheProduction() {
    if (production == null || productionId == null) {
      return;
    }
    Long id = productionId;
    if (runtimeService.createProcessInstanceQuery().processInstanceId(production.getId()).count()
        > 0) {
      runtimeService.deleteProcessInstance(production.getId(), "acceptance test over");
    }
    // Not left on the showcase for the other stories: the row is withdrawn.
    productions
        .findById(id)
        .ifPresent(
            p -> {
              p.moveTo(ProductionStatus.WITHDRAWN, Instant.now());
              productions.save(p);
            });
  }

  @Test
  @Order(1)
  void aTeacherProposesAndDraftsTheScenario() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    webapps.login("tasklist", DemoAcademicGroup.TEACHER);
    webapps.chooseProcessToStart("Production d'un groupe académique");
    webapps.form();
    webapps.type("Titre de travail", TITLE);
    webapps.type(
        "Résumé", "Les élèves construisent une station météo et publient leurs relevés sur l'ENT.");
    browser.screenshot("guide-groupe-proposer");
    browser.click(browser.clickable(By.cssSelector(".modal-footer button.btn-primary")));
    production =
        browser.waitFor(
            d ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(ProductionPublicationVariables.PROCESS_KEY)
                    .tenantIdIn(TENANT)
                    .active()
                    .list()
                    .stream()
                    .filter(
                        p ->
                            TITLE.equals(
                                runtimeService.getVariable(
                                    p.getId(), ProductionPublicationVariables.TITLE)))
                    .findFirst()
                    .orElse(null));
    productionId =
        ((Number)
                runtimeService.getVariable(
                    production.getId(), ProductionPublicationVariables.Internal.PRODUCTION_ID))
            .longValue();
    assertThat(stored().getStatus()).isEqualTo(ProductionStatus.DRAFT);

    openOfferedDraft();
    webapps.type("Discipline", "Sciences de la vie et de la Terre");
    webapps.type("Niveau", "Cycle 4");
    webapps.type("Thèmes", "Météorologie\nMesure");
    webapps.type("Durée", "5 séances de 55 minutes");
    webapps.type("Outils numériques utilisés", "Microcontrôleur et capteurs\nTableur");
    webapps.type(
        "Étapes du scénario",
        "Question : quel temps fait-il au collège ?\nMontage de la station\nRelevés d'une"
            + " semaine\nGraphiques et publication");
    webapps.type("Ressources (liens)", "Météo-France | https://meteofrance.com/");
    webapps.type("Auteurs", "Léa Fontaine\nSophie Arnaud");
    webapps.select("Relecteur", "Marc Olivier");
    browser.screenshot("guide-groupe-rediger");
    completeAndWait("Task_DraftProduction");
    assertThat(stored().getStatus()).isEqualTo(ProductionStatus.IN_PEER_REVIEW);
    assertThat(stored().getLicence()).isEqualTo("CC BY-SA 4.0");
  }

  @Test
  @Order(2)
  void theReviewerPassesItOnAndTheInspectorAsksForAChange() {
    openOwnTask(DemoAcademicGroup.REVIEWER, "Task_PeerReview");
    assertThat(webapps.form().getText()).contains(TITLE, "Cycle 4");
    webapps.choose("Votre avis", "Je le transmets à l'IA-IPR");
    browser.screenshot("guide-groupe-relire");
    completeAndWait("Task_PeerReview");
    assertThat(stored().getStatus()).isEqualTo(ProductionStatus.IN_VALIDATION);

    openOwnTask(DemoAcademicGroup.INSPECTOR, "Task_ValidateProduction");
    webapps.choose("Votre décision", "Je demande des modifications");
    webapps.type("Commentaire pour le groupe", "Précisez l'étalonnage des capteurs.");
    browser.screenshot("guide-groupe-valider");
    completeAndWait("Task_ValidateProduction");
    assertThat(stored().getStatus()).isEqualTo(ProductionStatus.CHANGES_REQUESTED);
  }

  @Test
  @Order(3)
  void theTeacherCorrectsAndTheScenarioIsPublished() {
    webapps.login("tasklist", DemoAcademicGroup.TEACHER);
    openOfferedDraft();
    assertThat(webapps.form().getText()).contains("Précisez l'étalonnage des capteurs.");
    browser.screenshot("guide-groupe-corriger");
    webapps.type(
        "Étapes du scénario",
        "Question : quel temps fait-il au collège ?\nMontage et étalonnage de la station\n"
            + "Relevés d'une semaine\nGraphiques et publication");
    webapps.select("Relecteur", "Marc Olivier");
    completeAndWait("Task_DraftProduction");

    openOwnTask(DemoAcademicGroup.REVIEWER, "Task_PeerReview");
    webapps.choose("Votre avis", "Je le transmets à l'IA-IPR");
    completeAndWait("Task_PeerReview");
    openOwnTask(DemoAcademicGroup.INSPECTOR, "Task_ValidateProduction");
    webapps.choose("Votre décision", "Je valide : le scénario est publié");
    completeAndWait("Task_ValidateProduction");
    Production published = stored();
    assertThat(published.getStatus()).isEqualTo(ProductionStatus.PUBLISHED);
    assertThat(published.getSteps()).contains("Montage et étalonnage de la station");

    // On the showcase, without login.
    browser.forgetSession();
    browser.open("/vitrine/" + published.getId());
    browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().contains(TITLE));
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("Montage et étalonnage de la station", "CC BY-SA 4.0");
  }

  @Test
  @Order(4)
  void theReferentReportsProgressAndTheNationalGroupMeets() {
    clockAt(LocalDate.of(2027, 3, 12), 9);
    executeDueJobs(production);
    openOwnTask(DemoAcademicGroup.REFERENT, "Task_ReportProgress");
    webapps.type("Où en est le travail ?", "Scénario publié ; essai dans deux autres collèges.");
    browser.screenshot("guide-groupe-compte-rendu");
    completeAndWait("Task_ReportProgress");
    assertThat(outbox.findByRecipientUserIdOrderById(DemoAcademicGroup.INSPECTOR))
        .anyMatch(
            m ->
                m.getKind().equals(ProductionMessages.PROGRESS_REPORTED)
                    && m.getSubject().contains(TITLE)
                    && !m.getBodyText().contains("deux autres collèges"));

    webapps.login("tasklist", DemoAcademicGroup.REPRESENTATIVE);
    webapps.filter("Tâches de mon groupe");
    Task meeting = task(production, "Task_NationalMeeting");
    browser.open("/camunda/app/tasklist/default/#/?task=" + meeting.getId());
    webapps.claim();
    webapps.filter("Mes tâches");
    webapps.taskInList("Présenter en réunion nationale");
    browser.open("/camunda/app/tasklist/default/#/?task=" + meeting.getId());
    assertThat(webapps.form().getText()).contains("Aix-Marseille", TITLE);
    webapps.type("Retour du groupe national (facultatif)", "À présenter aux autres académies.");
    browser.screenshot("guide-groupe-reunion-nationale");
    completeAndWait("Task_NationalMeeting");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(production.getId()))
        .extracting(q -> q.count())
        .isEqualTo(0L);
  }

  private Production stored() {
    return productions.findById(productionId).orElseThrow();
  }

  /** The draft is offered to every teacher of the group: the teacher takes it. */
  private void openOfferedDraft() {
    Task draft = task(production, "Task_DraftProduction");
    webapps.filter("Tâches qui me sont proposées");
    webapps.taskInList("Rédiger le scénario pédagogique");
    browser.open("/camunda/app/tasklist/default/#/?task=" + draft.getId());
    webapps.claim();
    // Claimed, it leaves this filter and Tasklist closes it: opened again from « Mes tâches ».
    webapps.filter("Mes tâches");
    webapps.taskInList("Rédiger le scénario pédagogique");
    browser.open("/camunda/app/tasklist/default/#/?task=" + draft.getId());
    webapps.form();
  }

  /**
   * The person's own task of this production, opened from its address as the message's link does
   * (the demo has another production waiting for the same people).
   */
  private void openOwnTask(String user, String taskKey) {
    Task task = task(production, taskKey);
    assertThat(task.getAssignee()).isEqualTo(user);
    webapps.login("tasklist", user);
    webapps.filter("Mes tâches");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    webapps.form();
  }

  private void completeAndWait(String taskKey) {
    Task task = task(production, taskKey);
    webapps.complete();
    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
    executeDueJobs(production);
  }
}
