package fr.reseau.ecoles.holidays;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators import the ministry's official school calendar: {@code POST
 * /api/calendar/holidays} with the CSV or iCalendar file as the body or as the {@code file} field
 * of a form, and {@code ?zone=B} for an iCalendar file whose events do not name their zone. All or
 * nothing: a mistake answers 400 naming its line, and nothing is stored.
 */
@RestController
public class HolidayController {

  static final String PATH = "/api/calendar/holidays";

  private final HolidayImportService imports;
  private final ApiAccess access;

  public HolidayController(HolidayImportService imports, ApiAccess access) {
    this.imports = imports;
    this.access = access;
  }

  @PostMapping(
      path = PATH,
      consumes = {
        "text/csv",
        "application/csv",
        "text/calendar",
        "text/plain",
        "application/octet-stream"
      })
  public HolidayImportService.ImportReport importBody(
      InputStream body, @RequestParam(name = "zone", required = false) String zone)
      throws IOException {
    access.requireAdministrator();
    return imports.importFile(
        body.readNBytes(HolidayImportService.MAX_BYTES + 1), "fichier envoyé", zone);
  }

  @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public HolidayImportService.ImportReport importForm(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "zone", required = false) String zone)
      throws IOException {
    access.requireAdministrator();
    if (file == null) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD, "aucun fichier reçu dans le champ « file » du formulaire.");
    }
    if (file.getSize() > HolidayImportService.MAX_BYTES) {
      throw new InvalidInputException(
          OfficialCalendarCsv.FIELD, "fichier trop gros (5 Mo au plus).");
    }
    String name = file.getOriginalFilename();
    return imports.importFile(
        file.getBytes(), name == null || name.isBlank() ? "fichier envoyé" : name, zone);
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
