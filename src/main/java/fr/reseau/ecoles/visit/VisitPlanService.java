package fr.reseau.ecoles.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an approved pairing proposal into visits, and answers the call activity's questions ({@code
 * ${visitPlan.visitor(visitId)}}) from the database.
 */
@Service("visitPlan")
@Transactional
public class VisitPlanService {

  private final VisitRepository visits;
  private final CampaignService campaigns;
  private final PpcrWindow ppcrWindow;
  private final ObjectMapper json = new ObjectMapper();

  public VisitPlanService(
      VisitRepository visits, CampaignService campaigns, PpcrWindow ppcrWindow) {
    this.ppcrWindow = ppcrWindow;
    this.visits = visits;
    this.campaigns = campaigns;
  }

  /**
   * Stores the visits of the campaign's latest proposal, the one just approved, and returns their
   * ids.
   */
  public List<Long> plan(Long campaignId) {
    Campaign campaign = campaigns.require(campaignId);
    List<Long> ids = new ArrayList<>();
    Map<String, java.time.LocalDate> appraisals = ppcrWindow.appraisalDates(campaignId);
    for (Map<String, Object> row : read(campaign.getProposalJson())) {
      Visit visit =
          new Visit(
              campaignId,
              campaign.getNetworkId(),
              campaign.getSchoolYear(),
              (String) row.get("visitor"),
              (String) row.get("host"),
              (String) row.get("visitorEstablishment"),
              (String) row.get("hostEstablishment"),
              ((Number) row.get("distanceKm")).doubleValue(),
              (String) row.get("reasons"),
              campaign.getVisitWindowStart(),
              campaign.getVisitWindowEnd(),
              EngineClock.now());
      ppcrWindow.apply(visit, appraisals);
      ids.add(visits.save(visit).getId());
    }
    return ids;
  }

  @Transactional(readOnly = true)
  public String visitor(Long visitId) {
    return require(visitId).getVisitorUserId();
  }

  @Transactional(readOnly = true)
  public String host(Long visitId) {
    return require(visitId).getHostUserId();
  }

  @Transactional(readOnly = true)
  public String businessKey(Long visitId) {
    return require(visitId).businessKey();
  }

  private Visit require(Long visitId) {
    return visits
        .findById(visitId)
        .orElseThrow(() -> new IllegalStateException("Unknown visit " + visitId));
  }

  private List<Map<String, Object>> read(String proposedVisitsJson) {
    try {
      return json.readValue(proposedVisitsJson, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Who may sign a mission order besides the head of the visitor's establishment: nobody when there
   * is a head; the network's coordinators (tenant-scoped) when the establishment has none, so the
   * task never goes to heads of other schools.
   */
  public List<String> missionOrderGroups(String visitorPrincipal) {
    return visitorPrincipal == null || visitorPrincipal.isBlank()
        ? List.of(MemberRole.COORDINATOR.groupId())
        : List.of();
  }
}
