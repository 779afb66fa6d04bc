package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a network's members from a CSV file (docs/roster.md), for the network's coordinators
 * and administrators (HTTP Basic, see ApiSecurityConfig). The file is sent as the request body
 * ({@code text/csv}) or as the {@code file} field of a form ({@code multipart/form-data}).
 */
@RestController
public class RosterController {

  public static final String PATH = "/api/networks/{networkId}/roster";

  private final ApiAccess access;
  private final NetworkDirectory directory;
  private final RosterImportService imports;
  private final RosterExport export;
  private final RosterCsvParser parser = new RosterCsvParser();

  public RosterController(
      ApiAccess access,
      NetworkDirectory directory,
      RosterImportService imports,
      RosterExport export) {
    this.access = access;
    this.directory = directory;
    this.imports = imports;
    this.export = export;
  }

  /**
   * The network's roster as the import reads it ({@code GET /api/networks/{networkId}/roster.csv}),
   * for the same people as the import.
   */
  @GetMapping(PATH + ".csv")
  public ResponseEntity<String> exportCsv(@PathVariable String networkId) {
    access.requireCoordinatorOf(networkId);
    if (directory.network(networkId).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("membres-" + networkId + ".csv")
                .build()
                .toString())
        .body(export.csv(networkId));
  }

  /** Every mistake of the file, by line; nothing was imported. */
  public record Rejection(String message, List<RosterError> errors) {}

  @FunctionalInterface
  private interface Content {
    byte[] read() throws IOException;
  }

  @PostMapping(
      path = PATH,
      consumes = {"text/csv", "application/csv", "text/plain", "application/octet-stream"})
  public ResponseEntity<RosterReport> importBody(@PathVariable String networkId, InputStream body)
      throws IOException {
    // Read at most one byte past the limit, and only once the caller is known to be allowed.
    return importRoster(networkId, () -> body.readNBytes(RosterCsvParser.MAX_BYTES + 1));
  }

  @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<RosterReport> importForm(
      @PathVariable String networkId,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    return importRoster(
        networkId,
        () -> {
          if (file == null) {
            throw new RosterRejectedException(
                List.of(
                    RosterError.ofFile(
                        "aucun fichier reçu ; envoyez le fichier CSV dans le champ « file » du formulaire.")));
          }
          if (file.getSize() > RosterCsvParser.MAX_BYTES) {
            throw new RosterRejectedException(List.of(RosterCsvParser.tooLarge()));
          }
          return file.getBytes();
        });
  }

  private ResponseEntity<RosterReport> importRoster(String networkId, Content content)
      throws IOException {
    access.requireCoordinatorOf(networkId);
    if (directory.network(networkId).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    RosterFile file = parser.parse(content.read());
    return ResponseEntity.ok(imports.importRoster(networkId, file));
  }

  @ExceptionHandler(RosterRejectedException.class)
  public ResponseEntity<Rejection> rejected(RosterRejectedException e) {
    int count = e.getErrors().size();
    String message =
        "Aucun membre n'a été importé : "
            + (count == 1 ? "1 erreur à corriger." : count + " erreurs à corriger.");
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Rejection(message, e.getErrors()));
  }
}
