package fr.reseau.ecoles.event;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From needs to a training day: the grouped training needs of the network's latest published
 * summary, and the needs members sent to the steering team since, become proposals the coordinator
 * turns into a {@code network-event} of kind {@code training} in one step.
 */
@Service
@Transactional
public class TrainingProposals {

  private final NetworkSummaryRepository summaries;
  private final SummaryService summaryContent;
  private final VisitRepository visits;
  private final RecapRepository recaps;
  private final TrainingNeedRequestRepository requests;
  private final EventRules rules;

  public TrainingProposals(
      NetworkSummaryRepository summaries,
      SummaryService summaryContent,
      VisitRepository visits,
      RecapRepository recaps,
      TrainingNeedRequestRepository requests,
      EventRules rules) {
    this.summaries = summaries;
    this.summaryContent = summaryContent;
    this.visits = visits;
    this.recaps = recaps;
    this.requests = requests;
    this.rules = rules;
  }

  /**
   * One proposal: the theme, how many people expressed it in the summary and since, who (invited
   * first), and the event's prefilled values from the process's rules.
   */
  public record Proposal(
      String theme,
      String themeLabel,
      long inSummary,
      long sentSince,
      List<String> members,
      LocalDate suggestedDate,
      int capacity) {}

  /** A member tells the steering team a training need at any time. */
  public TrainingNeedRequest send(String networkId, String userId, String theme, String comment) {
    if (Theme.fromCode(theme).isEmpty()) {
      throw new InvalidInputException(NetworkEventVariables.THEME, "thème inconnu");
    }
    return requests.save(
        new TrainingNeedRequest(networkId, userId, theme, comment, EngineClock.now()));
  }

  @Transactional(readOnly = true)
  public List<Proposal> proposals(String networkId) {
    EventRules.Rules r = rules.of(networkId);
    LocalDate date = suggestedDate(r);
    Map<String, Long> inSummary = new LinkedHashMap<>();
    Map<String, Set<String>> members = new LinkedHashMap<>();
    summaries
        .findFirstByNetworkIdAndPublishedTrueOrderBySchoolYearDesc(networkId)
        .ifPresent(summary -> fromSummary(summary, inSummary, members));
    Map<String, Long> sentSince = new LinkedHashMap<>();
    for (TrainingNeedRequest request :
        requests.findByNetworkIdAndEventIdIsNullOrderById(networkId)) {
      sentSince.merge(request.getTheme(), 1L, Long::sum);
      members
          .computeIfAbsent(request.getTheme(), t -> new LinkedHashSet<>())
          .add(request.getMemberUserId());
    }
    List<Proposal> proposals = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      long fromSummary = inSummary.getOrDefault(theme.code(), 0L);
      long since = sentSince.getOrDefault(theme.code(), 0L);
      if (fromSummary + since == 0) {
        continue;
      }
      proposals.add(
          new Proposal(
              theme.code(),
              theme.label(),
              fromSummary,
              since,
              List.copyOf(members.getOrDefault(theme.code(), Set.of())),
              date,
              r.trainingCapacity()));
    }
    proposals.sort(
        (a, b) -> Long.compare(b.inSummary() + b.sentSince(), a.inSummary() + a.sentSince()));
    return proposals;
  }

  /** The first Wednesday (the academic events' day) after the minimum notice. */
  static LocalDate suggestedDate(EventRules.Rules r) {
    return EngineClock.today()
        .plus(r.trainingNotice())
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
  }

  /** The grouped needs of the summary, and the visitors whose validated recap named them. */
  private void fromSummary(
      NetworkSummary summary, Map<String, Long> counts, Map<String, Set<String>> members) {
    Map<String, Theme> byLabel =
        java.util.Arrays.stream(Theme.values())
            .collect(Collectors.toMap(Theme::label, Function.identity()));
    List<Visit> campaignVisits = visits.findByCampaignIdOrderById(summary.getCampaignId());
    Map<Long, Visit> visitById =
        campaignVisits.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
    List<Recap> validated =
        campaignVisits.isEmpty()
            ? List.of()
            : recaps.findByVisitIdInAndValidatedTrue(visitById.keySet());
    for (var grouped : summaryContent.read(summary).groupedTrainings()) {
      Theme theme = byLabel.get(grouped.theme());
      if (theme == null) {
        continue;
      }
      counts.put(theme.code(), grouped.count());
      for (Recap recap : validated) {
        if (recap.getTrainingNeeds().contains(theme.code())) {
          members
              .computeIfAbsent(theme.code(), t -> new LinkedHashSet<>())
              .add(visitById.get(recap.getVisitId()).getVisitorUserId());
        }
      }
    }
  }
}
