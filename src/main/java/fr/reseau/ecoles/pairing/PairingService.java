package fr.reseau.ecoles.pairing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.visit.PairHistoryService;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.VolunteeringService;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the pairing request of a campaign from the database and records the coordinators' review.
 */
@Service
@Transactional
public class PairingService {

  /**
   * The fields of a pair in the review form's tables and dynamic lists (rows of {@code
   * proposedVisits}, items of {@code forbiddenPairs} and {@code forcedPairs}): fields of a row, not
   * process variables.
   */
  public static final String PAIR_VISITOR = "visitor";

  public static final String PAIR_HOST = "host";
  public static final String PAIR_VISITOR_NAME = "visitorName";
  public static final String PAIR_HOST_NAME = "hostName";

  private final CampaignService campaigns;
  private final VolunteeringService volunteering;
  private final VisitRepository visits;
  private final NetworkDirectory directory;
  private final PairingReviewRepository reviews;
  private final PairHistoryService pairHistory;
  private final PracticeProfiles practiceProfiles;
  private final ObjectMapper json = new ObjectMapper();

  public PairingService(
      CampaignService campaigns,
      VolunteeringService volunteering,
      VisitRepository visits,
      NetworkDirectory directory,
      PairingReviewRepository reviews,
      PairHistoryService pairHistory,
      PracticeProfiles practiceProfiles) {
    this.pairHistory = pairHistory;
    this.campaigns = campaigns;
    this.practiceProfiles = practiceProfiles;
    this.volunteering = volunteering;
    this.visits = visits;
    this.directory = directory;
    this.reviews = reviews;
  }

  @Transactional(readOnly = true)
  public List<Volunteer> volunteers(Long campaignId) {
    List<Declaration> declarations = volunteering.volunteers(campaignId);
    Campaign campaign = campaigns.require(campaignId);
    java.time.LocalDate windowStart = campaign.getVisitWindowStart();
    // A few queries for all volunteers (members, establishments, zones), whatever the size of the
    // network; each as a member of the campaign's network (their establishment there, for a person
    // of several networks).
    Map<String, Member> members =
        directory.membersIn(
            campaign.getNetworkId(),
            declarations.stream().map(Declaration::getMemberUserId).toList());
    Map<String, Establishment> schools =
        directory.establishments(
            members.values().stream().map(Member::getEstablishmentCode).toList());
    Map<String, String> zoneNames = directory.zoneNames(campaign.getNetworkId());
    List<Volunteer> result = new ArrayList<>();
    for (Declaration declaration : declarations) {
      Member member = members.get(declaration.getMemberUserId());
      Establishment school = schools.get(member.getEstablishmentCode());
      String zone = school.getZoneCode();
      result.add(
          new Volunteer(
              member.getUserId(),
              member.fullName(),
              school.getCode(),
              school.getName(),
              school.getLatitude(),
              school.getLongitude(),
              declaration.getRole().canVisit(),
              declaration.getRole().canHost(),
              declaration.getNeeds(),
              declaration.getStrengths(),
              PpcrPriority.counts(
                  declaration.isPpcrPlanned(), declaration.getPpcrDate(), windowStart),
              zone,
              zone == null ? null : zoneNames.getOrDefault(zone, zone),
              school.getKind()));
    }
    return result;
  }

  /**
   * Proposes visits for the campaign's volunteers. A forced pair that breaks a hard rule is
   * reported on the review form's {@code forcedPairs} field.
   */
  public PairingProposal propose(
      Long campaignId, Set<PairKey> forbidden, List<PairKey> forced, PairingWeights weights) {
    return propose(campaignId, forbidden, forced, weights, ZonePolicy.IGNORE, false);
  }

