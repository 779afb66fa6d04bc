package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.followup.EscalationRecipients;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalations of a zone go to its steering trio too when the coordinators chose so ({@code
 * escalateToTrio} of the zone's trio): the zone is the one of the school of the stalled task's
 * holder; a group task, a holder without a school or a school without a zone stay with the
 * coordinators alone. The holder never receives their own escalation.
 */
@Component
public class ZoneEscalations implements EscalationRecipients {

  private final NetworkDirectory directory;
  private final EstablishmentRepository establishments;
  private final ZonePilotService pilots;

  public ZoneEscalations(
      NetworkDirectory directory, EstablishmentRepository establishments, ZonePilotService pilots) {
    this.directory = directory;
    this.establishments = establishments;
    this.pilots = pilots;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Member> of(String networkId, String holderUserId) {
    if (holderUserId == null) {
      return List.of();
    }
    // The holder's establishment in this network (a person may belong to several).
    return directory
        .memberIn(holderUserId, networkId)
        .filter(m -> m.getEstablishmentCode() != null)
        .flatMap(m -> establishments.findById(m.getEstablishmentCode()))
        .filter(e -> e.getZoneCode() != null)
        .flatMap(e -> pilots.zone(networkId, e.getZoneCode()))
        .map(pilots::trio)
        .filter(ZonePilotService.Trio::escalateToTrio)
        .map(
            trio ->
                trio.pilots().stream()
                    .map(ZonePilotService.Pilot::userId)
                    .filter(userId -> !userId.equals(holderUserId))
                    .flatMap(userId -> directory.memberIn(userId, networkId).stream())
                    .toList())
        .orElse(List.of());
  }
}
