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

  public record OpenedCampaign(Campaign campaign, Network network, List<Member> documentalistes) {}

  public OpenedCampaign open(CampaignRequest request, String processInstanceId, String openedBy) {
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
    return new OpenedCampaign(campaign, network, documentalistes);
  }

  @Transactional(readOnly = true)
  public Campaign require(Long campaignId) {
    return campaigns
        .findById(campaignId)
        .orElseThrow(() -> new IllegalStateException("Unknown campaign " + campaignId));
  }
}
