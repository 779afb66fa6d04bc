package fr.reseau.ecoles.operations;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators move running instances to the latest version of a process: {@code POST
 * /api/admin/migrations} with {@code {"processKey": "cdi-visit", "sourceVersion": 1, "tenantId":
 * "ventoux-baronnies", "dryRun": true, "renamedActivities": {"Task_Old": "Task_New"}}} (only {@code
 * processKey} is required; {@code dryRun} is true unless set to false). Steps in
 * docs/operations.md.
 */
@RestController
public class ProcessMigrationController {

  public record MigrationRequest(
      @NotBlank(message = "clé du processus obligatoire, par exemple « cdi-tour ».") @Size(max = 100, message = "100 caractères au plus.") String processKey,
      @Positive(message = "numéro de version positif.") Integer sourceVersion,
      @Size(max = 100, message = "100 caractères au plus.") String tenantId,
      Boolean dryRun,
      @Size(max = 200, message = "200 renommages au plus.") Map<String, String> renamedActivities) {}

  public record MigrationReport(boolean dryRun, List<ProcessMigrationService.Step> steps) {}

  private final ProcessMigrationService migrations;
  private final ApiAccess access;

  public ProcessMigrationController(ProcessMigrationService migrations, ApiAccess access) {
    this.migrations = migrations;
    this.access = access;
  }

  @PostMapping("/api/admin/migrations")
  public MigrationReport migrate(@Valid @RequestBody MigrationRequest request) {
    access.requireAdministrator();
    boolean dryRun = request.dryRun() == null || request.dryRun();
    return new MigrationReport(
        dryRun,
        migrations.migrate(
            new ProcessMigrationService.Request(
                request.processKey().strip(),
                request.sourceVersion(),
                request.tenantId(),
                dryRun,
                request.renamedActivities() == null ? Map.of() : request.renamedActivities())));
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
