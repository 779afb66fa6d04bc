package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.review.AnnualReview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators plan the network meeting of a review and invite the network: {@code PUT
 * /api/networks/{networkId}/reviews/{schoolYear}/meeting} with {@code {"date": "2027-06-24",
 * "times": "17:00-19:00", "place": "Collège …"}} (times and place optional). Planned again, it
 * sends an updated invitation.
 */
@RestController
public class MeetingController {

  private final MeetingCalendar meetings;
  private final ApiAccess access;

  public MeetingController(MeetingCalendar meetings, ApiAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  /** Read as Json values, so that a number or a list is refused rather than turned into text. */
  public record MeetingRequest(Object date, Object times, Object place) {}

  @PutMapping("/api/networks/{networkId}/reviews/{schoolYear:\\d{4}-\\d{4}}/meeting")
  public ResponseEntity<Map<String, Object>> plan(
      @PathVariable String networkId,
      @PathVariable String schoolYear,
      @RequestBody(required = false) MeetingRequest request) {
    access.requireCoordinatorOf(networkId);
    try {
      if (request == null || !(request.date() instanceof String dateText)) {
        throw new InvalidInputException(MeetingCalendar.DATE, "date obligatoire (aaaa-mm-jj).");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(MeetingCalendar.DATE, "date de la forme aaaa-mm-jj.");
      }
      String times = text(request.times(), MeetingCalendar.TIMES);
      String place = text(request.place(), MeetingCalendar.PLACE);
      return meetings
          .plan(networkId, schoolYear, date, times, place)
          .map(MeetingController::answer)
          .orElseGet(
              () ->
                  ResponseEntity.status(HttpStatus.NOT_FOUND)
                      .body(
                          Map.of(
                              "message",
                              "Aucun bilan " + schoolYear + " pour le réseau " + networkId + ".")));
    } catch (InvalidInputException e) {
      return ResponseEntity.badRequest()
          .body(Map.of("field", e.getField(), "message", e.getMessage()));
    }
  }

  private static String text(Object value, String field) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidInputException(field, "texte attendu.");
  }

  private static ResponseEntity<Map<String, Object>> answer(AnnualReview review) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("startsAt", review.getMeetingStartsAt().toString());
    body.put("endsAt", review.getMeetingEndsAt().toString());
    body.put("place", review.getMeetingPlace() == null ? "" : review.getMeetingPlace());
    body.put("sequence", review.getMeetingSequence());
    return ResponseEntity.ok(body);
  }
}
