package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventRegistrationRepository;
import fr.reseau.ecoles.event.EventService;
import fr.reseau.ecoles.event.NetworkEvent;
import fr.reseau.ecoles.event.RegistrationRole;
import fr.reseau.ecoles.event.RegistrationService;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.review.YearPageAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /evenements/inscriptions/{registrationId}/ordre-de-mission.pdf}: a network event
 * contributor's mission order, for the contributor, their head of school and the network's
 * coordinators; 401 without a login, 403 for anyone else, 404 when there is no such order.
 */
@RestController
public class EventMissionOrderController {

  private final YearPageAccess login;
  private final EventRegistrationRepository rows;
  private final RegistrationService registrations;
  private final EventService events;
  private final EventMessages messages;
  private final ApiAccess access;

  public EventMissionOrderController(
      YearPageAccess login,
      EventRegistrationRepository rows,
      RegistrationService registrations,
      EventService events,
      EventMessages messages,
      ApiAccess access) {
    this.login = login;
    this.rows = rows;
    this.registrations = registrations;
    this.events = events;
    this.messages = messages;
    this.access = access;
  }

  @GetMapping("/evenements/inscriptions/{registrationId:\\d{1,18}}/ordre-de-mission.pdf")
  public ResponseEntity<byte[]> download(
      @PathVariable Long registrationId, HttpServletRequest request) {
    var user = login.requireLogin(request);
    EventRegistration row =
        rows.findById(registrationId)
            .filter(r -> r.getRole() == RegistrationRole.CONTRIBUTOR)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "Ordre de mission inconnu."));
    NetworkEvent event = events.require(row.getEventId());
    String userId = user.getUserId();
    boolean allowed =
        row.getMemberUserId().equals(userId)
            || userId.equals(registrations.missionOrderSigner(registrationId))
            || access.isCoordinatorOf(user, event.getNetworkId());
    if (!allowed) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Réservé à l'intervenant·e, à son chef d'établissement et à la coordination du réseau.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("ordre-de-mission-evenement-" + registrationId + ".pdf")
                .build()
                .toString())
        .body(MissionOrderPdf.write(messages.sheet(event, row)));
  }
}
