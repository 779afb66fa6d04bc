package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workshop day started from a published network summary, for the network's project teams and
 * coordinators (HTTP Basic, see ApiSecurityConfig): {@code GET} shows the needs the summary
 * proposes, {@code POST} starts {@code workshop-day} with them, as the caller.
 */
@RestController
public class SummaryWorkshopDayController {

  public static final String PATH = "/api/networks/{networkId}/summaries/{schoolYear}/workshop-day";

  private final ApiAccess access;
  private final SummaryWorkshopDays summaryDays;

  public SummaryWorkshopDayController(ApiAccess access, SummaryWorkshopDays summaryDays) {
    this.access = access;
    this.summaryDays = summaryDays;
  }

  /** The start form's values: {@code title}, {@code establishments}, {@code dayDate}. */
  public record StartRequest(Object title, Object establishments, Object dayDate) {}

  @GetMapping(PATH)
  public ResponseEntity<Map<String, Object>> proposal(
      @PathVariable String networkId, @PathVariable String schoolYear) {
    access.requireRoleIn(networkId, MemberRole.PROJECT_TEAM, MemberRole.COORDINATOR);
    return summaryDays
        .proposal(networkId, schoolYear)
        .map(
            p ->
                ResponseEntity.ok(
                    Map.<String, Object>of(
                        WorkshopDayVariables.SUMMARY_SCHOOL_YEAR,
                        p.schoolYear(),
                        "proposedConcerns",
                        p.concerns())))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping(PATH)
  public ResponseEntity<Map<String, Object>> start(
      @PathVariable String networkId,
      @PathVariable String schoolYear,
      @RequestBody(required = false) StartRequest request) {
    access.requireRoleIn(networkId, MemberRole.PROJECT_TEAM, MemberRole.COORDINATOR);
    if (summaryDays.proposal(networkId, schoolYear).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    StartRequest body = request == null ? new StartRequest(null, null, null) : request;
    SummaryWorkshopDays.Started started =
        summaryDays.start(
            networkId,
            schoolYear,
            text(body.title(), WorkshopDayVariables.TITLE, 200),
            text(body.establishments(), WorkshopDayVariables.ESTABLISHMENTS, 500),
            date(body.dayDate()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(WorkshopDayVariables.WORKSHOP_DAY_ID, started.workshopDayId());
    answer.put("processInstanceId", started.processInstanceId());
    answer.put(WorkshopDayVariables.SUMMARY_SCHOOL_YEAR, started.proposal().schoolYear());
    answer.put("proposedConcerns", started.proposal().concerns());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  private static String text(Object value, String field, int maxLength) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidInputException(field, "ce champ est obligatoire (un texte).");
    }
    if (text.strip().length() > maxLength) {
      throw new InvalidInputException(field, maxLength + " caractères au plus.");
    }
    return text.strip();
  }

  private static LocalDate date(Object value) {
    String field = WorkshopDayVariables.DAY_DATE;
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidInputException(field, "ce champ est obligatoire (une date 2027-03-18).");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "« " + text + " » n'est pas une date (attendu 2027-03-18).");
    }
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
