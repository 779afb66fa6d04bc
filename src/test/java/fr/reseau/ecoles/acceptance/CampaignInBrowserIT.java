package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One campaign of the demo network ventoux-baronnies in a real browser, in French, as its people
 * meet it: the coordinator starts it in Tasklist, camille.roux volunteers (and first forgets a
 * required answer), the coordinator approves the pairing, camille.roux and her host go through the
 * visit from the pre-visit documents to the validated recap, and the coordinator follows the
 * campaign in Cockpit. What nobody does on screen in this story (the other declarations) goes
 * through the engine's API; time passes by moving the engine's clock and running its jobs.
 *
 * <p>The screenshots named {@code guide-*} illustrate docs/guide/ (scripts/update-guide-images.sh).
 */
class CampaignInBrowserIT extends BrowserStory {

  static final String NETWORK = "ventoux-baronnies";
  static final String YEAR = "2026-2027";
  static final String DOCUMENTALISTE = "camille.roux";
  static final String COORDINATOR = "mathilde.arnaud";
  static final LocalDate VISIT_DAY = LocalDate.of(2026, 11, 26);

  /**
   * The other volunteers' answers (as in DemoCampaignTest); ines.moreau and elise.blanc never
   * answer.
   */
  static final Map<String, List<String>> OTHER_ANSWERS =
      Map.ofEntries(
          Map.entry(
              "lucie.martin", List.of("both", "lycee-pro", "projects-partnerships", "digital")),
          Map.entry(
              "julien.faure",
              List.of(VolunteerRole.VISITOR.code(), "college", "welcome-layout", "")),
          Map.entry(
              "sophie.bernard", List.of(VolunteerRole.HOST.code(), "lycee", "", "info-literacy")),
          Map.entry(
              "helene.garcia", List.of("both", "college", "digital", "projects-partnerships")),
          Map.entry(
              "marc.dupont", List.of("both", "cite-scolaire", "documentary-policy", "digital")),
          Map.entry("claire.fabre", List.of("both", "college", "welcome-layout", "info-literacy")),
          Map.entry(
              "thomas.girard",
              List.of(VolunteerRole.HOST.code(), "lycee", "", "management-budget")),
          Map.entry(
              "pierre.chabert",
              List.of(VolunteerRole.VISITOR.code(), "lycee-pro", "teaching-cooperation", "")),
          Map.entry(
              "anne.reynaud", List.of("both", "college", "reading-culture", "welcome-layout")));

  @Autowired DeclarationRepository declarations;
  @Autowired VisitRepository visits;

  ProcessInstance tour;
  ProcessInstance visit;
  String host;

