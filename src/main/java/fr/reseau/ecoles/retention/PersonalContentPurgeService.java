package fr.reseau.ecoles.retention;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.notification.OutboxRetention;
import fr.reseau.ecoles.pairing.PairingReview;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.Feedback;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.volunteering.Declaration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the personal content of the school years past their retention period: declarations,
 * pairing reviews, visits with their pre-visit documents, steps and recaps. The campaign row stays
 * (dates, counts, marked as purged) with its anonymous network summary, untouched.
 *
 * <p>A campaign is purged once its school year ended (31 August) more than the retention period ago
 * and its {@code cdi-tour} process, and every visit process of it, has ended: nobody can still be
 * working on it. Visits started on their own follow the same rule. Running it again does nothing.
 * Only counts are logged, never content or names.
 */
@Service
@Transactional
public class PersonalContentPurgeService {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalContentPurgeService.class);

  private final CampaignRepository campaigns;
  private final PurgeQueries queries;
  private final WorkshopDayPurge workshopDayPurge;
  private final OutboxRetention outbox;
  private final ActivityPurge activityPurge;
  @PersistenceContext private EntityManager em;

  public PersonalContentPurgeService(
      CampaignRepository campaigns,
      PurgeQueries queries,
      WorkshopDayPurge workshopDayPurge,
      OutboxRetention outbox,
      ActivityPurge activityPurge) {
    this.campaigns = campaigns;
    this.activityPurge = activityPurge;
    this.queries = queries;
    this.workshopDayPurge = workshopDayPurge;
    this.outbox = outbox;
  }

  /** What was removed for one campaign: numbers of rows. */
  public record PurgedCampaign(
      Long campaignId,
      String networkId,
      String schoolYear,
      int declarations,
      int pairingReviews,
      int visits,
      int preVisitDocuments,
      int visitSteps,
      int recaps) {}

  /**
   * What a run did: campaigns purged, visits outside a campaign removed, and campaigns past their
   * period that were left alone because their process is still running.
   */
  public record Report(
      List<PurgedCampaign> campaigns,
      int standaloneVisits,
      List<Long> stillRunningCampaignIds,
      int workshopDays,
      int outboxMessages,
      int activityRows) {}

  /**
   * The first day the personal content of a school year may be removed: {@code retentionMonths}
   * months after the end of the year, e.g. 1 September 2027 for "2025-2026" and 12 months.
   */
  /**
   * The first instant after the last school year whose period is over on {@code today}: what was
   * written before it (the outbox's messages) has expired.
   */
  static OffsetDateTime endOfLastExpiredYear(LocalDate today, int retentionMonths) {
    SchoolYear year = SchoolYear.containing(today);
    while (today.isBefore(expiresOn(year.toString(), retentionMonths))) {
      year = year.previous();
    }
    return year.lastDay().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime();
  }

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  public static LocalDate expiresOn(String schoolYear, int retentionMonths) {
    return SchoolYear.parse(schoolYear).lastDay().plusDays(1).plusMonths(retentionMonths);
  }

  /**
   * Purges what expired on the engine's today.
   *
   * @param networkId the network (Camunda tenant) to purge, or {@code null} for every network
   */
  public Report purge(String networkId, int retentionMonthsAfterSchoolYear) {
    if (retentionMonthsAfterSchoolYear < 0) {
      throw new IllegalArgumentException(
          "retentionMonthsAfterSchoolYear must be 0 or more, not "
              + retentionMonthsAfterSchoolYear);
    }
    LocalDate today = EngineClock.today();
    Instant now = EngineClock.now();
    List<Campaign> candidates =
        networkId == null
            ? campaigns.findByPersonalContentPurgedAtIsNullOrderById()
            : campaigns.findByNetworkIdAndPersonalContentPurgedAtIsNullOrderById(networkId);

    List<PurgedCampaign> purged = new ArrayList<>();
    List<Long> stillRunning = new ArrayList<>();
    for (Campaign campaign : candidates) {
      if (today.isBefore(expiresOn(campaign.getSchoolYear(), retentionMonthsAfterSchoolYear))) {
        continue;
      }
      List<Long> visitIds =
          queries.ids("select v.id from Visit v where v.campaignId = ?1", campaign.getId());
      Set<String> processes =
          new HashSet<>(
              queries.strings(
                  "select v.processInstanceId from Visit v where v.campaignId = ?1",
                  campaign.getId()));
      processes.add(campaign.getProcessInstanceId());
      if (queries.anyRunning(processes)) {
        // Past its period but still open (summary never published?): an administrator should look.
        LOG.warn(
            "Campaign {} ({} {}) is past its retention period but its process is still running: its personal"
                + " content is kept until it ends",
            campaign.getId(),
            campaign.getNetworkId(),
            campaign.getSchoolYear());
        stillRunning.add(campaign.getId());
        continue;
      }
      purged.add(purge(campaign, visitIds, now));
    }
    int standalone = purgeStandaloneVisits(networkId, today, retentionMonthsAfterSchoolYear);
    int workshopDays =
        workshopDayPurge.purge(networkId, today, retentionMonthsAfterSchoolYear, now);
    int activityRows =
        activityPurge.purge(networkId, today, retentionMonthsAfterSchoolYear).total();
    int messages =
        outbox.removeWrittenBefore(
            networkId, endOfLastExpiredYear(today, retentionMonthsAfterSchoolYear));
    LOG.info(
        "Personal content purge ({}, {} months after the school year): {} campaign(s), {} visit(s) outside a"
            + " campaign, {} outbox message(s) removed; {} campaign(s) past their period still running",
        networkId == null ? "all networks" : "network " + networkId,
        retentionMonthsAfterSchoolYear,
        purged.size(),
        standalone,
        messages,
        stillRunning.size());
    return new Report(purged, standalone, stillRunning, workshopDays, messages, activityRows);
  }

  private PurgedCampaign purge(Campaign campaign, List<Long> visitIds, Instant now) {
    PurgeQueries.DeletedVisits deleted = queries.deleteVisits(visitIds);
    int preVisitDocuments = deleted.preVisitDocuments();
    int visitSteps = deleted.visitSteps();
    int recaps = deleted.recaps();
    int visits = deleted.visits();
    int declarations =
        queries.deleteWhereIn(Declaration.class, "campaignId", List.of(campaign.getId()));
    int pairingReviews =
        queries.deleteWhereIn(PairingReview.class, "campaignId", List.of(campaign.getId()));
    purgeAnnualReview(campaign);
    campaign.personalContentPurged(now);
    PurgedCampaign result =
        new PurgedCampaign(
            campaign.getId(),
            campaign.getNetworkId(),
            campaign.getSchoolYear(),
            declarations,
            pairingReviews,
            visits,
            preVisitDocuments,
            visitSteps,
            recaps);
    LOG.info(
        "Campaign {} ({} {}): personal content removed: {} declarations, {} pairing reviews, {} visits,"
            + " {} pre-visit documents, {} visit steps, {} recap versions",
        result.campaignId(),
        result.networkId(),
        result.schoolYear(),
        declarations,
        pairingReviews,
        visits,
        preVisitDocuments,
        visitSteps,
        recaps);
    return result;
  }

  /**
   * The participants' feedback of the year's review is removed, and who started the review
   * forgotten.
   */
  private int purgeAnnualReview(Campaign campaign) {
    List<AnnualReview> reviews =
        em.createQuery(
                "select r from AnnualReview r where r.networkId = ?1 and r.schoolYear = ?2",
                AnnualReview.class)
            .setParameter(1, campaign.getNetworkId())
            .setParameter(2, campaign.getSchoolYear())
            .getResultList();
    if (reviews.isEmpty()) {
      return 0;
    }
    reviews.forEach(AnnualReview::personalContentPurged);
    int feedbacks =
        queries.deleteWhereIn(
            Feedback.class, "reviewId", reviews.stream().map(AnnualReview::getId).toList());
    LOG.info(
        "Annual review {} {}: {} feedback answers removed",
        campaign.getNetworkId(),
        campaign.getSchoolYear(),
        feedbacks);
    return feedbacks;
  }

  /** Visits started on their own, outside any campaign: same period, same rule on their process. */
  private int purgeStandaloneVisits(String networkId, LocalDate today, int retentionMonths) {
    List<Visit> standalone = queries.find(Visit.class, "e.campaignId is null", networkId);
    List<Long> expired = new ArrayList<>();
    for (Visit visit : standalone) {
      if (!today.isBefore(expiresOn(visit.getSchoolYear(), retentionMonths))
          && !queries.anyRunning(Collections.singleton(visit.getProcessInstanceId()))) {
        expired.add(visit.getId());
      }
    }
    if (expired.isEmpty()) {
      return 0;
    }
    return queries.deleteVisits(expired).visits();
  }
}
