package fr.reseau.ecoles.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.summary.SummaryContent.ConstraintRow;
import fr.reseau.ecoles.summary.SummaryContent.CountRow;
import fr.reseau.ecoles.summary.SummaryContent.ImprovementRow;
import fr.reseau.ecoles.summary.SummaryContent.NeedRow;
import fr.reseau.ecoles.summary.SummaryContent.PublicRow;
import fr.reseau.ecoles.summary.SummaryContent.ThemeCount;
import fr.reseau.ecoles.visit.Recap;
import fr.reseau.ecoles.visit.RecapRepository;
import fr.reseau.ecoles.visit.TrainingNeeds;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.ConstraintKind;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.PublicServed;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import fr.reseau.ecoles.volunteering.VolunteeringService;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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

  private static final int TOP_NEEDS = 3;

  private final CampaignService campaigns;
  private final NetworkDirectory directory;
  private final VolunteeringService volunteering;
  private final VisitRepository visits;
  private final RecapRepository recaps;
  private final NetworkSummaryRepository summaries;
  private final ObjectMapper json = new ObjectMapper();

  public SummaryService(
      CampaignService campaigns,
      NetworkDirectory directory,
      VolunteeringService volunteering,
      VisitRepository visits,
      RecapRepository recaps,
      NetworkSummaryRepository summaries) {
    this.campaigns = campaigns;
    this.directory = directory;
    this.volunteering = volunteering;
    this.visits = visits;
    this.recaps = recaps;
    this.summaries = summaries;
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
        participationAndVisits(declarations, volunteers, campaignVisits),
        needs(volunteers, minGroupSize),
        TrainingNeeds.ranked(validatedRecaps, 1, ThemeCount::new),
        TrainingNeeds.ranked(validatedRecaps, groupedTrainingMinPeople, ThemeCount::new),
        byPublic(volunteers, minGroupSize),
        byConstraint(volunteers, minGroupSize),
        improvements(validatedRecaps, visitById, declarationByMember));
  }

  private static List<CountRow> participationAndVisits(
      List<Declaration> declarations, List<Declaration> volunteers, List<Visit> visits) {
    List<CountRow> rows = new ArrayList<>();
    rows.add(new CountRow("Professeur·es documentalistes sollicité·es", declarations.size()));
    rows.add(
        new CountRow(
            "Réponses reçues avant la date limite",
            declarations.stream().filter(Declaration::isAnswered).count()));
    rows.add(new CountRow("Volontaires", volunteers.size()));
    rows.add(
        new CountRow(
            "Volontaires pour visiter uniquement",
            count(volunteers, d -> d.getRole() == VolunteerRole.VISITOR)));
    rows.add(
        new CountRow(
            "Volontaires pour accueillir uniquement",
            count(volunteers, d -> d.getRole() == VolunteerRole.HOST)));
    rows.add(
        new CountRow(
            "Volontaires pour visiter et accueillir",
            count(volunteers, d -> d.getRole() == VolunteerRole.BOTH)));
    rows.add(
        new CountRow(
            "Volontaires préparant un rendez-vous de carrière",
            count(volunteers, Declaration::isPpcrPlanned)));
    rows.add(new CountRow("Visites prévues", visits.size()));
    rows.add(
        new CountRow(
            "Visites réalisées", visits.stream().filter(v -> v.getStatus().held()).count()));
    rows.add(
        new CountRow(
            "Récapitulatifs validés",
            visits.stream().filter(v -> v.getStatus() == VisitStatus.COMPLETED).count()));
    rows.add(
        new CountRow(
            "Visites annulées",
            visits.stream().filter(v -> v.getStatus() == VisitStatus.CANCELLED).count()));
    return rows;
  }

  private static <T> long count(Collection<T> items, Predicate<T> predicate) {
    return items.stream().filter(predicate).count();
  }

  private static List<NeedRow> needs(List<Declaration> volunteers, int minGroupSize) {
    List<NeedRow> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Declaration> withNeed =
          volunteers.stream().filter(d -> d.getNeeds().contains(theme.code())).toList();
      if (!withNeed.isEmpty()) {
        rows.add(new NeedRow(theme.label(), withNeed.size(), publicsOf(withNeed, minGroupSize)));
      }
    }
    rows.sort(Comparator.comparingLong(NeedRow::count).reversed());
    return rows;
  }

  /**
   * "Collège : 3, autres publics : 2", in the order of the list of publics; publics with fewer than
   * {@code minGroupSize} people are counted together so that nobody can be recognised.
   */
  private static String publicsOf(List<Declaration> declarations, int minGroupSize) {
    Map<String, Long> byPublic =
        declarations.stream()
            .collect(
                Collectors.groupingBy(
                    Declaration::getPublicServed, LinkedHashMap::new, Collectors.counting()));
    List<String> parts = new ArrayList<>();
    long others = 0;
    for (PublicServed served : PublicServed.values()) {
      Long n = byPublic.get(served.code());
      if (n != null && n >= minGroupSize) {
        parts.add(served.label() + " : " + n);
      } else if (n != null) {
        others += n;
      }
    }
    if (others > 0) {
      parts.add((parts.isEmpty() ? "publics divers : " : "autres publics : ") + others);
    }
    return String.join(", ", parts);
  }

  private static List<PublicRow> byPublic(List<Declaration> volunteers, int minGroupSize) {
    List<PublicRow> rows = new ArrayList<>();
    for (PublicServed served : PublicServed.values()) {
      List<Declaration> group =
          volunteers.stream().filter(d -> served.code().equals(d.getPublicServed())).toList();
      if (!group.isEmpty()) {
        rows.add(new PublicRow(served.label(), group.size(), topNeeds(group, minGroupSize)));
      }
    }
    return rows;
  }

  private static List<ConstraintRow> byConstraint(List<Declaration> volunteers, int minGroupSize) {
    List<ConstraintRow> rows = new ArrayList<>();
    for (ConstraintKind kind : ConstraintKind.values()) {
      List<Declaration> group =
          volunteers.stream().filter(d -> d.getConstraintKinds().contains(kind.code())).toList();
      if (!group.isEmpty()) {
        rows.add(new ConstraintRow(kind.label(), group.size(), topNeeds(group, minGroupSize)));
      }
    }
    return rows;
  }

  /**
   * The most frequent needs of a group, ties in the order of the theme list; not for small groups.
   */
  private static String topNeeds(List<Declaration> group, int minGroupSize) {
    if (group.size() < minGroupSize) {
      return "non détaillé (moins de " + minGroupSize + " volontaires)";
    }
    return Theme.ranked(group.stream().flatMap(d -> d.getNeeds().stream())).stream()
        .limit(TOP_NEEDS)
        .map(e -> e.getKey().shortLabel() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * Only what each teacher agreed to share, under the public of the CDI concerned: the host decides
   * for the tracks about their CDI, the visitor for the rest.
   */
  private static List<ImprovementRow> improvements(
      List<Recap> recaps, Map<Long, Visit> visits, Map<String, Declaration> declarations) {
    List<ImprovementRow> rows = new ArrayList<>();
    for (Recap recap : recaps) {
      Visit visit = visits.get(recap.getVisitId());
      if (visit == null) {
        continue;
      }
      if (recap.isHostSharesImprovements()) {
        rows.add(
            new ImprovementRow(
                publicOf(declarations.get(visit.getHostUserId())),
                "Piste pour le CDI visité",
                recap.getImprovementsHost()));
      }
      if (recap.isShareImprovements()) {
        String visitorPublic = publicOf(declarations.get(visit.getVisitorUserId()));
        rows.add(
            new ImprovementRow(
                visitorPublic, "Piste pour le CDI du visiteur", recap.getImprovementsVisitor()));
        if (recap.getActions() != null) {
          rows.add(new ImprovementRow(visitorPublic, "Action engagée", recap.getActions()));
        }
      }
    }
    return rows;
  }

  private static String publicOf(Declaration declaration) {
    return declaration == null || declaration.getPublicServed() == null
        ? "Non précisé"
        : PublicServed.labelOf(declaration.getPublicServed());
  }

  private String write(SummaryContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
