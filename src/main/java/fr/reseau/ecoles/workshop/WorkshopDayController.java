package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A workshop day's files, for its network's project teams, coordinators and administrators (HTTP
 * Basic, see ApiSecurityConfig): the questionnaire upload (temps 1) and the published outputs.
 */
@RestController
public class WorkshopDayController {

  public static final String QUESTIONNAIRE = "/api/workshop-days/{id}/questionnaire";
  public static final String OUTPUT = "/api/workshop-days/{id}/outputs/{kind}.csv";

  private final ApiAccess access;
  private final WorkshopDayRepository days;
  private final QuestionnaireService questionnaire;
  private final WorkshopOutputs outputs;

  public WorkshopDayController(
      ApiAccess access,
      WorkshopDayRepository days,
      QuestionnaireService questionnaire,
      WorkshopOutputs outputs) {
    this.access = access;
    this.days = days;
    this.questionnaire = questionnaire;
    this.outputs = outputs;
  }

  /**
   * What was imported: the number of answers, the accounts created, the concerns and their share,
   * and how the file was read ({@code UTF-8} or {@code Windows-1252}, with a French note when not
   * UTF-8).
   */
  public record ImportAnswer(
      int answers,
      List<String> createdAccounts,
      List<ConcernConsolidation.ConcernShare> concerns,
      String encoding,
      String encodingNote) {}

  @PostMapping(
      path = QUESTIONNAIRE,
      consumes = {"text/csv", "application/csv", "text/plain", "application/octet-stream"})
  public ResponseEntity<ImportAnswer> importBody(@PathVariable Long id, InputStream body)
      throws IOException {
    return importQuestionnaire(id, () -> body.readNBytes(QuestionnaireCsv.MAX_CHARS * 4 + 1));
  }

  @PostMapping(path = QUESTIONNAIRE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportAnswer> importForm(
      @PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    return importQuestionnaire(
        id,
        () -> {
          if (file == null) {
            throw new InvalidInputException(
                "file",
                "aucun fichier reçu ; envoyez le fichier CSV dans le champ « file » du formulaire.");
          }
          return file.getBytes();
        });
  }

  @FunctionalInterface
  private interface Content {
    byte[] read() throws IOException;
  }

  private ResponseEntity<ImportAnswer> importQuestionnaire(Long id, Content content)
      throws IOException {
    Optional<WorkshopDay> day = allowed(id);
    if (day.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    UploadedText.Decoded file = UploadedText.decode(content.read());
    QuestionnaireService.ImportReport report = questionnaire.importQuestionnaire(id, file.text());
    return ResponseEntity.ok(
        new ImportAnswer(
            report.answers(),
            report.createdAccounts(),
            report.concerns(),
            file.encoding(),
            file.note()));
  }

  @GetMapping(OUTPUT)
  public ResponseEntity<String> output(@PathVariable Long id, @PathVariable String kind) {
    if (!WorkshopOutputs.KINDS.contains(kind)) {
      return ResponseEntity.notFound().build();
    }
    if (allowed(id).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return outputs
        .output(id, kind)
        .map(
            o ->
                ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename(o.getFileName())
                            .build()
                            .toString())
                    .body(o.getContent()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** Empty when the day does not exist; 401/403 unless the caller may see that network's days. */
  private Optional<WorkshopDay> allowed(Long id) {
    Optional<WorkshopDay> day = days.findById(id);
    // Checked before telling whether the day exists: another network's ids are not revealed to a
    // stranger.
    access.requireRoleIn(
        day.map(WorkshopDay::getNetworkId).orElse("?"),
        MemberRole.PROJECT_TEAM,
        MemberRole.COORDINATOR);
    return day;
  }

  /** A user's mistake in the file: 400 with the French message naming the line and the column. */
  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
