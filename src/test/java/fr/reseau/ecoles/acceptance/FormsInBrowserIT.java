package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.cotraining.CoTrainingPeople;
import fr.reseau.ecoles.cotraining.CoTrainingRequestVariables;
import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.event.NetworkEventVariables;
import fr.reseau.ecoles.event.RegistrationService;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.workshop.AnimatorRepository;
import fr.reseau.ecoles.workshop.WorkshopDayService;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Camunda Form of forms/ opened in Tasklist as its user meets it, with the state a real year
 * gives it (a campaign of the réseau Sainte Victoire with its visits, a stalled visit, the annual
 * review; a workshop day of the demo school), each at 1366 px and at 390 px wide: axe-core (WCAG
 * 2.1 A/AA) finds no serious or critical violation in the form, no label is cut, and « Terminer »
 * is reached with the Tab key alone, through the fields in the order of the form. What people do in
 * between goes through the engine's API; time passes by moving the engine's clock past the timers.
 * The project's own pages of that year (/bilan) are checked too.
 */
class FormsInBrowserIT extends BrowserStory {

  static final String NETWORK = "sainte-victoire";
  static final String COORDINATOR = "sandrine.olivier";
  static final List<String> DOCUMENTALISTES =
      List.of("lea.castel", "hugo.ferrand", "amina.diallo", "paul.rinaldi");
  static final String YEAR = "2026-2027";
  static final String WORKSHOP_NETWORK = "ventoux-baronnies";
  static final String TEAM = "julie.vernet";
  static final String TEACHER = "claire.martin";
  static final LocalDate DAY = LocalDate.of(2027, 2, 4);
  static final List<String> CONCERNS =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  static final Dimension DESKTOP = new Dimension(1366, 768);
  static final Dimension PHONE = new Dimension(390, 844);

  @Autowired IdentityService identityService;
  @Autowired AnimatorRepository animators;
  @Autowired fr.reseau.ecoles.network.NetworkZoneRepository networkZones;
  @Autowired fr.reseau.ecoles.network.EstablishmentRepository establishments;

  /** Form id → how it was opened (task or start dialog). */
  static final Map<String, String> OPENED = new LinkedHashMap<>();

  Date now;
  String loggedIn;
  ProcessInstance tour;
  ProcessInstance day;

  @BeforeEach
  void keepTheClock() {
    if (now != null) {
      ClockUtil.setCurrentTime(now);
    }
  }

