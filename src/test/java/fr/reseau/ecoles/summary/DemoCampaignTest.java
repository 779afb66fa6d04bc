package fr.reseau.ecoles.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A whole campaign of the demo network, through the engine, from the start form to the published
 * summary, whose figures are checked against what the test made happen.
 */
public class DemoCampaignTest extends IntegrationTest {

  public static final String NETWORK = "ventoux-baronnies";

  @Autowired IdentityService identityService;
  @Autowired VisitRepository visits;
  @Autowired fr.reseau.ecoles.volunteering.DeclarationRepository declarations;
  @Autowired MemberRepository members;
  @Autowired SummaryService summaries;
  @Autowired TestRestTemplate rest;

  public record Answer(
      String role,
      String publicServed,
      List<String> needs,
      List<String> strengths,
      boolean ppcr,
      List<String> constraints) {}

  /** Twelve answers; ines.moreau and elise.blanc never answer. */
  public static final Map<String, Answer> ANSWERS =
      Map.ofEntries(
          Map.entry(
              "camille.roux",
              new Answer(
                  "both",
                  "college",
                  List.of("info-literacy", "digital"),
                  List.of("reading-culture"),
                  true,
                  List.of("travel"))),
          Map.entry(
              "lucie.martin",
              new Answer(
                  "both",
                  "lycee-pro",
                  List.of("projects-partnerships"),
                  List.of("digital"),
                  false,
                  List.of())),
          Map.entry(
              "julien.faure",
              new Answer(
                  VolunteerRole.VISITOR.code(),
                  "college",
                  List.of("welcome-layout"),
                  List.of(),
                  false,
                  List.of("travel"))),
          Map.entry(
              "sophie.bernard",
              new Answer(
                  VolunteerRole.HOST.code(),
                  "lycee",
                  List.of(),
                  List.of("welcome-layout", "info-literacy"),
                  false,
                  List.of())),
          Map.entry("yann.morel", new Answer(null, null, null, null, false, null)),
          Map.entry(
              "helene.garcia",
              new Answer(
                  "both",
                  "college",
                  List.of("digital"),
                  List.of("projects-partnerships"),
                  false,
                  List.of("part-time"))),
          Map.entry(
              "marc.dupont",
              new Answer(
                  "both",
                  "cite-scolaire",
                  List.of("documentary-policy"),
                  List.of("digital"),
                  false,
                  List.of())),
          Map.entry(
              "claire.fabre",
              new Answer(
                  "both",
                  "college",
                  List.of("ppcr-preparation", "welcome-layout"),
                  List.of("info-literacy"),
                  true,
                  List.of())),
          Map.entry(
              "thomas.girard",
              new Answer(
                  VolunteerRole.HOST.code(),
                  "lycee",
                  List.of(),
                  List.of("documentary-policy", "management-budget"),
                  false,
                  List.of())),
          Map.entry("nadia.benali", new Answer(null, null, null, null, false, null)),
          Map.entry(
              "pierre.chabert",
              new Answer(
                  VolunteerRole.VISITOR.code(),
                  "lycee-pro",
                  List.of("digital", "teaching-cooperation"),
                  List.of(),
                  false,
                  List.of())),
          Map.entry(
              "anne.reynaud",
              new Answer(
                  "both",
                  "college",
                  List.of("reading-culture"),
                  List.of("welcome-layout"),
                  false,
                  List.of("no-replacement"))));

  /** Training needs written in the six recaps that get validated. */
  public static final List<List<String>> RECAP_NEEDS =
      List.of(
          List.of("digital", "info-literacy"),
          List.of("digital"),
          List.of("digital", "ppcr-preparation"),
          List.of("info-literacy"),
          List.of("digital"),
          List.of("management-budget"));

