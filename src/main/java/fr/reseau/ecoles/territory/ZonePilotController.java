package fr.reseau.ecoles.territory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A zone's steering trio: {@code GET/PUT /api/networks/{networkId}/zones/{zone}/pilots} (read by
 * the coordinators and the trio, changed by the coordinators and administrators), and the zone's
 * anonymous figures and campaign progress: {@code GET
 * /api/networks/{networkId}/zones/{zone}/progress?year=2026-2027}. See docs/access.md.
 */
@RestController
public class ZonePilotController {

  static final String PILOTS = "pilots";
  static final String ESCALATE = "escalateToTrio";
  static final String SEAT_ROLE = "role";
  static final String SEAT_USER = "userId";
  static final String YEAR = "year";

  private final ZoneAccess access;
  private final ZonePilotService pilots;
  private final ZoneFigures figures;

  public ZonePilotController(ZoneAccess access, ZonePilotService pilots, ZoneFigures figures) {
    this.access = access;
    this.pilots = pilots;
    this.figures = figures;
  }

  @GetMapping("/api/networks/{networkId}/zones/{zone}/pilots")
  public Map<String, Object> get(@PathVariable String networkId, @PathVariable String zone) {
    NetworkZone found = access.requireZoneSeenBy(access.caller(), networkId, zone);
    return json(pilots.trio(found));
  }

  /**
   * Body: {@code {"escalateToTrio": true, "pilots": [{"role": "head-of-school", "userId":
   * "chef.saintevictoire"}, …]}}; the trio is replaced whole (an empty list empties it).
   */
  @PutMapping("/api/networks/{networkId}/zones/{zone}/pilots")
  public Map<String, Object> put(
      @PathVariable String networkId, @PathVariable String zone, @RequestBody JsonNode body) {
    NetworkZone found = access.requireZoneManagedBy(access.caller(), networkId, zone);
    if (body == null || !body.isObject()) {
      throw new InvalidInputException(PILOTS, "envoyez un objet JSON avec la liste « pilots ».");
    }
    JsonNode escalate = body.path(ESCALATE);
    if (!escalate.isMissingNode() && !escalate.isNull() && !escalate.isBoolean()) {
      throw new InvalidInputException(ESCALATE, "true ou false.");
    }
    return json(pilots.replace(found, seats(body.path(PILOTS)), escalate.asBoolean(false)));
  }

  @GetMapping("/api/networks/{networkId}/zones/{zone}/progress")
  public Map<String, Object> progress(
      @PathVariable String networkId,
      @PathVariable String zone,
      @RequestParam(name = YEAR, required = false) String schoolYear) {
    NetworkZone found = access.requireZoneSeenBy(access.caller(), networkId, zone);
    return ZoneViews.json(figures.of(found, year(schoolYear)));
  }

  /** The school year asked for, or today's; 400 naming {@code schoolYear} when malformed. */
  static String year(String schoolYear) {
    if (schoolYear == null || schoolYear.isBlank()) {
      return SchoolYear.containing(EngineClock.today()).toString();
    }
    try {
      return SchoolYear.parse(schoolYear).toString();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(YEAR, SchoolYear.FORMAT_ERROR);
    }
  }

  static List<ZonePilotService.Seat> seats(JsonNode list) {
    if (!list.isArray()) {
      throw new InvalidInputException(
          PILOTS, "liste obligatoire des membres du trio (rôle et identifiant de chacun).");
    }
    if (list.size() > TrioRole.values().length) {
      throw new InvalidInputException(
          PILOTS, "un trio a " + TrioRole.values().length + " membres au plus.");
    }
    List<ZonePilotService.Seat> seats = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode seat = list.get(i);
      String field = PILOTS + "[" + i + "]";
      if (!seat.isObject()) {
        throw new InvalidInputException(field, "un objet avec « role » et « userId ».");
      }
      JsonNode role = seat.path(SEAT_ROLE);
      TrioRole trioRole =
          (role.isTextual() ? TrioRole.ofCode(role.asText()) : java.util.Optional.<TrioRole>empty())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field + "." + SEAT_ROLE, "rôle attendu parmi " + TrioRole.codes() + "."));
      JsonNode user = seat.path(SEAT_USER);
      if (!user.isTextual()
          || user.asText().isBlank()
          || user.asText().length() > ZonePilotService.MAX_USER_ID
          || user.asText().chars().anyMatch(Character::isISOControl)) {
        throw new InvalidInputException(
            field + "." + SEAT_USER,
            "identifiant de la personne obligatoire ("
                + ZonePilotService.MAX_USER_ID
                + " caractères au plus).");
      }
      seats.add(new ZonePilotService.Seat(trioRole, user.asText().strip()));
    }
    return seats;
  }

  static Map<String, Object> json(ZonePilotService.Trio trio) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("network", trio.zone().getNetworkId());
    body.put("zone", trio.zone().getCode());
    body.put("name", trio.zone().getName());
    body.put(ESCALATE, trio.escalateToTrio());
    List<Map<String, String>> seats = new ArrayList<>();
    for (ZonePilotService.Pilot pilot : trio.pilots()) {
      Map<String, String> seat = new LinkedHashMap<>();
      seat.put(SEAT_ROLE, pilot.role().code());
      seat.put("roleLabel", pilot.role().label());
      seat.put(SEAT_USER, pilot.userId());
      seat.put("name", pilot.name());
      seats.add(seat);
    }
    body.put(PILOTS, seats);
    return body;
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
