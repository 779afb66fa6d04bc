package fr.reseau.ecoles.invitation;

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
 * {@code /visites/{visitId}/ordre-de-mission.pdf}: the mission order, for the visitor, the heads of
 * both schools and the network's coordinators (logged into the webapps, or HTTP Basic); 401 without
 * a login, 403 for anyone else, 404 for an unknown visit.
 */
@RestController
public class MissionOrderController {

  private final YearPageAccess login;
  private final MissionOrders orders;

  public MissionOrderController(YearPageAccess login, MissionOrders orders) {
    this.login = login;
    this.orders = orders;
  }

  public static String path(Long visitId) {
    return InvitationPaths.missionOrder(visitId);
  }

  @GetMapping("/visites/{visitId:\\d{1,18}}/ordre-de-mission.pdf")
  public ResponseEntity<byte[]> download(@PathVariable Long visitId, HttpServletRequest request) {
    var user = login.requireLogin(request);
    MissionOrders.MissionOrder order =
        orders
            .find(visitId)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Visite inconnue."));
    if (!orders.mayRead(order, user)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Réservé au visiteur, aux chefs des deux établissements et à la coordination du réseau.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("ordre-de-mission-" + visitId + ".pdf")
                .build()
                .toString())
        .body(MissionOrderPdf.write(order));
  }
}