  @Test
  void aWholeDemoCampaignEndsWithTheRightFigures() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    identityService.setAuthentication("mathilde.arnaud", List.of("coordinators"), List.of(NETWORK));
    ProcessInstance tour;
    try {
      tour =
          runtimeService.startProcessInstanceByKey(
              CdiTourVariables.PROCESS_KEY,
              Map.of(
                  CdiTourVariables.SCHOOL_YEAR,
                  "2026-2027",
                  CdiTourVariables.NETWORK_ID,
                  NETWORK,
                  CdiTourVariables.VOLUNTEERING_DEADLINE,
                  "2026-09-30",
                  CdiTourVariables.VISIT_WINDOW_START,
                  "2026-10-05",
                  CdiTourVariables.VISIT_WINDOW_END,
                  "2027-05-28"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(taskService.createTaskQuery().processInstanceId(tour.getId()).count()).isEqualTo(14);

    ANSWERS.forEach((member, answer) -> declare(tour, member, answer));
    clockAt(LocalDate.of(2026, 9, 23), 9);
    executeDueJobs(tour);
    assertThat(
            runtimeService.getVariable(
                tour.getId(), CdiTourVariables.Internal.REMINDER_PENDING_COUNT))
        .isEqualTo(2);
    clockAt(LocalDate.of(2026, 10, 1), 9);
    executeDueJobs(tour);

    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    SpinJsonNode proposed =
        (SpinJsonNode) runtimeService.getVariable(tour.getId(), CdiTourVariables.PROPOSED_VISITS);
    // 8 volunteers can visit and 8 can host, none blocked: every one of them gets a visit.
    assertThat(proposed.elements()).hasSize(8);
    assertThat(
            ((SpinJsonNode)
                    runtimeService.getVariable(tour.getId(), CdiTourVariables.UNPAIRED_VOLUNTEERS))
                .elements())
        .isEmpty();
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));

    List<ProcessInstance> visitInstances = calledInstances(tour);
    assertThat(visitInstances).hasSize(8);
    // The two pairs that will not agree on a date send their pre-visit documents in time (each step
    // has its own deadlines, see CdiVisitFollowUpTest); the date agreement then stalls.
    clockAt(LocalDate.of(2026, 10, 12), 9);
    for (int i = 6; i < 8; i++) {
      complete(
          visitInstances.get(i),
          "Task_PreVisitVisitor",
          Map.of(
              CdiVisitVariables.VISITOR_EXPECTATIONS,
              "Voir",
              CdiVisitVariables.VISITOR_WISHES_TO_SEE,
              "Tout"));
      complete(
          visitInstances.get(i),
          "Task_PreVisitHost",
          Map.of(
              CdiVisitVariables.HOST_EXPECTATIONS,
              "Échanger",
              CdiVisitVariables.HOST_WISHES_TO_SHOW,
              "Le fonds",
              CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
              "Lycée"));
    }

    for (int i = 0; i < 6; i++) {
      clockAt(LocalDate.of(2026, 10, 12), 9);
      // The last host keeps the tracks for their CDI to the pair.
      driveVisitToCompletion(
          visitInstances.get(i), CampaignPeople.visitDay(i), RECAP_NEEDS.get(i), i < 5);
    }
    // Three weeks before the end of the window, the two visits without a date go to the
    // coordinators.
    clockAt(LocalDate.of(2027, 5, 8), 9);
    executeDueJobs(tour);
    complete(
        visitInstances.get(6),
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "cancel",
            CdiVisitVariables.STALLED_COMMENT,
            "Congé"));
    complete(
        visitInstances.get(7),
        "Task_ResolveStalledVisit",
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "reschedule",
            CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
            "2027-05-20"));

    clockAt(LocalDate.of(2027, 6, 12), 9);
    executeDueJobs(tour);
    assertThat(tour).isWaitingAt("Task_PublishSummary");
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    assertThat(visits.findByCampaignIdOrderById(campaignId))
        .extracting(v -> v.getStatus())
        .containsOnly(VisitStatus.COMPLETED, VisitStatus.CANCELLED)
        .filteredOn(s -> s == VisitStatus.COMPLETED)
        .hasSize(6);

    SummaryContent content = summaries.read(summaries.find(NETWORK, "2026-2027").orElseThrow());
    assertThat(content.visits())
        .extracting(SummaryContent.CountRow::label, SummaryContent.CountRow::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Professeur·es documentalistes sollicité·es", 14L),
            org.assertj.core.groups.Tuple.tuple("Réponses reçues avant la date limite", 12L),
            org.assertj.core.groups.Tuple.tuple("Volontaires", 10L),
            org.assertj.core.groups.Tuple.tuple("Volontaires pour visiter uniquement", 2L),
            org.assertj.core.groups.Tuple.tuple("Volontaires pour accueillir uniquement", 2L),
            org.assertj.core.groups.Tuple.tuple("Volontaires pour visiter et accueillir", 6L),
            org.assertj.core.groups.Tuple.tuple(
                "Volontaires préparant un rendez-vous de carrière", 2L),
            org.assertj.core.groups.Tuple.tuple("Visites prévues", 8L),
            org.assertj.core.groups.Tuple.tuple("Visites réalisées", 6L),
            org.assertj.core.groups.Tuple.tuple("Récapitulatifs validés", 6L),
            org.assertj.core.groups.Tuple.tuple("Visites annulées", 2L));
    // Publics of fewer than three volunteers are counted together: nobody can be recognised.
    assertThat(content.needs().get(0))
        .isEqualTo(
            new SummaryContent.NeedRow(
                "Numérique et ressources en ligne", 3, "publics divers : 3"));
    assertThat(content.needs())
        .filteredOn(n -> n.theme().startsWith("Accueil"))
        .containsExactly(
            new SummaryContent.NeedRow("Accueil et aménagement du CDI", 2, "publics divers : 2"));
    assertThat(content.trainingNeeds())
        .extracting(SummaryContent.ThemeCount::theme, SummaryContent.ThemeCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Numérique et ressources en ligne", 4L),
            org.assertj.core.groups.Tuple.tuple(
                "Éducation aux médias et à l'information (EMI)", 2L),
            org.assertj.core.groups.Tuple.tuple("Gestion, budget et politique d'acquisition", 1L),
            org.assertj.core.groups.Tuple.tuple(
                "Préparation du rendez-vous de carrière (PPCR)", 1L));
    assertThat(content.groupedTrainings())
        .containsExactly(new SummaryContent.ThemeCount("Numérique et ressources en ligne", 4));
    assertThat(content.byPublic())
        .extracting(SummaryContent.PublicRow::publicServed, SummaryContent.PublicRow::volunteers)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Collège", 5L),
            org.assertj.core.groups.Tuple.tuple("Lycée général et technologique", 2L),
            org.assertj.core.groups.Tuple.tuple("Lycée professionnel", 2L),
            org.assertj.core.groups.Tuple.tuple("Cité scolaire", 1L));
    assertThat(content.byPublic())
        .filteredOn(p -> p.publicServed().equals("Cité scolaire"))
        .singleElement()
        .extracting(SummaryContent.PublicRow::topNeeds)
        .isEqualTo("non détaillé (moins de 3 volontaires)");
    assertThat(content.byPublic().get(0).topNeeds())
        .isEqualTo("accueil et aménagement (2), numérique (2), EMI (1)");
    assertThat(content.byConstraint())
        .extracting(SummaryContent.ConstraintRow::count)
        .containsExactly(1L, 2L, 1L);
    // Six recaps shared by their visitors, five hosts agreeing for their own CDI.
    assertThat(content.improvements())
        .hasSize(11)
        .filteredOn(i -> i.kind().equals("Piste pour le CDI visité"))
        .hasSize(5);

    // The CSV: coordinators of the network only, and no names in it.
    String csvPath =
        (String) runtimeService.getVariable(tour.getId(), CdiTourVariables.SUMMARY_CSV_URL);
    ResponseEntity<String> csv =
        rest.withBasicAuth("mathilde.arnaud", "demo").getForEntity(csvPath, String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody())
        .contains("Visites réalisées;6")
        .contains("Formations groupées proposées;Numérique et ressources en ligne;4");
    for (Member member : members.findAll()) {
      assertThat(csv.getBody())
          .doesNotContain(member.fullName())
          .doesNotContain(member.getUserId());
    }
    assertThat(csv.getBody()).doesNotContain("Roux").doesNotContain("Garcia");
    assertThat(rest.getForEntity(csvPath, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth("camille.roux", "demo")
                .getForEntity(csvPath, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            rest.withBasicAuth("mathilde.arnaud", "demo")
                .getForEntity(csvPath.replace("2026-2027", "2019-2020"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    complete(tour, "Task_PublishSummary", Map.of(CdiTourVariables.SUMMARY_PUBLISHED, true));
    assertThat(tour).isEnded();
    assertThat(summaries.find(NETWORK, "2026-2027").orElseThrow().isPublished()).isTrue();

    annualReviewOfTheDemoCampaign(campaignId);
  }

  /**
   * The end of the campaign opened the year's review: every participant gives their feedback, the
   * coordinator holds the meeting, and the page, the report and the CSV show the data's figures.
   */
  private void annualReviewOfTheDemoCampaign(Long campaignId) {
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(NETWORK)
            .singleResult();
    assertThat(review).isNotNull();
    executeDueJobs(review);
    assertThat(review).hasBusinessKey("annual-review:" + NETWORK + ":2026-2027");
    List<Visit> yearVisits = visits.findByCampaignIdOrderById(campaignId);
    Set<String> heldPeople = new TreeSet<>();
    yearVisits.stream()
        .filter(v -> v.getStatus().held())
        .forEach(
            v -> {
              heldPeople.add(v.getVisitorUserId());
              heldPeople.add(v.getHostUserId());
            });
    // Every volunteer is asked (issue 21); those without a held visit answer why.
    Set<String> participants = new TreeSet<>(heldPeople);
    declarations.findByCampaignIdOrderByMemberUserId(campaignId).stream()
        .filter(fr.reseau.ecoles.volunteering.Declaration::isVolunteer)
        .forEach(d -> participants.add(d.getMemberUserId()));
    assertThat(participants)
        .as("volunteers without a held visit")
        .hasSizeGreaterThan(heldPeople.size());
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey("Task_GiveFeedback")
                .list())
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(participants);
    int[] scores = {5, 4, 4, 3, 5, 2, 4, 5, 3, 4, 5, 4};
    int given = 0;
    long scoreSum = 0;
    for (String member : participants) {
      Task task =
          taskService
              .createTaskQuery()
              .processInstanceId(review.getId())
              .taskDefinitionKey("Task_GiveFeedback")
              .taskAssignee(member)
              .singleResult();
      if (!heldPeople.contains(member)) {
        taskService.complete(
            task.getId(),
            Map.of(
                AnnualReviewVariables.FEEDBACK_NOT_HELD_REASON,
                "Pas de date commune avant les vacances",
                AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
                "Fixer les dates dès octobre"));
        executeDueJobs(review);
        continue;
      }
      int score = scores[given++ % scores.length];
      scoreSum += score;
      taskService.complete(
          task.getId(),
          Map.of(
              AnnualReviewVariables.FEEDBACK_NEEDS_MET,
              String.valueOf(score),
              AnnualReviewVariables.FEEDBACK_PRACTICE_CHANGES,
              "Nouvelle organisation du prêt",
              AnnualReviewVariables.FEEDBACK_NEXT_YEAR_CHANGES,
              "Visites avant Noël"));
      executeDueJobs(review);
    }
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    complete(
        review,
        "Task_PlanNetworkMeeting",
        Map.of(
            AnnualReviewVariables.PLANNED_MEETING_DATE,
            fr.reseau.ecoles.calendar.EngineClock.today().plusDays(7).toString(),
            AnnualReviewVariables.PLANNED_MEETING_START_TIME,
            "17:00",
            AnnualReviewVariables.PLANNED_MEETING_END_TIME,
            "19:00"));
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");
    complete(
        review,
        "Task_HoldNetworkMeeting",
        Map.of(
            AnnualReviewVariables.MEETING_DATE,
            "2027-06-12",
            AnnualReviewVariables.MEETING_DECISION,
            "continue",
            AnnualReviewVariables.REQUESTED_TRAININGS,
            List.of("digital"),
            AnnualReviewVariables.START_NEXT_CAMPAIGN,
            false));
    assertThat(review).hasPassed("End_ReviewClosed").isEnded();

    // Every number of the page, the report and the CSV comes from the data.
    long held = yearVisits.stream().filter(v -> v.getStatus().held()).count();
    long cancelled =
        yearVisits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count();
    List<Long> delays =
        yearVisits.stream()
            .filter(v -> v.getStatus().held())
            .map(
                v ->
                    java.time.temporal.ChronoUnit.DAYS.between(
                        v.getPlannedAt()
                            .atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE)
                            .toLocalDate(),
                        v.getVisitDate()))
            .sorted()
            .toList();
    String average =
        fr.reseau.ecoles.review.YearIndicators.format(
            Math.round(10.0 * scoreSum / heldPeople.size()) / 10.0);
    String page =
        rest.withBasicAuth("mathilde.arnaud", "demo")
            .getForObject(
                fr.reseau.ecoles.review.YearPageController.pagePath(NETWORK, "2026-2027"),
                String.class);
    String report =
        rest.withBasicAuth("mathilde.arnaud", "demo")
            .getForObject(
                fr.reseau.ecoles.review.YearPageController.reportPath(NETWORK, "2026-2027"),
                String.class);
    for (String html : List.of(page, report)) {
      assertThat(html)
          .contains(cell("Professeur·es documentalistes sollicité·es", 14))
          .contains(cell("Volontaires", 10))
          .contains(cell("Visites prévues", yearVisits.size()))
          .contains(cell("Visites réalisées", held))
          .contains(cell("Visites annulées", cancelled))
          .contains(cell("Récapitulatifs validés", 6))
          .contains(cell("Volontaires préparant un rendez-vous de carrière", 2))
          .contains(cell("Avis reçus", participants.size()))
          .contains(
              "<td>Besoins initiaux satisfaits : note moyenne sur 5</td><td class=\"n\">"
                  + average
                  + "</td>")
          .contains(
              "<td>Délai médian entre binôme validé et visite (jours)</td><td class=\"n\">"
                  + fr.reseau.ecoles.review.YearIndicators.format(median(delays))
                  + "</td>")
          // the page escapes text with Thymeleaf, which writes an apostrophe as &#39;
          .contains("Poursuivre l&#39;action telle quelle");
    }
    assertThat(held).isEqualTo(6);
    assertThat(report)
        .contains(
            "<td>Numérique et ressources en ligne</td><td class=\"n\">4</td><td class=\"n\">oui</td>")
        .doesNotContain("provisoire");
    String csv =
        rest.withBasicAuth("mathilde.arnaud", "demo")
            .getForObject(
                fr.reseau.ecoles.review.YearPageController.csvPath(NETWORK, "2026-2027"),
                String.class);
    assertThat(csv)
        .contains("Chiffres clés;Visites réalisées;6;;")
        .contains("Formations groupées à demander;Numérique et ressources en ligne");
    for (String text : List.of(page, report, csv)) {
      for (Member member : members.findAll()) {
        assertThat(text)
            .doesNotContain(member.fullName())
            .doesNotContain(member.getUserId())
            .doesNotContain(member.getLastName());
      }
      assertThat(text)
          .doesNotContain("Nouvelle organisation du prêt")
          .doesNotContain("Collège du Pont romain");
    }
    writeForTheDocs("annual-review-demo.html", page);
    writeForTheDocs("annual-review-report-demo.html", report);
  }

  private static String cell(String label, long value) {
    return "<td>" + label + "</td><td class=\"n\">" + value + "</td>";
  }

  private static double median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /**
   * The page and the report as the demo coordinator sees them, for the screenshot in docs/
   * (target/).
   */
  private static void writeForTheDocs(String file, String html) {
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", file), html);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void declare(ProcessInstance tour, String member, Answer answer) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CdiTourVariables.VOLUNTEER, answer.role() != null);
    if (answer.role() != null) {
      variables.put(CdiTourVariables.VOLUNTEER_ROLE, answer.role());
      variables.put(CdiTourVariables.PUBLIC_SERVED, answer.publicServed());
      variables.put(CdiTourVariables.NEEDS, answer.needs());
      variables.put(CdiTourVariables.STRENGTHS, answer.strengths());
      variables.put(CdiTourVariables.PPCR_PLANNED, answer.ppcr());
      variables.put(CdiTourVariables.CONSTRAINT_KINDS, answer.constraints());
    }
    taskService.complete(task.getId(), variables);
    executeDueJobs(tour);
  }
}
