package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkZone;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees a zone's steering: the network's coordinators and the administrators see every zone; a
 * member sitting in a zone's trio sees that zone only.
 */
@Component
public class ZoneAccess {

  private final ApiAccess access;
  private final ZonePilotService pilots;
  private final IdentityService identity;

  public ZoneAccess(ApiAccess access, ZonePilotService pilots, IdentityService identity) {
    this.access = access;
    this.pilots = pilots;
    this.identity = identity;
  }

  /** The API's caller (HTTP Basic); 401 without one. */
  Authentication caller() {
    return Requester.person(identity)
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise."));
  }

  /** Whether the user may see the zone's trio and figures. */
  public boolean seesZone(Authentication user, String networkId, String zoneCode) {
    return access.isCoordinatorOf(user, networkId)
        || (user != null && pilots.isPilotOf(user.getUserId(), networkId, zoneCode));
  }

  /** 403 unless {@link #seesZone}; 404 when the network has no such zone. */
  public NetworkZone requireZoneSeenBy(Authentication user, String networkId, String zoneCode) {
    if (!seesZone(user, networkId, zoneCode)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Réservé à la coordination du réseau "
              + networkId
              + " et au trio de pilotage de la zone "
              + zoneCode
              + ".");
    }
    return requireZone(networkId, zoneCode);
  }

  /** 403 unless a coordinator of the network or an administrator; 404 for an unknown zone. */
  public NetworkZone requireZoneManagedBy(Authentication user, String networkId, String zoneCode) {
    if (!access.isCoordinatorOf(user, networkId)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé à la coordination du réseau " + networkId + ".");
    }
    return requireZone(networkId, zoneCode);
  }

  private NetworkZone requireZone(String networkId, String zoneCode) {
    return pilots
        .zone(networkId, zoneCode)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Le réseau " + networkId + " n'a pas de zone « " + zoneCode + " »."));
  }
}
