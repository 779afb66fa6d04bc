package fr.reseau.ecoles.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.summary.SummaryContent.ThemeCount;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.TrainingNeeds;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.VolunteeringService;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the network summary ("production finale") of a campaign from the database: who
 * volunteered and with which needs, by public served and by constraint, visits planned, held and
 * cancelled, training needs from validated recaps (grouped trainings when enough people share one),
 * and the improvement tracks their authors agreed to share. No names.
 */
@Service
@Transactional
public class SummaryService {

  private final CampaignService campaigns;
  private final NetworkDirectory directory;
  private final VolunteeringService volunteering;
  private final VisitRepository visits;
  private final RecapRepository recaps;
  private final NetworkSummaryRepository summaries;
  private final EstablishmentRepository establishments;
  private final ObjectMapper json = new ObjectMapper();

  public SummaryService(
      CampaignService campaigns,
      NetworkDirectory directory,
      VolunteeringService volunteering,
      VisitRepository visits,
      RecapRepository recaps,
      NetworkSummaryRepository summaries,
      EstablishmentRepository establishments) {
    this.campaigns = campaigns;
    this.directory = directory;
    this.volunteering = volunteering;
    this.visits = visits;
    this.recaps = recaps;
    this.summaries = summaries;
    this.establishments = establishments;
  }

  /** Compiles and stores the summary; compiling again replaces the previous one. */
  public NetworkSummary compile(Long campaignId, int groupedTrainingMinPeople, int minGroupSize) {
    Campaign campaign = campaigns.require(campaignId);
    SummaryContent content = content(campaign, groupedTrainingMinPeople, minGroupSize);
    NetworkSummary summary =
        summaries
            .findByCampaignId(campaignId)
            .orElseGet(
                () ->
                    new NetworkSummary(
                        campaignId, campaign.getNetworkId(), campaign.getSchoolYear()));
    summary.recompile(write(content), EngineClock.now());
    return summaries.save(summary);
  }

  public void publish(Long campaignId, String by, String comment) {
    summaries
        .findByCampaignId(campaignId)
        .orElseThrow(() -> new IllegalStateException("No summary for " + campaignId))
        .publish(by, comment, EngineClock.now());
  }

  @Transactional(readOnly = true)
  public Optional<NetworkSummary> find(String networkId, String schoolYear) {
    return summaries.findByNetworkIdAndSchoolYear(networkId, schoolYear);
  }

  public SummaryContent read(NetworkSummary summary) {
    try {
      return json.readValue(summary.getContentJson(), SummaryContent.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  SummaryContent content(Campaign campaign, int groupedTrainingMinPeople, int minGroupSize) {
    List<Declaration> declarations = volunteering.all(campaign.getId());
    List<Declaration> volunteers = declarations.stream().filter(Declaration::isVolunteer).toList();
    List<Visit> campaignVisits = visits.findByCampaignIdOrderById(campaign.getId());
    List<Recap> validatedRecaps =
        campaignVisits.isEmpty()
            ? List.of()
            : recaps.findByVisitIdInAndValidatedTrue(
                campaignVisits.stream().map(Visit::getId).toList());
    Map<String, Declaration> declarationByMember =
        declarations.stream()
            .collect(Collectors.toMap(Declaration::getMemberUserId, Function.identity()));
    Map<Long, Visit> visitById =
        campaignVisits.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));

    String networkName =
        directory
            .network(campaign.getNetworkId())
            .map(n -> n.getName())
            .orElse(campaign.getNetworkId());
    return new SummaryContent(
        networkName,
        campaign.getSchoolYear(),
        SummaryFigures.participationAndVisits(declarations, volunteers, campaignVisits),
        SummaryFigures.needs(volunteers, minGroupSize),
        TrainingNeeds.ranked(validatedRecaps, 1, ThemeCount::new),
        TrainingNeeds.ranked(validatedRecaps, groupedTrainingMinPeople, ThemeCount::new),
        SummaryFigures.byPublic(volunteers, minGroupSize),
        SummaryFigures.byConstraint(volunteers, minGroupSize),
        SummaryFigures.improvements(validatedRecaps, visitById, declarationByMember),
        SummaryFigures.byDegree(
            declarations,
            campaignVisits,
            establishments.findByNetworkIdOrderByCode(campaign.getNetworkId()).stream()
                .collect(Collectors.toMap(Establishment::getCode, Function.identity()))));
  }

  private String write(SummaryContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
