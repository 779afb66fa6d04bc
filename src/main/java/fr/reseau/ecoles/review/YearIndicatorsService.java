package fr.reseau.ecoles.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.review.YearIndicators.Delay;
import fr.reseau.ecoles.review.YearIndicators.Meeting;
import fr.reseau.ecoles.review.YearIndicators.MonthCount;
import fr.reseau.ecoles.review.YearIndicators.NeedMet;
import fr.reseau.ecoles.review.YearIndicators.Participation;
import fr.reseau.ecoles.review.YearIndicators.Ppcr;
import fr.reseau.ecoles.review.YearIndicators.Scores;
import fr.reseau.ecoles.review.YearIndicators.ThemeCount;
import fr.reseau.ecoles.review.YearIndicators.ThemePublic;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.PublicServed;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
      List<WorkshopFigures> workshopFigures) {
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

    return new YearIndicators(
        networkName,
        schoolYear,
        minGroupSize,
        groupedTrainingMinPeople,
        campaign.isPresent(),
        participation(declared, volunteers),
        visits(yearVisits),
        delay(yearVisits),
        needsMet(volunteers, yearVisits, validatedRecaps),
        needsByPublic(volunteers, minGroupSize),
        trainingNeeds(validatedRecaps.values(), 1),
        trainingNeeds(validatedRecaps.values(), groupedTrainingMinPeople),
        ppcr(volunteers, yearVisits),
        scores(review.map(AnnualReview::getParticipantsAsked).orElse(0), answers, minGroupSize),
        byMonth(yearVisits),
        meeting.map(YearIndicatorsService::meeting).orElse(null),
        workshopFigures.stream().findFirst().map(w -> w.of(networkId, schoolYear)).orElse(null));
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

  static Participation participation(List<Declaration> declared, List<Declaration> volunteers) {
    return new Participation(
        declared.size(),
        declared.stream().filter(Declaration::isAnswered).count(),
        volunteers.size(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.VISITOR).count(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.HOST).count(),
        volunteers.stream().filter(d -> d.getRole() == VolunteerRole.BOTH).count());
  }

  static YearIndicators.Visits visits(List<Visit> visits) {
    long held = visits.stream().filter(v -> v.getStatus().held()).count();
    long cancelled = visits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count();
    return new YearIndicators.Visits(
        visits.size(),
        held,
        cancelled,
        visits.size() - held - cancelled,
        visits.stream().filter(v -> v.getStatus() == VisitStatus.COMPLETED).count());
  }

  static Delay delay(List<Visit> visits) {
    List<Long> days =
        visits.stream()
            .filter(v -> v.getStatus().held() && v.getVisitDate() != null)
            .map(v -> ChronoUnit.DAYS.between(day(v.getPlannedAt()), v.getVisitDate()))
            .sorted()
            .toList();
    if (days.isEmpty()) {
      return new Delay(0, null, null, null, null);
    }
    int n = days.size();
    double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    double average =
        Math.round(10.0 * days.stream().mapToLong(Long::longValue).average().orElse(0)) / 10.0;
    return new Delay(n, median, average, days.get(0), days.get(n - 1));
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(ProcessDates.ZONE).toLocalDate();
  }

  /**
   * For each theme, the volunteers who stated it as a need, and those of them who took part
   * (visiting or hosting) in a visit whose validated recap does not name that theme among the
   * training needs still to cover.
   */
  static List<NeedMet> needsMet(
      List<Declaration> volunteers, List<Visit> visits, Map<Long, Recap> validatedRecaps) {
    Map<String, List<Recap>> recapsByMember = new HashMap<>();
    for (Visit visit : visits) {
      Recap recap = validatedRecaps.get(visit.getId());
      if (visit.getStatus() == VisitStatus.COMPLETED && recap != null) {
        recapsByMember.computeIfAbsent(visit.getVisitorUserId(), k -> new ArrayList<>()).add(recap);
        recapsByMember.computeIfAbsent(visit.getHostUserId(), k -> new ArrayList<>()).add(recap);
      }
    }
    List<NeedMet> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      long declared = 0;
      long met = 0;
      for (Declaration volunteer : volunteers) {
        if (!volunteer.getNeeds().contains(theme.code())) {
          continue;
        }
        declared++;
        if (recapsByMember.getOrDefault(volunteer.getMemberUserId(), List.of()).stream()
            .anyMatch(r -> !r.getTrainingNeeds().contains(theme.code()))) {
          met++;
        }
      }
      if (declared > 0) {
        rows.add(new NeedMet(theme.label(), declared, met));
      }
    }
    rows.sort(Comparator.comparingLong(NeedMet::declared).reversed());
    return rows;
  }

  /**
   * Needs by theme and public, as the summary breaks them down: within a theme, publics named by
   * fewer than {@code minGroupSize} volunteers are counted together (« autres publics », or «
   * publics divers » when no public of that theme is large enough), so that nobody can be
   * recognised.
   */
  static List<ThemePublic> needsByPublic(List<Declaration> volunteers, int minGroupSize) {
    List<ThemePublic> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Map<String, Long> byPublic = new LinkedHashMap<>();
      for (PublicServed served : PublicServed.values()) {
        long n =
            volunteers.stream()
                .filter(
                    d ->
                        d.getNeeds().contains(theme.code())
                            && served.code().equals(d.getPublicServed()))
                .count();
        if (n > 0) {
          byPublic.put(served.label(), n);
        }
      }
      long unknown =
          volunteers.stream()
              .filter(d -> d.getNeeds().contains(theme.code()) && d.getPublicServed() == null)
              .count();
      long others = unknown;
      List<ThemePublic> shown = new ArrayList<>();
      for (Map.Entry<String, Long> entry : byPublic.entrySet()) {
        if (entry.getValue() >= minGroupSize) {
          shown.add(new ThemePublic(theme.label(), entry.getKey(), entry.getValue()));
        } else {
          others += entry.getValue();
        }
      }
      rows.addAll(shown);
      if (others > 0) {
        rows.add(
            new ThemePublic(
                theme.label(), shown.isEmpty() ? "Publics divers" : "Autres publics", others));
      }
    }
    return rows;
  }

  static List<ThemeCount> trainingNeeds(Collection<Recap> recaps, int minPeople) {
    Map<Theme, Long> counts = new EnumMap<>(Theme.class);
    recaps.stream()
        .flatMap(r -> r.getTrainingNeeds().stream())
        .forEach(
            code -> Theme.fromCode(code).ifPresent(theme -> counts.merge(theme, 1L, Long::sum)));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<Theme, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .filter(e -> e.getValue() >= minPeople)
        .map(e -> new ThemeCount(e.getKey().label(), e.getValue()))
        .toList();
  }

  static Ppcr ppcr(List<Declaration> volunteers, List<Visit> visits) {
    Set<String> tookPart = new HashSet<>();
    visits.stream()
        .filter(v -> v.getStatus().held())
        .forEach(
            v -> {
              tookPart.add(v.getVisitorUserId());
              tookPart.add(v.getHostUserId());
            });
    List<Declaration> planned = volunteers.stream().filter(Declaration::isPpcrPlanned).toList();
    return new Ppcr(
        planned.size(),
        planned.stream().filter(d -> tookPart.contains(d.getMemberUserId())).count());
  }

  static Scores scores(int asked, List<Feedback> answers, int minGroupSize) {
    if (answers.size() < minGroupSize || answers.isEmpty()) {
      return new Scores(asked, answers.size(), false, List.of(), null);
    }
    List<Long> distribution = new ArrayList<>();
    for (int score = Feedback.MIN_SCORE; score <= Feedback.MAX_SCORE; score++) {
      int s = score;
      distribution.add(answers.stream().filter(f -> f.getNeedsMetScore() == s).count());
    }
    double average =
        Math.round(10.0 * answers.stream().mapToInt(Feedback::getNeedsMetScore).average().orElse(0))
            / 10.0;
    return new Scores(asked, answers.size(), true, distribution, average);
  }

  /**
   * Every month from the first to the last event: pairings approved, visits held (by their date),
   * cancellations.
   */
  static List<MonthCount> byMonth(List<Visit> visits) {
    TreeMap<YearMonth, long[]> months = new TreeMap<>();
    for (Visit visit : visits) {
      months.computeIfAbsent(YearMonth.from(day(visit.getPlannedAt())), m -> new long[3])[0]++;
      if (visit.getStatus().held() && visit.getVisitDate() != null) {
        months.computeIfAbsent(YearMonth.from(visit.getVisitDate()), m -> new long[3])[1]++;
      }
      if (visit.getStatus() == VisitStatus.CANCELLED && visit.getCancelledAt() != null) {
        months.computeIfAbsent(YearMonth.from(day(visit.getCancelledAt())), m -> new long[3])[2]++;
      }
    }
    List<MonthCount> rows = new ArrayList<>();
    if (months.isEmpty()) {
      return rows;
    }
    for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
      long[] c = months.getOrDefault(m, new long[3]);
      rows.add(new MonthCount(m.toString(), m.format(MONTH_LABEL), c[0], c[1], c[2]));
    }
    return rows;
  }

  private static Meeting meeting(NetworkMeeting meeting) {
    return new Meeting(
        meeting.getMeetingDate().toString(),
        meeting.getDecision().label(),
        meeting.getRequestedTrainings().stream()
            .map(code -> Theme.fromCode(code).map(Theme::label).orElse(code))
            .toList(),
        meeting.isStartNextCampaign() ? meeting.getNextSchoolYear() : null);
  }
}
