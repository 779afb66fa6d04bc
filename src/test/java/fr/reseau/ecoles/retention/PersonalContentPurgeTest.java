package fr.reseau.ecoles.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.retention.PersonalContentPurgeService.PurgedCampaign;
import fr.reseau.ecoles.retention.PersonalContentPurgeService.Report;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is left of a school year: the engine's history goes one year after the campaign ends
 * (history cleanup), its personal content on 1 September of the year after next (the purge); the
 * campaign row and its anonymous summary stay.
 */
class PersonalContentPurgeTest extends RetentionTestSupport {

  static final int MONTHS = 12;

  @Autowired PersonalContentPurgeService purge;
  @Autowired CampaignRepository campaigns;
  @Autowired NetworkSummaryRepository summaries;
  @Autowired VisitRepository visits;
  @Autowired HistoryService historyService;
  @Autowired EntityManagerFactory entityManagerFactory;

  /**
   * A whole campaign of one visit, published on 15 June 2027, with a refused date and a recap
   * written twice; every free text that is not shared with the network holds {@link #mark}.
   */
  ProcessInstance finishedCampaign(TestNetwork network) {
    ProcessInstance tour = startCampaign(network);
    declare(tour, network.documentalistes().get(0), VolunteerRole.VISITOR.code());
    declare(tour, network.documentalistes().get(1), VolunteerRole.HOST.code());
    declare(tour, network.documentalistes().get(2), null);
    declare(tour, network.documentalistes().get(3), null);
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, false));
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));

    ProcessInstance visit = calledInstances(tour).get(0);
    complete(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            mark + " attentes",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            mark + " à voir",
            CdiVisitVariables.VISITOR_QUESTIONS,
            mark + " questions"));
    complete(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            mark + " attentes",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            mark + " à montrer",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            mark + " public",
            CdiVisitVariables.HOST_CONSTRAINTS,
            mark + " contraintes"));
    // Both pre-visit documents before the clock moves: past their due date they would be escalated.
    clockAt(LocalDate.of(2026, 10, 12), 9);
    complete(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-11-19",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    complete(
        visit,
        "Task_ConfirmVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE_ACCEPTED,
            false,
            CdiVisitVariables.DATE_REFUSAL_COMMENT,
            mark + " conseil de classe"));
    complete(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-11-26",
            CdiVisitVariables.VISIT_HALF_DAY,
            "morning"));
    complete(visit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    complete(
        visit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-" + mark));
    clockAt(LocalDate.of(2026, 11, 27), 9);
    executeDueJobs(visit);
    complete(visit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    Map<String, Object> recap =
        Map.of(
            CdiVisitVariables.RECAP_EXCHANGES,
            mark + " échanges",
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
            "Piste partagée pour le CDI visité",
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
            "Piste partagée pour le CDI du visiteur",
            CdiVisitVariables.RECAP_ACTIONS,
            "Action partagée",
            CdiVisitVariables.RECAP_TRAINING_NEEDS,
            List.of("digital"),
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
            true);
    complete(visit, "Task_WriteRecap", recap);
    complete(
        visit,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            false,
            CdiVisitVariables.RECAP_AMENDMENTS,
            mark + " à corriger"));
    complete(visit, "Task_WriteRecap", recap);
    complete(
        visit,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            true,
            CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
            true));
    executeDueJobs(tour);

    clockAt(LocalDate.of(2027, 6, 15), 10);
    complete(
        tour,
        "Task_PublishSummary",
        Map.of(
            CdiTourVariables.SUMMARY_PUBLISHED,
            true,
            CdiTourVariables.SUMMARY_COMMENT,
            "Merci à toutes et tous"));
    assertThat(tour).isEnded();
    assertThat(visit).isEnded();
    // The end of the campaign opened the year's review; this network never holds it.
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualReviewVariables.PROCESS_KEY)
            .tenantIdIn(network.id())
            .singleResult();
    assertThat(review).isNotNull();
    runtimeService.deleteProcessInstance(review.getId(), "Bilan non tenu");
    return tour;
  }

  @Test
  void aFinishedCampaignLeavesOnlyItsAnonymousSummaryOnceHistoryCleanupAndThePurgeHaveRun() {
    TestNetwork network = networks.create(4);
    ProcessInstance tour = finishedCampaign(network);
    Long campaignId =
        campaigns.findByNetworkIdAndSchoolYear(network.id(), "2026-2027").orElseThrow().getId();
    List<String> people = network.documentalistes();
    NetworkSummary summaryBefore = summaries.findByCampaignId(campaignId).orElseThrow();
    assertThat(summaryBefore.getContentJson())
        .contains("Piste partagée pour le CDI visité")
        .doesNotContain(mark);
    Map<String, Integer> rowsBefore = rowsOf(campaignId);
    assertThat(rowsBefore)
        .containsEntry("declaration", 4)
        .containsEntry("pairing_review", 2)
        .containsEntry("visit", 1)
        .containsEntry("pre_visit_document", 2)
        .containsEntry("recap", 2);
    assertThat(rowsBefore.get("visit_step")).isGreaterThanOrEqualTo(5);

    // The whole campaign's history (the visits' too) goes one year after the campaign ended.
    List<HistoricProcessInstance> history =
        historyService
            .createHistoricProcessInstanceQuery()
            .rootProcessInstanceId(tour.getId())
            .list();
    assertThat(history).hasSize(2);
    Date ended =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(tour.getId())
            .singleResult()
            .getEndTime();
    Date removal = Date.from(ended.toInstant().plus(Duration.ofDays(365)));
    assertThat(history).extracting(HistoricProcessInstance::getRemovalTime).containsOnly(removal);

    ClockUtil.setCurrentTime(Date.from(removal.toInstant().minus(Duration.ofDays(1))));
    cleanUpHistoryOnce();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(tour.getId())
                .count())
        .isEqualTo(2);
    assertThat(engineColumnsMentioning(people)).isNotEmpty();

    ClockUtil.setCurrentTime(Date.from(removal.toInstant().plus(Duration.ofDays(1))));
    cleanUpHistoryUntil(() -> engineColumnsMentioning(people));
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(tour.getId())
                .count())
        .isZero();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(tour.getId())
                .count())
        .isZero();

    // The business data stay until their school year has been over for twelve months.
    clockAt(EXPIRY.minusDays(1), 23);
    Report early = purge.purge(network.id(), MONTHS);
    assertThat(early.campaigns()).isEmpty();
    assertThat(rowsOf(campaignId)).isEqualTo(rowsBefore);

    clockAt(EXPIRY, 3);
    Report report = purge.purge(null, MONTHS);
    assertThat(report.campaigns())
        .filteredOn(c -> c.campaignId().equals(campaignId))
        .singleElement()
        .isEqualTo(
            new PurgedCampaign(
                campaignId,
                network.id(),
                "2026-2027",
                4,
                2,
                1,
                2,
                rowsBefore.get("visit_step"),
                2));
    assertThat(rowsOf(campaignId)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    Campaign campaign = campaigns.findById(campaignId).orElseThrow();
    assertThat(campaign.getPersonalContentPurgedAt()).isNotNull();
    assertThat(campaign.getProposalJson()).isNull();
    assertThat(campaign.getOpenedBy()).isNull();
    assertThat(campaign.getVisitWindowEnd()).isEqualTo(LocalDate.of(2027, 5, 28));
    NetworkSummary summaryAfter = summaries.findByCampaignId(campaignId).orElseThrow();
    assertThat(summaryAfter.getContentJson()).isEqualTo(summaryBefore.getContentJson());
    assertThat(summaryAfter.isPublished()).isTrue();
    assertThat(summaryAfter.getComment()).isEqualTo(summaryBefore.getComment());

    // Nothing written by or about these people is left, except the network's directory.
    List<String> traces = new ArrayList<>();
    for (String text : concat(people, mark)) {
      columnsMentioning(text, false).forEach(column -> traces.add(text + " in " + column));
    }
    assertThat(traces).isEmpty();

    // A second run, that night or later, changes nothing.
    Report again = purge.purge(null, MONTHS);
    assertThat(again.campaigns()).noneMatch(c -> c.campaignId().equals(campaignId));
    assertThat(campaigns.findById(campaignId).orElseThrow().getPersonalContentPurgedAt())
        .isEqualTo(campaign.getPersonalContentPurgedAt());
    assertThat(summaries.findByCampaignId(campaignId).orElseThrow().getContentJson())
        .isEqualTo(summaryBefore.getContentJson());
  }

  @Test
  void aCampaignStillRunningIsNeverPurged() {
    TestNetwork network = networks.create(2);
    ProcessInstance tour = startCampaign(network);
    declare(tour, network.documentalistes().get(0), "both");
    Long campaignId = campaignId(tour);

    clockAt(EXPIRY.plusYears(3), 3);
    Report report = purge.purge(network.id(), MONTHS);
    assertThat(report.campaigns()).isEmpty();
    assertThat(report.stillRunningCampaignIds()).containsExactly(campaignId);
    assertThat(declarations(campaignId)).isEqualTo(1);
    assertThat(campaigns.findById(campaignId).orElseThrow().getPersonalContentPurgedAt()).isNull();

    // Once an administrator cancels it, the next run removes its personal content.
    runtimeService.deleteProcessInstance(tour.getId(), "Campagne abandonnée");
    assertThat(purge.purge(network.id(), MONTHS).campaigns())
        .extracting(PurgedCampaign::campaignId)
        .containsExactly(campaignId);
    assertThat(declarations(campaignId)).isZero();
  }

  @Test
  void onlyTheGivenNetworkIsPurgedAndTheRetentionPeriodIsTheCallersToChoose() {
    TestNetwork first = networks.create(2);
    TestNetwork second = networks.create(2);
    Long firstCampaign = cancelledCampaign(first);
    Long secondCampaign = cancelledCampaign(second);

    clockAt(EXPIRY, 3);
    assertThat(purge.purge(first.id(), 24).campaigns()).isEmpty();
    assertThat(purge.purge(first.id(), MONTHS).campaigns())
        .extracting(PurgedCampaign::campaignId)
        .containsExactly(firstCampaign);
    assertThat(declarations(firstCampaign)).isZero();
    assertThat(declarations(secondCampaign)).isEqualTo(2);
  }

  @Test
  void visitsStartedOutsideACampaignFollowTheSameRule() {
    TestNetwork network = networks.create(3);
    clockAt(LocalDate.of(2026, 11, 16), 9);
    ProcessInstance ended = startVisit(network, 0, 1);
    complete(
        ended,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            mark,
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            mark));
    Long endedVisit = (Long) runtimeService.getVariable(ended.getId(), CdiTourVariables.VISIT_ID);
    runtimeService.deleteProcessInstance(ended.getId(), "Visite abandonnée");
    ProcessInstance running = startVisit(network, 1, 2);
    Long runningVisit =
        (Long) runtimeService.getVariable(running.getId(), CdiTourVariables.VISIT_ID);

    clockAt(EXPIRY.minusDays(1), 9);
    assertThat(purge.purge(network.id(), MONTHS).standaloneVisits()).isZero();
    clockAt(EXPIRY, 3);
    assertThat(purge.purge(network.id(), MONTHS).standaloneVisits()).isEqualTo(1);
    assertThat(visits.findById(endedVisit)).isEmpty();
    assertThat(count("select count(*) from pre_visit_document where visit_id = ?", endedVisit))
        .isZero();
    assertThat(visits.findById(runningVisit))
        .map(Visit::getHostUserId)
        .contains(network.documentalistes().get(2));
  }

  @Test
  void everyStoredEntityHasARetentionDecision() {
    List<Class<?>> entities =
        entityManagerFactory.getMetamodel().getEntities().stream()
            .map(EntityType::getJavaType)
            .collect(Collectors.toList());
    assertThat(RetentionScope.ENTITIES.keySet()).containsExactlyInAnyOrderElementsOf(entities);
  }

  ProcessInstance startVisit(TestNetwork network, int visitor, int host) {
    ProcessInstance instance =
        startProcess(
            CdiVisitVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiVisitVariables.VISITOR,
                network.documentalistes().get(visitor),
                CdiVisitVariables.HOST,
                network.documentalistes().get(host),
                CdiTourVariables.NETWORK_ID,
                network.id(),
                CdiTourVariables.SCHOOL_YEAR,
                "2026-2027",
                CdiTourVariables.VISIT_WINDOW_START,
                "2026-11-16",
                CdiTourVariables.VISIT_WINDOW_END,
                "2027-03-31"));
    executeDueJobs(instance);
    return instance;
  }

  List<String> engineColumnsMentioning(List<String> people) {
    List<String> found = new ArrayList<>();
    for (String text : concat(people, mark)) {
      found.addAll(columnsMentioning(text, true));
    }
    return found;
  }

  static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  void cleanUpHistoryOnce() {
    Job job = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(job.getId());
  }

  /** Each run removes at most a batch per table: other tests' old history may need a few. */
  void cleanUpHistoryUntil(Supplier<List<String>> left) {
    List<String> traces = List.of();
    for (int run = 0; run < 20; run++) {
      cleanUpHistoryOnce();
      traces = left.get();
      if (traces.isEmpty()) {
        return;
      }
    }
    throw new AssertionError("History cleanup left " + traces);
  }
}