  /** The same with the campaign's zone policy and inter-degree setting (issue 19). */
  public PairingProposal propose(
      Long campaignId,
      Set<PairKey> forbidden,
      List<PairKey> forced,
      PairingWeights weights,
      ZonePolicy zonePolicy,
      boolean interDegree) {
    Campaign campaign = campaigns.require(campaignId);
    Set<PairKey> earlier =
        visits.findEarlierVisits(campaign.getNetworkId(), campaign.getSchoolYear()).stream()
            .map(v -> new PairKey(v.getVisitorUserId(), v.getHostUserId()))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<Volunteer> volunteers = volunteers(campaignId);
    // Pairs of earlier years whose visits were purged: only their keyed pseudonyms are left.
    earlier.addAll(
        PairHistoryPairs.earlier(
            volunteers,
            pairHistory.earlierPairs(campaign.getNetworkId(), campaign.getSchoolYear()),
            pairHistory.pseudonymizer()));
    PairingProposal proposal;
    try {
      // Published practices, welcoming periods, public and constraints (PracticeMatches).
      PairingAlgorithm algorithm = new PairingAlgorithm(practiceProfiles.forCampaign(campaign));
      proposal =
          algorithm.propose(
              new PairingRequest(
                  volunteers, earlier, forbidden, forced, weights, zonePolicy, interDegree));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(CdiTourVariables.FORCED_PAIRS, e.getMessage());
    }
    // Kept server-side: an approval plans this proposal, never one sent back in a form variable.
    campaign.recordProposal(toJson(proposal.visits()));
    return proposal;
  }

  /** Checks that reviewed pairs name volunteers of the campaign, and records the review. */
  public void recordReview(
      Long campaignId,
      boolean approved,
      List<PairKey> forbidden,
      List<PairKey> forced,
      String reviewer) {
    Set<String> volunteerIds =
        volunteering.volunteers(campaignId).stream()
            .map(Declaration::getMemberUserId)
            .collect(Collectors.toSet());
    checkPairs(CdiTourVariables.FORBIDDEN_PAIRS, forbidden, volunteerIds);
    checkPairs(CdiTourVariables.FORCED_PAIRS, forced, volunteerIds);
    for (PairKey pair : forced) {
      if (forbidden.contains(pair)) {
        throw new InvalidInputException(
            CdiTourVariables.FORCED_PAIRS,
            "le binôme "
                + pair.visitor()
                + " → "
                + pair.host()
                + " est à la fois imposé et exclu.");
      }
    }
    reviews.save(
        new PairingReview(
            campaignId,
            approved,
            campaigns.require(campaignId).getProposalJson(),
            toJson(forbidden),
            toJson(forced),
            reviewer,
            EngineClock.now()));
  }

  private static void checkPairs(
      String field, Collection<PairKey> pairs, Set<String> volunteerIds) {
    for (PairKey pair : pairs) {
      for (String person : new String[] {pair.visitor(), pair.host()}) {
        if (person == null || person.isBlank()) {
          throw new InvalidInputException(
              field, "chaque binôme doit indiquer le visiteur et l'accueillant.");
        }
        if (!volunteerIds.contains(person)) {
          throw new InvalidInputException(
              field, "« " + person + " » n'est pas volontaire dans cette campagne.");
        }
      }
      if (pair.visitor().equals(pair.host())) {
        throw new InvalidInputException(
            field, "un binôme doit réunir deux personnes différentes (" + pair.visitor() + ").");
      }
    }
  }

  /** Pairs with the names of the two people, for the review form. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> describe(Collection<PairKey> pairs) {
    return pairs.stream()
        .map(
            p ->
                Map.of(
                    PAIR_VISITOR,
                    p.visitor(),
                    PAIR_HOST,
                    p.host(),
                    PAIR_VISITOR_NAME,
                    name(p.visitor()),
                    PAIR_HOST_NAME,
                    name(p.host())))
        .toList();
  }

  private String name(String userId) {
    return directory.member(userId).map(Member::fullName).orElse(userId);
  }

  /** Reads the pairs of a dynamic list, e.g. {@code [{"visitor": "a", "host": "b"}]}. */
  public static List<PairKey> pairs(List<Map<String, String>> items) {
    return items.stream().map(m -> new PairKey(m.get(PAIR_VISITOR), m.get(PAIR_HOST))).toList();
  }

  String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
