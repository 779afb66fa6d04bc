package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens campaigns and answers questions about them. */
@Service
@Transactional
public class CampaignService {

  private final CampaignRepository campaigns;
  private final NetworkDirectory directory;

  public CampaignService(CampaignRepository campaigns, NetworkDirectory directory) {
    this.campaigns = campaigns;
    this.directory = directory;
  }

  /**
   * The campaign opened and whom it invites to declare: the network's documentalistes, and its
   * primary teachers when the campaign opens visits across degrees (issue 19).
   */
  public record OpenedCampaign(
      Campaign campaign,
      Network network,
      List<Member> documentalistes,
      List<Member> primaryTeachers) {

    public OpenedCampaign(Campaign campaign, Network network, List<Member> documentalistes) {
      this(campaign, network, documentalistes, List.of());
    }

    /** Everyone invited to declare, documentalistes first, each once. */
    public List<Member> invited() {
      java.util.Map<String, Member> byId = new java.util.LinkedHashMap<>();
      documentalistes.forEach(m -> byId.putIfAbsent(m.getUserId(), m));
      primaryTeachers.forEach(m -> byId.putIfAbsent(m.getUserId(), m));
      return List.copyOf(byId.values());
    }
  }

  public OpenedCampaign open(CampaignRequest request, String processInstanceId, String openedBy) {
    return open(request, processInstanceId, openedBy, false);
  }

  /**
   * Opens the campaign; with {@code interDegree}, the network's primary teachers ({@link
   * NetworkDirectory#primaryTeachers}) are invited beside its documentalistes.
   */
  public OpenedCampaign open(
      CampaignRequest request, String processInstanceId, String openedBy, boolean interDegree) {
    Network network =
        directory
            .network(request.networkId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        CdiTourVariables.NETWORK_ID,
                        "réseau inconnu « " + request.networkId() + " »."));
    if (campaigns.existsByNetworkIdAndSchoolYear(network.getId(), request.schoolYear())) {
      throw new InvalidInputException(
          CdiTourVariables.SCHOOL_YEAR,
          "une campagne "
              + request.schoolYear()
              + " existe déjà pour le réseau "
              + network.getName()
              + ".");
    }
    LocalDate today = EngineClock.today();
    if (request.volunteeringDeadline().isBefore(today)) {
      throw new InvalidInputException(
          CdiTourVariables.VOLUNTEERING_DEADLINE,
          "la date limite de volontariat est déjà passée (" + today + ").");
    }
    List<Member> documentalistes = directory.documentalistes(network.getId());
    if (documentalistes.isEmpty()) {
      throw new InvalidInputException(
          CdiTourVariables.NETWORK_ID,
          "le réseau " + network.getName() + " n'a encore aucun·e professeur·e documentaliste.");
    }
    Campaign campaign;
    try {
      // Flushed now: two coordinators starting the same campaign at once meet the unique key here.
      campaign =
          campaigns.saveAndFlush(
              new Campaign(
                  network.getId(),
                  request.schoolYear(),
                  request.volunteeringDeadline(),
                  request.visitWindowStart(),
                  request.visitWindowEnd(),
                  processInstanceId,
                  openedBy,
                  EngineClock.now()));
    } catch (DataIntegrityViolationException e) {
      throw new InvalidInputException(
          CdiTourVariables.SCHOOL_YEAR,
          "une campagne "
              + request.schoolYear()
              + " vient d'être lancée pour le réseau "
              + network.getName()
              + ".");
    }
    return new OpenedCampaign(
        campaign,
        network,
        documentalistes,
        interDegree ? directory.primaryTeachers(network.getId()) : List.of());
  }

  @Transactional(readOnly = true)
  public Campaign require(Long campaignId) {
    return campaigns
        .findById(campaignId)
        .orElseThrow(() -> new IllegalStateException("Unknown campaign " + campaignId));
  }
}
