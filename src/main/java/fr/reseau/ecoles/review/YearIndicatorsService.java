package fr.reseau.ecoles.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import fr.reseau.ecoles.review.YearIndicators.ThemeCount;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.TrainingNeeds;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicators of a network's school year from the business data: the campaign's
 * declarations, visits and validated recaps, the review's feedback and network meeting. No names;
 * see docs/annual-review.md for the definition of each indicator.
 */
@Service
@Transactional(readOnly = true)
public class YearIndicatorsService {

  static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRANCE);
  static final int DEFAULT_MIN_GROUP_SIZE = 3;
  static final int DEFAULT_GROUPED_TRAINING_MIN_PEOPLE = 3;

  private final CampaignRepository campaigns;
  private final DeclarationRepository declarations;
  private final VisitRepository visits;
  private final RecapRepository recaps;
  private final AnnualReviewRepository reviews;
  private final FeedbackRepository feedbacks;
  private final NetworkMeetingRepository meetings;
  private final YearReportRepository reports;
  private final NetworkDirectory directory;
  private final EstablishmentRepository establishments;
  private final List<WorkshopFigures> workshopFigures;
  private final NetworkZoneRepository zones;
  private final ObjectMapper json = new ObjectMapper();

  public YearIndicatorsService(
      CampaignRepository campaigns,
      DeclarationRepository declarations,
      VisitRepository visits,
      RecapRepository recaps,
      AnnualReviewRepository reviews,
      FeedbackRepository feedbacks,
      NetworkMeetingRepository meetings,
      YearReportRepository reports,
      NetworkDirectory directory,
      EstablishmentRepository establishments,
      List<WorkshopFigures> workshopFigures,
      NetworkZoneRepository zones) {
    this.campaigns = campaigns;
    this.declarations = declarations;
    this.visits = visits;
    this.recaps = recaps;
    this.reviews = reviews;
    this.feedbacks = feedbacks;
    this.meetings = meetings;
    this.reports = reports;
    this.directory = directory;
    this.establishments = establishments;
    this.workshopFigures = workshopFigures;
    this.zones = zones;
  }

  /**
   * The year's indicators now, with the thresholds of its review (or the defaults when none was
   * started).
   */
  public YearIndicators compute(String networkId, String schoolYear) {
    Optional<AnnualReview> review = reviews.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    return compute(
        networkId,
        schoolYear,
        review
            .map(AnnualReview::getGroupedTrainingMinPeople)
            .orElse(DEFAULT_GROUPED_TRAINING_MIN_PEOPLE),
        review.map(AnnualReview::getMinGroupSize).orElse(DEFAULT_MIN_GROUP_SIZE));
  }

  public YearIndicators compute(
      String networkId, String schoolYear, int groupedTrainingMinPeople, int minGroupSize) {
    String networkName = directory.network(networkId).map(n -> n.getName()).orElse(networkId);
    Optional<Campaign> campaign = campaigns.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    List<Declaration> declared =
        campaign
            .map(c -> declarations.findByCampaignIdOrderByMemberUserId(c.getId()))
            .orElse(List.of());
    List<Declaration> volunteers = declared.stream().filter(Declaration::isVolunteer).toList();
    List<Visit> yearVisits =
        campaign.map(c -> visits.findByCampaignIdOrderById(c.getId())).orElse(List.of());
    Map<Long, Recap> validatedRecaps = validatedRecaps(yearVisits);
    Optional<AnnualReview> review = reviews.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    List<Feedback> answers =
        review.map(r -> feedbacks.findByReviewIdOrderById(r.getId())).orElse(List.of());
    Optional<NetworkMeeting> meeting = review.flatMap(r -> meetings.findByReviewId(r.getId()));
    YearIndicators.Workshops workshops =
        workshopFigures.stream().findFirst().map(w -> w.of(networkId, schoolYear)).orElse(null);
    Territory territory =
        TerritoryFigures.of(
            new TerritoryFigures.YearData(
                declared,
                yearVisits,
                validatedRecaps,
                establishments.findByNetworkIdOrderByCode(networkId).stream()
                    .collect(Collectors.toMap(Establishment::getCode, Function.identity())),
                zones.findByNetworkIdOrderByName(networkId),
                workshops == null ? null : workshops.daysHeld()));

    return new YearIndicators(
        networkName,
        schoolYear,
        minGroupSize,
        groupedTrainingMinPeople,
        campaign.isPresent(),
        YearIndicatorFigures.participation(declared, volunteers),
        YearIndicatorFigures.visits(yearVisits),
        YearIndicatorFigures.delay(yearVisits),
        YearIndicatorFigures.needsMet(volunteers, yearVisits, validatedRecaps),
        YearIndicatorFigures.needsByPublic(volunteers, minGroupSize),
        TrainingNeeds.ranked(validatedRecaps.values(), 1, ThemeCount::new),
        TrainingNeeds.ranked(validatedRecaps.values(), groupedTrainingMinPeople, ThemeCount::new),
        YearIndicatorFigures.ppcr(volunteers, yearVisits),
        YearIndicatorFigures.scores(
            review.map(AnnualReview::getParticipantsAsked).orElse(0), answers, minGroupSize),
        YearIndicatorFigures.byMonth(yearVisits),
        meeting.map(YearIndicatorFigures::meeting).orElse(null),
        workshops,
        territory);
  }

  /**
   * The previous school year: its stored report when there is one, otherwise computed when it had a
   * campaign.
   */
  public Optional<YearIndicators> previous(String networkId, String schoolYear) {
    String previousYear = previousYear(schoolYear);
    Optional<YearReport> report = reports.findByNetworkIdAndSchoolYear(networkId, previousYear);
    if (report.isPresent()) {
      return report.map(this::read);
    }
    if (campaigns.existsByNetworkIdAndSchoolYear(networkId, previousYear)) {
      return Optional.of(compute(networkId, previousYear));
    }
    return Optional.empty();
  }

  public static String previousYear(String schoolYear) {
    return SchoolYear.parse(schoolYear).previous().toString();
  }

  public static String nextYear(String schoolYear) {
    return SchoolYear.parse(schoolYear).next().toString();
  }

  public YearIndicators read(YearReport report) {
    try {
      return json.readValue(report.getContentJson(), YearIndicators.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String write(YearIndicators indicators) {
    try {
      return json.writeValueAsString(indicators);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The establishments of the network and the year's visits between them, for the map. */
  public NetworkMap map(String networkId, String schoolYear) {
    List<Establishment> schools = establishments.findByNetworkIdOrderByCode(networkId);
    Map<String, Establishment> byCode =
        schools.stream().collect(Collectors.toMap(Establishment::getCode, Function.identity()));
    List<NetworkMap.Point> points =
        schools.stream()
            .map(e -> new NetworkMap.Point(e.getLatitude(), e.getLongitude(), e.getTown()))
            .toList();
    List<NetworkMap.Link> links = new ArrayList<>();
    campaigns
        .findByNetworkIdAndSchoolYear(networkId, schoolYear)
        .ifPresent(
            c -> {
              for (Visit visit : visits.findByCampaignIdOrderById(c.getId())) {
                Establishment from = byCode.get(visit.getVisitorEstablishmentCode());
                Establishment to = byCode.get(visit.getHostEstablishmentCode());
                if (from != null && to != null) {
                  links.add(
                      new NetworkMap.Link(
                          from.getLatitude(),
                          from.getLongitude(),
                          to.getLatitude(),
                          to.getLongitude(),
                          NetworkMap.State.of(visit.getStatus())));
                }
              }
            });
    return new NetworkMap(points, links);
  }

  private Map<Long, Recap> validatedRecaps(List<Visit> yearVisits) {
    if (yearVisits.isEmpty()) {
      return Map.of();
    }
    Map<Long, Recap> latest = new HashMap<>();
    for (Recap recap :
        recaps.findByVisitIdInAndValidatedTrue(yearVisits.stream().map(Visit::getId).toList())) {
      latest.merge(recap.getVisitId(), recap, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
    }
    return latest;
  }
}