  @AfterAll
  void endWhatIsLeft() {
    for (ProcessInstance instance : Stream.of(day, tour).filter(i -> i != null).toList()) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()
          > 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "acceptance test over");
      }
    }
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
        .tenantIdIn(NETWORK)
        .list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "acceptance test over"));
  }

  // --- the campaign ------------------------------------------------------------------------------

  @Test
  @Order(1)
  void theCampaignStartFormAndTheDeclaration() {
    // The webapps' first load before the engine's clock moves, as in the other stories: loaded
    // with a moved clock, Tasklist stayed on its spinner (seen on this machine, cause not found).
    login(COORDINATOR);
    at(LocalDate.of(2026, 9, 7), 9);
    inspectStartForm(COORDINATOR, "La tournée des CDI", "cdi-tour-start");
    tour =
        as(
            COORDINATOR,
            () ->
                runtimeService
                    .createProcessInstanceByKey(CdiTourVariables.PROCESS_KEY)
                    .processDefinitionTenantId(NETWORK)
                    .setVariables(
                        Map.of(
                            CdiTourVariables.SCHOOL_YEAR,
                            YEAR,
                            CdiTourVariables.VOLUNTEERING_DEADLINE,
                            "2026-09-30",
                            CdiTourVariables.VISIT_WINDOW_START,
                            "2026-10-05",
                            CdiTourVariables.VISIT_WINDOW_END,
                            "2027-05-28"))
                    .execute());
    executeDueJobs(tour);

    inspectTask(tour, "Task_DeclareVolunteering", DOCUMENTALISTES.get(0));
    List<String> publics = List.of("college", "lycee", "college", "lycee-pro");
    for (int i = 0; i < DOCUMENTALISTES.size(); i++) {
      String member = DOCUMENTALISTES.get(i);
      Map<String, Object> answers = new HashMap<>();
      answers.put(CdiTourVariables.VOLUNTEER, true);
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, "both");
      answers.put(CdiTourVariables.PUBLIC_SERVED, publics.get(i));
      answers.put(CdiTourVariables.NEEDS, List.of(i % 2 == 0 ? "digital" : "reading-culture"));
      answers.put(CdiTourVariables.STRENGTHS, List.of(i % 2 == 0 ? "reading-culture" : "digital"));
      answers.put(CdiTourVariables.PPCR_PLANNED, false);
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of());
      taskService.complete(taskOf(tour, "Task_DeclareVolunteering", member).getId(), answers);
    }
    executeDueJobs(tour);
  }

  @Test
  @Order(2)
  void thePairingAndAVisitFromStartToEnd() {
    at(LocalDate.of(2026, 10, 1), 9);
    executeDueJobs(tour);
    inspectTask(tour, "Task_ReviewPairing", COORDINATOR);
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));
    List<ProcessInstance> visits = calledInstances(tour);
    assertThat(visits).hasSizeGreaterThanOrEqualTo(2);
    ProcessInstance visit = visits.get(0);

    at(LocalDate.of(2026, 10, 8), 9);
    inspectTask(visit, "Task_PreVisitVisitor", null);
    complete(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Découvrir un autre CDI",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "L'aménagement de l'espace"));
    inspectTask(visit, "Task_PreVisitHost", null);
    complete(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Un regard extérieur",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le coin lecture",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Élèves de la 6e à la 3e"));
    inspectTask(visit, "Task_ProposeVisitDate", null);
    complete(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            // The Thursday before the Toussaint holidays (all zones from Saturday 17 October).
            "2026-10-15",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    inspectTask(visit, "Task_ConfirmVisitDate", null);
    complete(visit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    inspectTask(visit, "Task_SignMissionOrder", null);
    complete(
        visit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-2026-7"));

    at(LocalDate.of(2026, 10, 20), 9);
    executeDueJobs(tour);
    inspectTask(visit, "Task_ConfirmVisitHeld", null);
    complete(visit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    inspectTask(visit, "Task_WriteRecap", null);
    Map<String, Object> recap = new HashMap<>();
    recap.put(CdiVisitVariables.RECAP_EXCHANGES, "Une séance d'EMI, le club lecture.");
    recap.put(CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, "Signaler le coin presse.");
    recap.put(CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, "Un club lecture.");
    recap.put(CdiVisitVariables.RECAP_TRAINING_NEEDS, List.of("digital"));
    recap.put(CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS, true);
    complete(visit, "Task_WriteRecap", recap);
    inspectTask(visit, "Task_ValidateRecap", null);
    complete(
        visit,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            true,
            CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
            true));
  }

  @Test
  @Order(3)
  void aStalledVisitGoesToTheCoordinator() {
    ProcessInstance stalled =
        calledInstances(tour).stream()
            .filter(
                v ->
                    task(v, "Task_PreVisitVisitor") != null
                        || task(v, "Task_PreVisitVisitorFollowUp") != null)
            .findFirst()
            .orElseThrow();
    // The visit of step 2 moved the clock past the other visits' pre-visit due date already.
    if (task(stalled, "Task_PreVisitVisitorFollowUp") == null) {
      passTimer(stalled, "Timer_PreVisitVisitorStalled");
    }
    inspectTask(stalled, "Task_PreVisitVisitorFollowUp", COORDINATOR);
    for (String followUp : List.of("Task_PreVisitVisitorFollowUp", "Task_PreVisitHostFollowUp")) {
      if (task(stalled, followUp) != null) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(CdiVisitVariables.FOLLOW_UP_DECISION, "remind");
        answer.put(CdiVisitVariables.FOLLOW_UP_COMMENT, "Merci de compléter cette semaine.");
        complete(stalled, followUp, answer);
      }
    }
    if (task(stalled, "Task_PreVisitVisitor") != null) {
      complete(
          stalled,
          "Task_PreVisitVisitor",
          Map.of(
              CdiVisitVariables.VISITOR_EXPECTATIONS,
              "Voir un autre CDI",
              CdiVisitVariables.VISITOR_WISHES_TO_SEE,
              "Le coin lecture"));
    }
    if (task(stalled, "Task_PreVisitHost") != null) {
      complete(
          stalled,
          "Task_PreVisitHost",
          Map.of(
              CdiVisitVariables.HOST_EXPECTATIONS,
              "Un regard extérieur",
              CdiVisitVariables.HOST_WISHES_TO_SHOW,
              "Le club lecture",
              CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
              "Lycéens"));
    }
    if (task(stalled, "Task_ResolveStalledVisit") == null) {
      passTimer(stalled, "Timer_DateAgreementDeadline");
    }
    inspectTask(stalled, "Task_ResolveStalledVisit", COORDINATOR);
  }

  @Test
  @Order(4)
  void theSummaryTheYearPageAndTheAnnualReview() {
    passTimer(tour, "Timer_VisitWindowEnd");
    inspectTask(tour, "Task_PublishSummary", COORDINATOR);
    complete(tour, "Task_PublishSummary", Map.of(CdiTourVariables.SUMMARY_PUBLISHED, true));

    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(NETWORK)
            .active()
            .list()
            .stream()
            .filter(
                p ->
                    YEAR.equals(
                        runtimeService.getVariable(p.getId(), AnnualReviewVariables.SCHOOL_YEAR)))
            .findFirst()
            .orElseThrow();
    executeDueJobs(review);
    inspectTask(review, "Task_GiveFeedback", null);

    // The coordinator's own pages of the year, at both widths (Browser.open runs axe on them).
    login(COORDINATOR);
    for (Dimension size : List.of(DESKTOP, PHONE)) {
      browser.driver().manage().window().setSize(size);
      browser.open("/bilan/" + NETWORK + "/" + YEAR);
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(YEAR);
      assertNothingCut("/bilan at " + size.getWidth(), "h1, h2, h3, th, td, p, a, figcaption");
      browser.screenshot("a11y-bilan-" + size.getWidth());
    }
    browser.driver().manage().window().setSize(DESKTOP);

    sainteVictoireHasItsZones();
    passTimer(review, "Timer_FeedbackDeadline");
    reviewEachZone(review);
    inspectTask(review, "Task_PlanNetworkMeeting", COORDINATOR);
    LocalDate meeting =
        ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
    complete(
        review,
        "Task_PlanNetworkMeeting",
        Map.of(
            AnnualReviewVariables.PLANNED_MEETING_DATE,
            meeting.plusDays(14).toString(),
            AnnualReviewVariables.PLANNED_MEETING_START_TIME,
            "17:30",
            AnnualReviewVariables.PLANNED_MEETING_END_TIME,
            "19:30",
            AnnualReviewVariables.PLANNED_MEETING_PLACE,
            "CDI du lycée Paul Cézanne"));
    inspectTask(review, "Task_HoldNetworkMeeting", COORDINATOR);
    inspectStartForm(COORDINATOR, "Bilan annuel du réseau", "annual-review-start");
  }

  // --- the workshop day --------------------------------------------------------------------------

  @Test
  @Order(5)
  void aWorkshopDayUntilTheGroupsAreFormed() {
    at(LocalDate.of(2027, 1, 11), 9);
    inspectStartForm(TEAM, "Temps 2 – Échange d'idées et usages", "workshop-day-start");
    day =
        as(
            TEAM,
            () ->
                runtimeService
                    .createProcessInstanceByKey(WorkshopDayVariables.PROCESS_KEY)
                    .processDefinitionTenantId(WORKSHOP_NETWORK)
                    .setVariables(
                        Map.of(
                            WorkshopDayVariables.TITLE,
                            "Journée Temps 2 – vérification des formulaires",
                            WorkshopDayVariables.ESTABLISHMENTS,
                            "Collège des Dentelles, Bédoin",
                            WorkshopDayVariables.DAY_DATE,
                            DAY.toString(),
                            WorkshopDayVariables.CONCERN_SOURCE,
                            "questionnaire"))
                    .execute());
    executeDueJobs(day);
    inspectTask(day, "Task_ImportQuestionnaire", TEAM);
    complete(
        day,
        "Task_ImportQuestionnaire",
        Map.of(WorkshopDayVariables.QUESTIONNAIRE_CSV, DemoWorkshopDay.questionnaire()));
    inspectTask(day, "Task_ChooseConcerns", TEAM);
    complete(
        day,
        "Task_ChooseConcerns",
        Map.of(
            WorkshopDayVariables.CHOSEN_CONCERNS,
            JsonVariables.of(CONCERNS),
            WorkshopDayVariables.VALIDATION_SAMPLE,
            JsonVariables.of(List.of(TEACHER, "julien.bernard", "sarah.dupont"))));
    inspectTask(day, "Task_ValidateConcerns", TEACHER);
    for (Task validation : tasks(day, "Task_ValidateConcerns")) {
      taskService.complete(validation.getId(), Map.of(WorkshopDayVariables.CONCERNS_AGREED, true));
    }
    executeDueJobs(day);

    inspectTask(day, "Task_AssignAnimators", TEAM);
    String[] names = {"Aurélie Sanchez", "Sébastien Lambert", "Fatima Ziani", "Karine Haddad"};
    List<Map<String, String>> assignments = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      String id =
          String.valueOf(
              animators.findByNetworkIdOrderByFullName(WORKSHOP_NETWORK).stream()
                  .filter(a -> a.getFullName().equals(name))
                  .findFirst()
                  .orElseThrow()
                  .getId());
      assignments.add(Map.of("animator", id, "concern", CONCERNS.get(i)));
    }
    complete(
        day,
        "Task_AssignAnimators",
        Map.of(WorkshopDayVariables.ANIMATOR_ASSIGNMENTS, JsonVariables.of(assignments)));
    inspectTask(day, "Task_BriefAnimator", TEAM);
    for (Task briefing : tasks(day, "Task_BriefAnimator")) {
      taskService.complete(
          briefing.getId(),
          Map.of(
              WorkshopDayVariables.AGREED_CONCERNS,
              "Des exemples de classe",
              WorkshopDayVariables.DEMONSTRATION_SHARE,
              40));
    }
    executeDueJobs(day);

    inspectTask(day, "Task_PlanWorkshops", TEAM);
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
      r.put("slots", "1, 2, 3");
      r.put("capacity", 12);
      r.put("format", "pratique");
      rows.add(r);
    }
    complete(
        day,
        "Task_PlanWorkshops",
        Map.of(
            WorkshopDayVariables.SLOT_COUNT,
            3,
            WorkshopDayVariables.SLOT_TIMES,
            "9 h – 10 h ; 10 h 15 – 11 h 15 ; 11 h 30 – 12 h 30",
            WorkshopDayVariables.FREE_CHOICE_SLOT,
            3,
            WorkshopDayVariables.WORKSHOPS,
            JsonVariables.of(rows)));
  }

  @Test
  @Order(6)
  void theWorkshopDayFromTheFreeChoiceToTheReferents() {
    inspectTask(day, "Task_ChooseFreeWorkshop", TEACHER);
    passTimer(day, "Timer_FreeChoiceDeadline");
    inspectTask(day, "Task_ReviewGroupsAndPaths", TEAM);
    complete(
        day, "Task_ReviewGroupsAndPaths", Map.of(WorkshopDayVariables.REVIEW_DECISION, "approve"));
    inspectTask(day, "Task_BriefParticipants", TEAM);
    complete(
        day,
        "Task_BriefParticipants",
        Map.of(
            WorkshopDayVariables.BRIEFING_DATE,
            "2027-01-28",
            WorkshopDayVariables.BRIEFING_TOPICS,
            JsonVariables.of(WorkshopDayService.REQUIRED_BRIEFING_TOPICS)));

    at(DAY, 8);
    executeDueJobs(day);
    inspectTask(day, "Task_KeepLogbook", TEACHER);
    taskService.complete(
        taskOf(day, "Task_KeepLogbook", TEACHER).getId(),
        Map.of(WorkshopDayVariables.LOGBOOK_PRACTICES, "Des îlots"));
    executeDueJobs(day);
    inspectTask(day, "Task_GiveHotImpressions", TEACHER);
    taskService.complete(
        taskOf(day, "Task_GiveHotImpressions", TEACHER).getId(),
        Map.of(
            WorkshopDayVariables.PLEASURE,
            "4",
            WorkshopDayVariables.PRACTICES_OF_INTEREST,
            "Les îlots",
            WorkshopDayVariables.IDEAS_TO_TRY,
            "Un plan de travail",
            WorkshopDayVariables.WILLING_TO_HELP,
            true));
    executeDueJobs(day);
    passTimer(day, "Timer_ColdImpressionsDelay");
    inspectTask(day, "Task_GiveColdImpressions", TEACHER);
    taskService.complete(
        taskOf(day, "Task_GiveColdImpressions", TEACHER).getId(),
        Map.of(
            WorkshopDayVariables.PRACTICE_STARTED,
            "planned",
            WorkshopDayVariables.COLD_IDEAS,
            "En février",
            WorkshopDayVariables.MOTIVATION,
            "4",
            WorkshopDayVariables.WILLING_TO_BE_REFERENT,
            true));
    executeDueJobs(day);
    passTimer(day, "Timer_ImpressionsClosed");
    inspectTask(day, "Task_ConfirmReferents", TEAM);
  }

  // --- a network event (issue 18) ----------------------------------------------------------------

  @Test
  @Order(20)
  void aNetworkEventFromPublicationToFeedback() {
    String coordinator = "mathilde.arnaud";
    inspectStartForm(coordinator, "Évènement du réseau", "network-event-start");
    LocalDate today =
        ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
    Map<String, Object> start = new HashMap<>();
    start.put(NetworkEventVariables.TITLE, "Journée réseau : l'EMI au collège");
    start.put(NetworkEventVariables.EVENT_KIND, "networkDay");
    start.put(NetworkEventVariables.THEME, "info-literacy");
    start.put(NetworkEventVariables.EVENT_DATE, today.plusWeeks(5).toString());
    start.put(NetworkEventVariables.EVENT_HALF_DAY, "morning");
    start.put(NetworkEventVariables.PLACE, "Collège Jean-Henri Fabre, CDI, Carpentras");
    start.put(NetworkEventVariables.CAPACITY, 10L);
    start.put(NetworkEventVariables.CONTRIBUTOR_SLOTS, 2L);
    start.put(NetworkEventVariables.REGISTRATION_DEADLINE, today.plusWeeks(3).toString());
    ProcessInstance event =
        runtimeService
            .createProcessInstanceByKey(NetworkEventVariables.PROCESS_KEY)
            .processDefinitionTenantId(WORKSHOP_NETWORK)
            .setVariables(start)
            .execute();
    try {
      executeDueJobs(event);
      inspectTask(event, "Task_RegisterForEvent", "camille.roux");
      taskService.complete(
          taskOf(event, "Task_RegisterForEvent", "camille.roux").getId(),
          Map.of(
              NetworkEventVariables.REGISTRATION_CHOICE,
              RegistrationService.CONTRIBUTE,
              NetworkEventVariables.CONTRIBUTION,
              "Une séquence EMI en 6e"));
      taskService.complete(
          taskOf(event, "Task_RegisterForEvent", "lucie.martin").getId(),
          Map.of(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.PARTICIPATE));
      executeDueJobs(event);
      passTimer(event, "Timer_RegistrationDeadline");
      inspectTask(event, "Task_SignEventMissionOrder", "chef.pontromain");
      taskService.complete(
          taskOf(event, "Task_SignEventMissionOrder", "chef.pontromain").getId(),
          Map.of(
              NetworkEventVariables.MISSION_ORDER_SIGNED,
              true,
              NetworkEventVariables.MISSION_ORDER_REF,
              "OM-42"));
      executeDueJobs(event);
      passTimer(event, "Timer_EventDay");
      inspectTask(event, "Task_RecordAttendance", coordinator);
      taskService.complete(
          tasks(event, "Task_RecordAttendance").get(0).getId(),
          Map.of(
              NetworkEventVariables.ATTENDEES,
              JsonVariables.of(List.of("camille.roux", "lucie.martin"))));
      executeDueJobs(event);
      inspectTask(event, "Task_GiveEventFeedback", "lucie.martin");
    } finally {
      runtimeService.deleteProcessInstance(event.getId(), "acceptance test over");
    }
  }

  // --- a co-training request (« atelier de mutualisation ») -----------------------------------

  @Test
  @Order(21)
  void aCoTrainingRequestFromTheTeamToTheCoordinators() {
    at(LocalDate.of(2027, 1, 11), 9);
    String requester = "camille.roux";
    inspectStartForm(requester, "Demande d'atelier de mutualisation", "co-training-start");
    ProcessInstance request =
        runtimeService
            .createProcessInstanceByKey(CoTrainingRequestVariables.PROCESS_KEY)
            .processDefinitionTenantId(WORKSHOP_NETWORK)
            .setVariables(CoTrainingPeople.start(requester))
            .execute();
    try {
      executeDueJobs(request);
      inspectTask(request, "Task_DescribeProject", requester);
      complete(
          request,
          "Task_DescribeProject",
          CoTrainingPeople.description(
              List.of("lucie.martin", "julien.faure"), "2027-01-20", "2027-01-27", "2027-02-03"));
      inspectTask(request, "Task_ReviewByHead", "chef.pontromain");
      complete(request, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
      inspectTask(request, "Task_ScheduleWorkshop", "mathilde.arnaud");
    } finally {
      runtimeService.deleteProcessInstance(request.getId(), "acceptance test over");
    }
  }

  // --- a production of the academic group of Aix-Marseille (demo) ------------------------------

  @Autowired fr.reseau.ecoles.academic.ProductionRepository academicProductions;

  @Test
  @Order(22)
  void aProductionFromTheDraftToTheNationalMeeting() {
    at(LocalDate.of(2027, 1, 11), 9);
    String teacher = "lea.fontaine";
    inspectStartForm(teacher, "Production d'un groupe académique", "production-start");
    ProcessInstance production =
        runtimeService
            .createProcessInstanceByKey(
                fr.reseau.ecoles.academic.ProductionPublicationVariables.PROCESS_KEY)
            .processDefinitionTenantId(
                fr.reseau.ecoles.academic.AcademicGroupService.tenantOf("aix-marseille-sciences"))
            .setVariables(
                fr.reseau.ecoles.academic.AcademicPeople.start("Formes dans le navigateur"))
            .execute();
    try {
      inspectTask(production, "Task_DraftProduction", teacher);
      complete(
          production,
          "Task_DraftProduction",
          fr.reseau.ecoles.academic.AcademicPeople.draft("marc.olivier"));
      inspectTask(production, "Task_PeerReview", "marc.olivier");
      complete(
          production,
          "Task_PeerReview",
          fr.reseau.ecoles.academic.AcademicPeople.peer("approve", null));
      inspectTask(production, "Task_ValidateProduction", "ipr.martin");
      at(LocalDate.of(2027, 3, 12), 9);
      executeDueJobs(production);
      inspectTask(production, "Task_ReportProgress", "sophie.arnaud");
      complete(
          production,
          "Task_ValidateProduction",
          fr.reseau.ecoles.academic.AcademicPeople.validation("publish", null));
      inspectTask(production, "Task_NationalMeeting", "sophie.arnaud");
    } finally {
      Object id =
          runtimeService.getVariable(
              production.getId(),
              fr.reseau.ecoles.academic.ProductionPublicationVariables.Internal.PRODUCTION_ID);
      runtimeService.deleteProcessInstance(production.getId(), "acceptance test over");
      // Not left on the showcase: the row is withdrawn.
      academicProductions
          .findById(((Number) id).longValue())
          .ifPresent(
              p -> {
                p.moveTo(
                    fr.reseau.ecoles.academic.ProductionStatus.WITHDRAWN, java.time.Instant.now());
                academicProductions.save(p);
              });
    }
  }

  @Test
  @Order(99)
  void everyFormWasOpened() throws IOException {
    Set<String> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".form"))
              .map(n -> n.substring(0, n.length() - ".form".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(forms).hasSizeGreaterThanOrEqualTo(30);
    assertThat(OPENED.keySet()).containsAll(forms);
    System.out.println("[forms] opened in the browser: " + OPENED);
  }

  // --- the zones' review (issue 19)
  // ---------------------------------------------------------------

  /** Aix, Pertuis and Gardanne with their schools, unless the demo seeded them already. */
  private void sainteVictoireHasItsZones() {
    if (!networkZones.findByNetworkIdOrderByName(NETWORK).isEmpty()) {
      return;
    }
    Map<String, List<String>> schools =
        Map.of(
            "aix", List.of("0130201M", "0130202N"),
            "pertuis", List.of("0840203P"),
            "gardanne", List.of("0130204R"));
    Map<String, String> names = Map.of("aix", "Aix", "pertuis", "Pertuis", "gardanne", "Gardanne");
    schools.forEach(
        (zone, codes) -> {
          networkZones.save(
              new fr.reseau.ecoles.network.NetworkZone(NETWORK, zone, names.get(zone)));
          for (String code : codes) {
            establishments
                .findById(code)
                .ifPresent(
                    e -> {
                      e.assignZone(zone);
                      establishments.save(e);
                    });
          }
        });
  }

  /**
   * « Relire la part de la zone »: every zone's task but one answered through the API, the last
   * opened in the browser by one of its trio (the coordinator for a zone without trio).
   */
  private void reviewEachZone(ProcessInstance review) {
    executeDueJobs(review);
    List<Task> zoneTasks = tasks(review, "Task_ReviewZone");
    assertThat(zoneTasks).as("one task per zone").hasSizeGreaterThanOrEqualTo(3);
    for (Task other : zoneTasks.subList(1, zoneTasks.size())) {
      taskService.complete(
          other.getId(),
          Map.of(AnnualReviewVariables.ZONE_REMARKS, "Une année de liaison école-collège"));
    }
    executeDueJobs(review);
    Task last = tasks(review, "Task_ReviewZone").get(0);
    String opener =
        taskService.getIdentityLinksForTask(last.getId()).stream()
            .map(org.camunda.bpm.engine.task.IdentityLink::getUserId)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(COORDINATOR);
    inspectTask(review, "Task_ReviewZone", opener);
    complete(
        review,
        "Task_ReviewZone",
        Map.of(AnnualReviewVariables.ZONE_REMARKS, "Des visites inter-degrés à développer"));
    executeDueJobs(review);
  }

  // --- what is checked on each form ------------------------------------------------------------

  /** Opens the task as {@code user} (its assignee when null; a group task is claimed for them). */
  private void inspectTask(ProcessInstance instance, String taskKey, String user) {
    Task task =
        user == null
            ? taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .list()
                .get(0)
            : taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .list()
                .stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + taskKey + " for " + user));
    String person = user == null ? task.getAssignee() : user;
    assertThat(person).as("who opens %s", taskKey).isNotNull();
    if (task.getAssignee() == null) {
      taskService.setAssignee(task.getId(), person);
    }
    String form = task.getCamundaFormRef().getKey();
    login(person);
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    inspectForm(form, "button[ng-click=\"complete()\"]");
    OPENED.put(form, taskKey + " (" + person + ")");
  }

  /**
   * Opens a process's start form from Tasklist's « Démarrer un processus » dialog, then closes it.
   */
  private void inspectStartForm(String user, String processName, String form) {
    login(user);
    webapps.chooseProcessToStart(processName);
    inspectForm(form, ".modal-footer button.btn-primary");
    OPENED.put(form, "start « " + processName + " » (" + user + ")");
    // Closed with its own « Fermer » (a reload could bring the dialog back from the address).
    browser.click(
        browser.clickable(
            By.xpath("//*[contains(@class,'modal-footer')]//button[normalize-space()='Fermer']")));
    browser.waitFor(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
  }

  private void inspectForm(String form, String submit) {
    for (Dimension size : List.of(DESKTOP, PHONE)) {
      browser.driver().manage().window().setSize(size);
      browser.waitFor(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form")),
          Duration.ofSeconds(90));
      // Let form-js and the project's scripts settle after the resize.
      browser.waitFor(
          d ->
              Boolean.TRUE.equals(
                  browser.script(
                      "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));")));
      webapps.settled();
      browser.axe.check("form " + form + " at " + size.getWidth() + " px", Webapps.FORM);
      assertNothingCut(
          "form " + form + " at " + size.getWidth() + " px",
          ".fjs-container label, .fjs-container .fjs-form-field-label,"
              + " .fjs-container .fjs-form-field-description");
      browser.tallScreenshot("a11y-" + form + "-" + size.getWidth());
      if (size.equals(DESKTOP)) {
        reachSubmitWithTab(form, submit);
      }
    }
    browser.driver().manage().window().setSize(DESKTOP);
  }

  /** No visible text element of {@code selector} wider than its box (a label cut mid-word). */
  private void assertNothingCut(String where, String selector) {
    @SuppressWarnings("unchecked")
    List<String> cut =
        (List<String>)
            browser.script(
                """
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => e.offsetParent !== null && e.clientWidth > 0
                      && e.scrollWidth > e.clientWidth + 1
                      && ['hidden', 'clip'].includes(getComputedStyle(e).overflowX))
                  .map(e => e.textContent.trim().slice(0, 60) + ' (' + e.scrollWidth + ' > '
                      + e.clientWidth + ')');
                """,
                selector);
    assertThat(cut).as("text cut in %s", where).isEmpty();
  }

  /**
   * From the form's first field, Tab alone reaches the submit button; every field it stops on in
   * the form comes after the previous one in the form's order.
   */
  private void reachSubmitWithTab(String form, String submit) {
    Object first =
        browser.script(
            """
            const f = document.querySelector('.fjs-container .fjs-form');
            const e = f.querySelector('input:not([type=hidden]):not([disabled]),'
                + ' textarea:not([disabled]), select:not([disabled]), button:not([disabled])');
            if (e) { e.focus(); return true; }
            f.setAttribute('tabindex', '-1'); f.focus(); return false;
            """);
    List<String> path = new ArrayList<>();
    boolean reached = false;
    for (int step = 0; step < 400 && !reached; step++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> focus =
          (Map<String, Object>)
              browser.script(
                  """
                  const a = document.activeElement;
                  const inForm = a && a.closest('.fjs-container') !== null;
                  const prev = window.__formsPrevFocus;
                  const ordered = !inForm || !prev || !document.contains(prev)
                      || prev === a || a.contains(prev) || prev.contains(a)
                      || (prev.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
                      || a.closest('.flatpickr-calendar, .fjs-dropdownlist') !== null;
                  if (inForm) { window.__formsPrevFocus = a; }
                  return {submit: a !== null && a.matches(arguments[0]), inForm: inForm,
                      ordered: ordered, name: a ? (a.tagName + (a.id ? '#' + a.id : '')
                      + (a.name ? '[' + a.name + ']' : '')) : 'none'};
                  """,
                  submit);
      path.add(String.valueOf(focus.get("name")));
      assertThat(focus.get("ordered"))
          .as("focus order of %s: %s (buttons: %s)", form, path, buttons())
          .isEqualTo(Boolean.TRUE);
      if (Boolean.TRUE.equals(focus.get("submit"))) {
        reached = true;
        break;
      }
      WebElement active = browser.driver().switchTo().activeElement();
      active.sendKeys(Keys.TAB);
    }
    browser.script("window.__formsPrevFocus = null;");
    assertThat(reached)
        .as(
            "« Terminer » of %s reached with Tab (started on a field: %s), path %s",
            form, first, path)
        .isTrue();
  }

  /** The form's and dialog's buttons, with their state: what a failed Tab walk met. */
  private Object buttons() {
    return browser.script(
        """
        return Array.from(document.querySelectorAll('.modal-footer button, button[ng-click="complete()"]'))
            .map(b => b.textContent.trim() + (b.disabled ? ' (disabled)' : '')
                + (b.offsetParent === null ? ' (hidden)' : '')).join(' | ');
        """);
  }

  // --- people, time and tasks --------------------------------------------------------------------

  private void login(String user) {
    if (!user.equals(loggedIn)) {
      webapps.login("tasklist", user);
      loggedIn = user;
    }
  }

  private void at(LocalDate date, int hour) {
    clockAt(date, hour);
    now = ClockUtil.getCurrentTime();
  }

  /** Moves the engine's clock just past the instance's (or its sub-instances') timer, runs it. */
  private void passTimer(ProcessInstance instance, String activityId) {
    Job timer =
        instanceTree(instance.getId()).stream()
            .flatMap(
                id ->
                    managementService
                        .createJobQuery()
                        .processInstanceId(id)
                        .activityId(activityId)
                        .timers()
                        .list()
                        .stream())
            .min((a, b) -> a.getDuedate().compareTo(b.getDuedate()))
            .orElseThrow(() -> new AssertionError("no timer " + activityId));
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    now = ClockUtil.getCurrentTime();
    executeDueJobs(instance);
    for (ProcessInstance root : Stream.of(tour, day).filter(i -> i != null).toList()) {
      executeDueJobs(root);
    }
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private Task taskOf(ProcessInstance instance, String key, String assignee) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .taskAssignee(assignee)
        .singleResult();
  }

  private <T> T as(String userId, Supplier<T> action) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
