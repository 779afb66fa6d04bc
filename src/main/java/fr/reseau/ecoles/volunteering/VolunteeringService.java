package fr.reseau.ecoles.volunteering;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores declarations, records the reminder and closes the call for volunteers. */
@Service
@Transactional
public class VolunteeringService {

  private final DeclarationRepository declarations;
  private final CampaignService campaigns;
  private final NetworkDirectory directory;
  private final ApplicationEventPublisher events;

  public VolunteeringService(
      DeclarationRepository declarations,
      CampaignService campaigns,
      NetworkDirectory directory,
      ApplicationEventPublisher events) {
    this.declarations = declarations;
    this.campaigns = campaigns;
    this.directory = directory;
    this.events = events;
  }

  public Declaration declare(Long campaignId, String memberUserId, DeclarationForm form) {
    // The person as a member of the campaign's network: a person of several networks declares
    // once per network, with the establishment they work in there.
    Member member =
        directory
            .memberIn(memberUserId, campaigns.require(campaignId).getNetworkId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        CdiTourVariables.DOCUMENTALISTE,
                        "membre inconnu « " + memberUserId + " »."));
    if (declarations.findByCampaignIdAndMemberUserId(campaignId, memberUserId).isPresent()) {
      throw new InvalidInputException(
          CdiTourVariables.VOLUNTEER,
          "une déclaration a déjà été enregistrée pour " + member.fullName() + ".");
    }
    return declarations.save(
        Declaration.answered(
            campaignId, memberUserId, member.getEstablishmentCode(), form, EngineClock.now()));
  }

  /**
   * The members still expected to answer; records when the reminder was made and publishes {@link
   * VolunteeringEvent.ReminderDue} (each of them is reminded by e-mail, in this transaction).
   */
  public List<String> recordReminder(
      Long campaignId, String processInstanceId, Collection<String> members) {
    List<String> pending = pending(campaignId, members);
    Campaign campaign = campaigns.require(campaignId);
    campaign.recordReminder(EngineClock.now(), pending.size());
    events.publishEvent(new VolunteeringEvent.ReminderDue(campaignId, processInstanceId, pending));
    return pending;
  }

  /** Members who did not answer by the deadline count as not volunteering. */
  public int closeVolunteering(Long campaignId, Collection<String> members) {
    List<String> pending = pending(campaignId, members);
    String networkId = campaigns.require(campaignId).getNetworkId();
    for (String userId : pending) {
      String establishment =
          directory.memberIn(userId, networkId).map(Member::getEstablishmentCode).orElse(null);
      declarations.save(
          Declaration.notAnswered(campaignId, userId, establishment, EngineClock.now()));
    }
    campaigns.require(campaignId).closeVolunteering(EngineClock.now());
    return pending.size();
  }

  @Transactional(readOnly = true)
  public List<Declaration> volunteers(Long campaignId) {
    return declarations.findByCampaignIdAndVolunteerTrueOrderByMemberUserId(campaignId);
  }

  @Transactional(readOnly = true)
  public List<Declaration> all(Long campaignId) {
    return declarations.findByCampaignIdOrderByMemberUserId(campaignId);
  }

  private List<String> pending(Long campaignId, Collection<String> members) {
    Set<String> answered =
        declarations.findByCampaignIdOrderByMemberUserId(campaignId).stream()
            .map(Declaration::getMemberUserId)
            .collect(Collectors.toSet());
    return members.stream().filter(m -> !answered.contains(m)).sorted().toList();
  }
}
