package fr.reseau.ecoles.review;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/networks/{networkId}/indicators?year=2026-2027}: the {@link IndicatorBoard} of
 * the year as JSON, for every member of the network (any role) and administrators (HTTP Basic, like
 * the rest of {@code /api}); 403 for anyone else. Anonymous figures only.
 */
@RestController
public class IndicatorsApiController {

  static final String PATH = "/api/networks/{networkId}/indicators";
  static final String YEAR = "year";

  private final ApiAccess access;
  private final NetworkDirectory directory;
  private final IndicatorBoards boards;

  public IndicatorsApiController(
      ApiAccess access, NetworkDirectory directory, IndicatorBoards boards) {
    this.access = access;
    this.directory = directory;
    this.boards = boards;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public IndicatorBoard indicators(
      @PathVariable String networkId, @RequestParam(name = YEAR, required = false) String year) {
    access.requireRoleIn(networkId, MemberRole.values());
    if (directory.network(networkId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Réseau inconnu : " + networkId);
    }
    return boards.board(networkId, schoolYear(year));
  }

  private static String schoolYear(String year) {
    if (year == null || year.isBlank()) {
      throw new InvalidInputException(YEAR, "indiquez l'année scolaire, par exemple 2026-2027.");
    }
    try {
      return SchoolYear.parse(year.strip()).toString();
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          YEAR, "« " + year + " » n'est pas une année scolaire (format 2026-2027).");
    }
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
