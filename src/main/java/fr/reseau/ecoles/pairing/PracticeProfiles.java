package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.practice.Practice;
import fr.reseau.ecoles.practice.PracticeService;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.VolunteeringService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what {@link PracticeMatches} needs for a campaign: the volunteers' declared public and
 * constraints, their establishment's department, their published practices and welcoming periods.
 */
@Component
@Transactional(readOnly = true)
public class PracticeProfiles {

  private final VolunteeringService volunteering;
  private final NetworkDirectory directory;
  private final PracticeService practices;

  public PracticeProfiles(
      VolunteeringService volunteering, NetworkDirectory directory, PracticeService practices) {
    this.volunteering = volunteering;
    this.directory = directory;
    this.practices = practices;
  }

  public PracticeMatches forCampaign(Campaign campaign) {
    List<Declaration> declarations = volunteering.volunteers(campaign.getId());
    List<String> userIds = declarations.stream().map(Declaration::getMemberUserId).toList();
    Map<String, Member> members = directory.membersIn(campaign.getNetworkId(), userIds);
    Map<String, Establishment> schools =
        directory.establishments(
            members.values().stream().map(Member::getEstablishmentCode).toList());
    Map<String, List<Practice>> published = new LinkedHashMap<>();
    for (Practice p : practices.publishedBy(campaign.getNetworkId(), userIds)) {
      published.computeIfAbsent(p.getAuthorUserId(), k -> new ArrayList<>()).add(p);
    }
    Map<String, PracticeMatches.Profile> profiles = new LinkedHashMap<>();
    for (Declaration d : declarations) {
      Member member = members.get(d.getMemberUserId());
      Establishment school = member == null ? null : schools.get(member.getEstablishmentCode());
      List<PracticeMatches.HostPractice> offered = new ArrayList<>();
      List<PracticeMatches.Period> periods = new ArrayList<>();
      for (Practice p :
          published.getOrDefault(d.getMemberUserId(), List.of()).stream()
              .sorted(java.util.Comparator.comparing(Practice::getTitle))
              .toList()) {
        offered.add(
            new PracticeMatches.HostPractice(p.getTitle(), p.getThemes(), p.getPublicServed()));
        if (p.isWelcomesVisitors()) {
          p.getPeriods()
              .forEach(
                  x -> periods.add(new PracticeMatches.Period(x.getStartsOn(), x.getEndsOn())));
        }
      }
      profiles.put(
          d.getMemberUserId(),
          new PracticeMatches.Profile(
              offered,
              periods,
              d.getPublicServed(),
              d.getConstraintKinds(),
              school == null ? null : school.getDepartment()));
    }
    return new PracticeMatches(
        campaign.getVisitWindowStart(), campaign.getVisitWindowEnd(), profiles);
  }
}