  @Test
  @Order(1)
  void theLoginAndWelcomePagesAreInFrench() {
    browser.open("/camunda/app/welcome/default/#/login");
    assertThat(
            browser
                .visible(By.cssSelector("input[ng-model=\"password\"]"))
                .getAttribute("placeholder"))
        .isEqualTo("Mot de passe");
    assertThat(
            browser.driver().findElement(By.cssSelector("form button[type=\"submit\"]")).getText())
        .isEqualTo("Se connecter");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Camunda 8");
    browser.screenshot("guide-connexion");

    webapps.login("welcome", DOCUMENTALISTE);
    browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("Tasklist"));
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Camunda 8");
    browser.screenshot("guide-accueil");
  }

  @Test
  @Order(2)
  void theCoordinatorStartsTheCampaignInTasklist() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    webapps.login("tasklist", COORDINATOR);
    webapps.chooseProcessToStart("La tournée des CDI");
    webapps.form();
    webapps.type("Année scolaire", YEAR);
    webapps.date("Date limite des déclarations de volontariat", LocalDate.of(2026, 9, 30));
    webapps.date("Premier jour de la période de visites", LocalDate.of(2026, 10, 5));
    webapps.date("Dernier jour de la période de visites", LocalDate.of(2027, 5, 28));
    browser.screenshot("guide-coordination-lancer-campagne");
    browser.tallScreenshot("form-cdi-tour-start");
    browser.click(browser.clickable(By.cssSelector(".modal-footer button.btn-primary")));

    tour =
        browser.waitFor(
            d ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(CdiTourVariables.PROCESS_KEY)
                    .tenantIdIn(NETWORK)
                    .singleResult());
    assertThat(runtimeService.getVariable(tour.getId(), CdiTourVariables.SCHOOL_YEAR))
        .isEqualTo(YEAR);
    assertThat(runtimeService.getVariable(tour.getId(), CdiTourVariables.VOLUNTEERING_DEADLINE))
        .isEqualTo("2026-09-30");
    assertThat(taskService.createTaskQuery().processInstanceId(tour.getId()).count()).isEqualTo(14);
  }

  @Test
  @Order(3)
  void aDocumentalisteFindsHerTaskAndCannotSendAnIncompleteForm() {
    clockAt(LocalDate.of(2026, 9, 10), 9);
    webapps.login("tasklist", DOCUMENTALISTE);
    webapps.filter("Mes tâches");
    webapps.taskInList("Déclarer son volontariat");
    browser.screenshot("guide-documentaliste-mes-taches");
    webapps.openTask("Déclarer son volontariat");
    webapps.form();
    assertThat(webapps.completeButton().getText()).isEqualTo("Terminer");
    browser.screenshot("guide-documentaliste-declaration");

    webapps.choose("Souhaitez-vous participer", "Oui, je suis volontaire");
    webapps.complete();
    List<String> errors =
        browser.waitFor(
            d -> {
              List<String> shown = webapps.validationErrors();
              return shown.isEmpty() ? null : shown;
            });
    assertThat(errors)
        .allMatch(e -> e.equals("Ce champ est obligatoire."))
        .hasSizeGreaterThanOrEqualTo(2);
    browser.scrollIntoView(webapps.field("Ce que vous proposez"));
    browser.screenshot("guide-documentaliste-champ-obligatoire");
    assertThat(declarationTask(DOCUMENTALISTE))
        .as("an incomplete form is not submitted")
        .isNotNull();
    assertThat(declarations.findAll()).noneMatch(d -> d.getMemberUserId().equals(DOCUMENTALISTE));
  }

  @Test
  @Order(4)
  void aDocumentalisteVolunteersWithChecklistsAndText() {
    clockAt(LocalDate.of(2026, 9, 10), 10);
    webapps.choose("Ce que vous proposez", "Les deux");
    webapps.choose("Votre établissement", "Collège");
    webapps.check("Je prépare un rendez-vous de carrière");
    webapps.choose(
        "Ce que vous aimeriez voir ou travailler", "Éducation aux médias et à l'information (EMI)");
    webapps.choose("Ce que vous aimeriez voir ou travailler", "Numérique et ressources en ligne");
    webapps.choose("Ce que vous pouvez partager", "Lecture et ouverture culturelle");
    webapps.choose(
        "Ce qui peut compliquer la visite", "Déplacements difficiles (distance, pas de véhicule)");
    webapps.type("Précisions sur vos contraintes", "Pas de véhicule le mardi.");
    webapps.type("Vos attentes", "Voir comment un autre CDI organise l'EMI en 6e.");
    assertThat(webapps.validationErrors()).isEmpty();
    browser.screenshot("guide-documentaliste-declaration-remplie");
    browser.tallScreenshot("form-declare-volunteering");
    Task task = declarationTask(DOCUMENTALISTE);
    webapps.complete();
    waitUntilCompleted(task);
    executeDueJobs(tour);

    var declaration =
        declarations.findAll().stream()
            .filter(d -> d.getMemberUserId().equals(DOCUMENTALISTE))
            .findFirst()
            .orElseThrow();
    assertThat(declaration.isVolunteer()).isTrue();
    assertThat(declaration.getNeeds()).containsExactlyInAnyOrder("info-literacy", "digital");
    assertThat(declaration.getStrengths()).containsExactly("reading-culture");
    assertThat(declaration.isPpcrPlanned()).isTrue();
  }

  @Test
  @Order(5)
  void theCoordinatorReviewsAndApprovesThePairing() {
    clockAt(LocalDate.of(2026, 9, 12), 9);
    OTHER_ANSWERS.forEach(this::declareThroughTheApi);
    declareThroughTheApi("yann.morel", null);
    declareThroughTheApi("nadia.benali", null);
    clockAt(LocalDate.of(2026, 10, 1), 9);
    executeDueJobs(tour);
    assertThat(task(tour, "Task_ReviewPairing")).isNotNull();

    webapps.login("tasklist", COORDINATOR);
    webapps.filter("Tâches de mon groupe");
    webapps.openTask("Valider les binômes");
    webapps.claim();
    webapps.form();
    browser.scrollIntoView(
        browser.visible(By.xpath("//label[normalize-space()='Visites proposées']")));
    browser.screenshot("guide-coordination-binomes");
    browser.tallScreenshot("form-review-pairing");
    webapps.choose("Votre décision", "Valider ces binômes");
    Task review = task(tour, "Task_ReviewPairing");
    webapps.complete();
    waitUntilCompleted(review);
    executeDueJobs(tour);

    assertThat(calledInstances(tour)).hasSize(8);
    visit =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKeyLike(
                "cdi-visit:" + NETWORK + ":" + YEAR + ":" + DOCUMENTALISTE + ":%")
            .singleResult();
    assertThat(visit).as("camille.roux visits a colleague").isNotNull();
    host = (String) runtimeService.getVariable(visit.getId(), CdiVisitVariables.HOST);
  }

  @Test
  @Order(6)
  void theTwoTeachersFillTheirPreVisitDocuments() {
    clockAt(LocalDate.of(2026, 10, 12), 9);
    webapps.login("tasklist", DOCUMENTALISTE);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Attentes et besoins (visiteur)",
        "guide-documentaliste-attentes-visiteur",
        () -> {
          webapps.type(
              "Ce que vous attendez de cette visite", "Un regard neuf sur l'accueil des classes.");
          webapps.type(
              "Ce que vous aimeriez voir ou découvrir", "Une séance d'EMI avec une classe de 6e.");
          webapps.type("Vos questions à votre collègue", "Comment organisez-vous les prêts ?");
        });

    webapps.login("tasklist", host);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Attentes et besoins (accueil)",
        "guide-documentaliste-attentes-accueil",
        () -> {
          webapps.type(
              "Votre établissement et vos publics", "Collège de 600 élèves, de la 6e à la 3e.");
          webapps.type(
              "Ce que vous attendez de ce regard extérieur", "Un avis sur le coin lecture.");
          webapps.type("Ce que vous aimeriez montrer", "Le club lecture du jeudi.");
        });
  }

  @Test
  @Order(7)
  void theHostProposesADateTheVisitorAcceptsAndTheHeadSigns() {
    clockAt(LocalDate.of(2026, 10, 14), 9);
    completeInBrowser(
        "Proposer une date de visite",
        "guide-documentaliste-proposer-date",
        () -> {
          webapps.date("Date de la visite", VISIT_DAY);
          webapps.choose("Demi-journée", "Matin");
        });
    assertThat(runtimeService.getVariable(visit.getId(), CdiVisitVariables.VISIT_DATE))
        .isEqualTo(VISIT_DAY.toString());

    webapps.login("tasklist", DOCUMENTALISTE);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Confirmer la date de visite",
        "guide-documentaliste-confirmer-date",
        () -> webapps.choose("Cette date vous convient-elle", "J'accepte cette date"));

    String principal = task(visit, "Task_SignMissionOrder").getAssignee();
    webapps.login("tasklist", principal);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Signer l'ordre de mission",
        "guide-chef-ordre-de-mission",
        () -> {
          webapps.choose("Votre réponse", "J'ai signé l'ordre de mission");
          webapps.type("Référence de l'ordre de mission", "OM-2026-112");
        });
  }

  @Test
  @Order(8)
  void afterTheVisitTheRecapIsWrittenAndValidated() {
    clockAt(VISIT_DAY.plusDays(1), 9);
    executeDueJobs(visit);

    webapps.login("tasklist", host);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Confirmer que la visite a eu lieu",
        "guide-documentaliste-visite-realisee",
        () -> webapps.choose("La visite a-t-elle eu lieu", "Oui, la visite a eu lieu"));

    webapps.login("tasklist", DOCUMENTALISTE);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Rédiger le récapitulatif",
        "guide-documentaliste-recapitulatif",
        () -> {
          webapps.type(
              "Ce que vous avez vu et échangé",
              "Une séance d'EMI sur les sources, le club lecture.");
          webapps.type(
              "Pistes d'amélioration pour le CDI visité", "Signaler davantage le coin presse.");
          webapps.type(
              "Pistes d'amélioration pour votre CDI", "Reprendre le club lecture du jeudi.");
          webapps.choose("Besoins de formation repérés", "Numérique et ressources en ligne");
          webapps.check("Je partage, sans nom, les pistes pour mon CDI et nos actions");
        });

    webapps.login("tasklist", host);
    webapps.filter("Mes tâches");
    completeInBrowser(
        "Valider le récapitulatif",
        "guide-documentaliste-valider-recapitulatif",
        () -> {
          webapps.choose("Votre réponse", "Je valide ce récapitulatif");
          webapps.check("Je partage, sans nom, les pistes pour mon CDI");
        });

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(visit.getId()).count())
        .isZero();
    assertThat(visits.findAll())
        .filteredOn(
            v -> v.getVisitorUserId().equals(DOCUMENTALISTE) && v.getHostUserId().equals(host))
        .singleElement()
        .extracting(v -> v.getStatus())
        .isEqualTo(VisitStatus.COMPLETED);
  }

  @Test
  @Order(9)
  void theCoordinatorFollowsTheCampaignAndItsVisitsInCockpit() {
    webapps.login("cockpit", COORDINATOR);
    browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("En ce moment"));
    browser.screenshot("guide-coordination-cockpit-accueil");

    browser.open("/camunda/app/cockpit/default/#/processes");
    browser.click(browser.clickable(By.xpath("//a[normalize-space()='La tournée des CDI']")));
    browser.waitFor(
        d -> d.findElement(By.tagName("body")).getText().contains("Instances en cours"));
    browser.screenshot("guide-coordination-cockpit-campagne");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("La tournée des CDI");

    browser.open("/camunda/app/cockpit/default/#/processes");
    browser.click(browser.clickable(By.xpath("//a[normalize-space()=\"Visite d'un CDI\"]")));
    browser.waitFor(
        d -> d.findElement(By.tagName("body")).getText().contains("cdi-visit:" + NETWORK));
    browser.screenshot("guide-coordination-cockpit-visites");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("cdi-visit:" + NETWORK + ":" + YEAR);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /** Opens the task in the current user's list, fills it, takes its picture, completes it. */
  private void completeInBrowser(String taskName, String screenshot, Runnable fill) {
    webapps.openTask(taskName);
    webapps.form();
    fill.run();
    assertThat(webapps.validationErrors()).isEmpty();
    browser.screenshot(screenshot);
    browser.tallScreenshot("form-" + screenshot.replace("guide-", ""));
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(visit.getId())
            .taskName(taskName)
            .singleResult();
    webapps.complete();
    waitUntilCompleted(task);
    executeDueJobs(visit);
  }

  private void waitUntilCompleted(Task task) {
    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    // Tasklist takes the completed task off its list: the next task starts from a settled page.
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty());
  }

  private Task declarationTask(String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .taskAssignee(member)
        .singleResult();
  }

  private void declareThroughTheApi(String member, List<String> answer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CdiTourVariables.VOLUNTEER, answer != null);
    if (answer != null) {
      variables.put(CdiTourVariables.VOLUNTEER_ROLE, answer.get(0));
      variables.put(CdiTourVariables.PUBLIC_SERVED, answer.get(1));
      variables.put(
          CdiTourVariables.NEEDS, answer.get(2).isEmpty() ? List.of() : List.of(answer.get(2)));
      variables.put(
          CdiTourVariables.STRENGTHS, answer.get(3).isEmpty() ? List.of() : List.of(answer.get(3)));
      variables.put(CdiTourVariables.PPCR_PLANNED, false);
      variables.put(CdiTourVariables.CONSTRAINT_KINDS, List.of());
    }
    taskService.complete(declarationTask(member).getId(), variables);
    executeDueJobs(tour);
  }
}
