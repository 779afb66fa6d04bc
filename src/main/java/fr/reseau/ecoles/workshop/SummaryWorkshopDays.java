package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.summary.SummaryService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop day whose concerns come from a published network summary: the summary's grouped
 * training needs (those shared by enough people; else its most cited needs) are proposed as the
 * day's concerns, pre-filled in « Choisir les préoccupations » and choosable even when no teacher
 * of the questionnaire cites them.
 */
@Service
public class SummaryWorkshopDays {

  /** At most this many needs proposed (the team keeps 3 or 4), and 4 pre-filled. */
  static final int MAX_PROPOSED = 8;

  static final int PREFILLED = 4;

  /** The needs a published summary proposes. */
  public record Proposal(String schoolYear, List<String> concerns) {}

  /** A day started from a summary: its ids and what was proposed. */
  public record Started(Long workshopDayId, String processInstanceId, Proposal proposal) {}

  private final NetworkSummaryRepository summaries;
  private final SummaryService summaryContent;
  private final WorkshopDayRepository days;
  private final RuntimeService runtime;

  public SummaryWorkshopDays(
      NetworkSummaryRepository summaries,
      SummaryService summaryContent,
      WorkshopDayRepository days,
      RuntimeService runtime) {
    this.summaries = summaries;
    this.summaryContent = summaryContent;
    this.days = days;
    this.runtime = runtime;
  }

  /**
   * The proposal of the network's published summary of {@code schoolYear} (the latest published one
   * when null); empty when there is none.
   */
  @Transactional(readOnly = true)
  public Optional<Proposal> proposal(String networkId, String schoolYear) {
    Optional<NetworkSummary> summary =
        schoolYear == null
            ? summaries.findFirstByNetworkIdAndPublishedTrueOrderBySchoolYearDesc(networkId)
            : summaries
                .findByNetworkIdAndSchoolYear(networkId, schoolYear)
                .filter(NetworkSummary::isPublished);
    return summary.map(
        s -> new Proposal(s.getSchoolYear(), proposedConcerns(summaryContent.read(s))));
  }

  /** Grouped needs first (most cited first), else the needs; each once, {@code |} removed. */
  static List<String> proposedConcerns(SummaryContent content) {
    List<SummaryContent.ThemeCount> needs =
        content.groupedTrainings() == null || content.groupedTrainings().isEmpty()
            ? content.trainingNeeds()
            : content.groupedTrainings();
    Set<String> seen = new LinkedHashSet<>();
    List<String> concerns = new java.util.ArrayList<>();
    for (SummaryContent.ThemeCount need :
        needs == null ? List.<SummaryContent.ThemeCount>of() : needs) {
      String concern = need.theme().replace(WorkshopDayService.SEPARATOR, "/").strip();
      if (!concern.isEmpty()
          && concern.length() <= 200
          && seen.add(concern.toLowerCase(Locale.FRENCH))) {
        concerns.add(concern);
      }
      if (concerns.size() == MAX_PROPOSED) {
        break;
      }
    }
    return List.copyOf(concerns);
  }

  /**
   * At {@code Task_OpenWorkshopDay} of a day whose concerns come from the network summary: stores
   * the proposal with the day; returns the concerns to pre-fill (empty without a published
   * summary).
   *
   * @throws InvalidInputException naming {@code summarySchoolYear} when that year's summary is not
   *     published
   */
  @Transactional
  public List<String> propose(WorkshopDay day, String schoolYear) {
    Optional<Proposal> proposal = proposal(day.getNetworkId(), schoolYear);
    if (proposal.isEmpty()) {
      if (schoolYear != null) {
        throw new InvalidInputException(
            WorkshopDayVariables.SUMMARY_SCHOOL_YEAR,
            "aucune synthèse publiée pour l'année " + schoolYear + " dans ce réseau.");
      }
      return List.of();
    }
    List<String> concerns = proposal.get().concerns();
    WorkshopDay stored = days.findById(day.getId()).orElse(day);
    stored.proposedBySummary(
        proposal.get().schoolYear(), String.join(WorkshopDayService.SEPARATOR, concerns));
    return concerns.subList(0, Math.min(PREFILLED, concerns.size()));
  }

  /**
   * Starts {@code workshop-day} for the network, as the caller (the engine checks who may start it
   * and {@code Task_OpenWorkshopDay} the values, as from Tasklist), its concerns from the published
   * summary of {@code schoolYear}.
   */
  public Started start(
      String networkId, String schoolYear, String title, String establishments, LocalDate day) {
    Proposal proposal =
        proposal(networkId, schoolYear)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        WorkshopDayVariables.SUMMARY_SCHOOL_YEAR,
                        "aucune synthèse publiée pour l'année " + schoolYear + " dans ce réseau."));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(WorkshopDayVariables.TITLE, title);
    variables.put(WorkshopDayVariables.ESTABLISHMENTS, establishments);
    variables.put(WorkshopDayVariables.DAY_DATE, day == null ? null : day.toString());
    variables.put(WorkshopDayVariables.CONCERN_SOURCE, WorkshopDayService.FROM_SUMMARY);
    variables.put(WorkshopDayVariables.SUMMARY_SCHOOL_YEAR, proposal.schoolYear());
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(WorkshopDayVariables.PROCESS_KEY)
            .processDefinitionTenantId(networkId)
            .setVariables(variables)
            .execute();
    Long dayId =
        days.findByProcessInstanceId(instance.getId())
            .map(WorkshopDay::getId)
            .orElseThrow(() -> new IllegalStateException("No day for " + instance.getId()));
    return new Started(dayId, instance.getId(), proposal);
  }
}
