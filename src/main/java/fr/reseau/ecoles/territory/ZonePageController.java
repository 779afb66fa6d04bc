package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.review.YearPageAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The zone's page for its steering trio and the coordinators, {@code
 * /bilan/{networkId}/zones/{zone}?year=2026-2027}: the trio, the campaign's progress and the zone's
 * anonymous figures; from the browser where they are logged into Tasklist, or with HTTP Basic.
 */
@RestController
public class ZonePageController {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final YearPageAccess login;
  private final ZoneAccess access;
  private final ZonePilotService pilots;
  private final ZoneFigures figures;

  public ZonePageController(
      YearPageAccess login, ZoneAccess access, ZonePilotService pilots, ZoneFigures figures) {
    this.login = login;
    this.access = access;
    this.pilots = pilots;
    this.figures = figures;
  }

  public static String pagePath(String networkId, String zoneCode) {
    return "/bilan/" + networkId + "/zones/" + zoneCode;
  }

  @GetMapping("/bilan/{networkId}/zones/{zone}")
  public ResponseEntity<String> page(
      @PathVariable String networkId,
      @PathVariable String zone,
      @RequestParam(name = ZonePilotController.YEAR, required = false) String year,
      HttpServletRequest request) {
    NetworkZone found = access.requireZoneSeenBy(login.requireLogin(request), networkId, zone);
    String schoolYear;
    try {
      schoolYear = ZonePilotController.year(year);
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return ResponseEntity.ok()
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(ZoneViews.page(figures.of(found, schoolYear), pilots.trio(found)));
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<String> refused(ResponseStatusException e) {
    String message =
        e.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()
            ? "Connectez-vous d'abord à <a href=\"/camunda/app/tasklist/\">Tasklist</a> avec votre"
                + " compte, puis rouvrez ce lien."
            : HtmlUtils.htmlEscape(String.valueOf(e.getReason()), "UTF-8");
    return ResponseEntity.status(e.getStatusCode())
        .contentType(HTML)
        .body(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Zone</title>"
                + "</head><body><p>"
                + message
                + "</p></body></html>");
  }
}
